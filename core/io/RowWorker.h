// SPDX-License-Identifier: MIT
#pragma once

#include "io/ColumnOps.h"
#include "io/CsvRecord.h"
#include "io/FastInterner.h"
#include "io/RowErrors.h"
#include "io/StagedRows.h"

#include <array>
#include <cstdint>
#include <tuple>

namespace streamlens::io {

// What one import thread owns while it parses its share of a block: the rows it accepted
// (categorical codes from its own interners), its rejects and its record buffer. The
// interners live as long as the file, so a value keeps its code across blocks.
template <class Table, size_t InternerCount> struct RowWorker {
    StagedRows<Table> rows;
    std::array<FastInterner, InternerCount> interners;
    RowErrors errors;
    std::array<CsvRecord, 8> lookahead; // records tokenized, not yet validated
    int64_t rowsIn = 0;
    bool checkUtf8 = false;

    void clearRows()
    {
        forEachColumn(rows.table, ColumnOps::ClearRows{});
        rows.lines.clear();
        for (auto& e : rows.extras)
            e.clear();
        errors.clear();
        rowsIn = 0;
    }

    // Copies the interners' new values into the columns' dictionaries, so the thread's rows
    // are a self-contained table (codes == dictionary codes) that can be appended anywhere.
    template <class Members> void syncDictionaries(const Members& members)
    {
        size_t k = 0;
        std::apply([&](auto... member) { ((sync(rows.table.*member, interners[k]), ++k), ...); },
                   members);
    }

private:
    template <class Column> static void sync(Column& column, const FastInterner& interner)
    {
        for (auto code = static_cast<uint32_t>(column.dictionary.size()); code < interner.size();
             ++code)
            column.dictionary.intern(interner.value(code));
    }
};

} // namespace streamlens::io
