// SPDX-License-Identifier: MIT
#pragma once

#include "table/CellValue.h"
#include "table/TableKind.h"

#include <cstdint>
#include <span>

namespace streamlens {
struct Dataset;
class Dictionary;
class IdColumn;
class StringColumn;
} // namespace streamlens

namespace streamlens::table {

// What a column holds, for alignment in the view and typed cells in Excel.
enum class ColumnType : uint8_t {
    Id,        // the row's own identifier
    Reference, // the identifier of a row in another table (session → user ...)
    Text,      // free text (titles)
    Category,  // a dictionary value
    Integer,
    Decimal, // exact thousandths
    Boolean,
    Date,
    Timestamp,
};

// Buffer for id text that read() may point a CellValue into (IdColumn keeps numbers, not text).
struct IdBuffer {
    char chars[64];
};

// One displayed column of a contract table: its contract name, its type, how to read a cell,
// and how to order rows by it without comparing text row by row (see RowSorter).
struct ColumnSpec {
    const char* name;
    ColumnType type;
    CellValue (*read)(const Dataset& data, size_t row, IdBuffer& buffer);

    // Id and Reference: the identifier column and the row of it that a table row shows
    // (-1 for a dangling reference).
    const IdColumn& (*ids)(const Dataset& data) = nullptr;
    int64_t (*idRow)(const Dataset& data, size_t row) = nullptr;
    // Category: the dictionary and a row's code (UINT32_MAX for null).
    const Dictionary& (*dictionary)(const Dataset& data) = nullptr;
    uint32_t (*code)(const Dataset& data, size_t row) = nullptr;
    // Text: the text column, indexed by the row itself.
    const StringColumn& (*strings)(const Dataset& data) = nullptr;

    bool isNumeric() const { return type == ColumnType::Integer || type == ColumnType::Decimal; }
};

// The contract columns of a table, in contract order (the CSV header's order). Columns an
// import kept aside are not shown; the CSV export still writes them.
std::span<const ColumnSpec> columnsOf(TableKind table);
// Index of a column by contract name, or -1.
int columnIndex(TableKind table, std::string_view name);
// Rows of the whole table in data.
size_t tableRows(const Dataset& data, TableKind table);

} // namespace streamlens::table
