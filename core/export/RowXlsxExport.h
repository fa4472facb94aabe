// SPDX-License-Identifier: MIT
#pragma once

#include "export/RowExport.h"

#include <cstddef>

namespace streamlens::rowexport {

// Data rows one Excel worksheet holds: 1,048,576 rows minus the header row. Longer exports
// continue on further sheets ("sessions", "sessions (2)", ...), each with the header, rather
// than being refused: the rows are all there and in order.
inline constexpr size_t kRowsPerSheet = 1'048'575;

// Rows as an .xlsx workbook (libxlsxwriter, constant-memory mode: rows stream to disk). Cells
// are typed: numbers as numbers (decimals exact to the thousandth), true/false as booleans,
// dates and timestamps as Excel date-times (UTC, the contract's time) with an ISO-like
// display format, identifiers and categories as text, nulls as empty cells. Only the contract
// columns are written. Writes straight to path; RowExport handles the temporary name.
ExportResult writeRowsXlsx(const Dataset& data, table::TableKind table,
                           const std::vector<uint32_t>& rows, const std::string& path,
                           const ProgressCallback& progress, size_t rowsPerSheet = kRowsPerSheet);

} // namespace streamlens::rowexport
