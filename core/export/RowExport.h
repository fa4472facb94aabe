// SPDX-License-Identifier: MIT
#pragma once

#include "table/TableKind.h"
#include "util/ProgressCallback.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens {
struct Dataset;
}

// Writing chosen rows of one table to a file: the Data page's "Export…" and
// `streamlens export-rows`.
namespace streamlens::rowexport {

enum class ExportFormat { Csv, Xlsx };

// By the file name's extension (.csv, .xlsx, any case); nullopt for anything else.
std::optional<ExportFormat> formatForPath(std::string_view path);

struct ExportOptions {
    // Data rows per Excel worksheet; see RowXlsxExport.h. Smaller only for tests.
    size_t rowsPerSheet = 1'048'575;
};

struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    std::string error; // what failed, with the path
    size_t rows = 0;   // data rows written
    int sheets = 0;    // Excel worksheets (0 for CSV)
};

// Writes rows (row indices of table, in the order given) to path. The file is written as
// "<path>.part" and renamed when complete, so a failure or a cancel never leaves half a file
// under the real name (nor replaces an existing one). progress gets the fraction of rows
// written and may return false to cancel.
ExportResult exportRows(const Dataset& data, table::TableKind table,
                        const std::vector<uint32_t>& rows, const std::string& path,
                        ExportFormat format, const ProgressCallback& progress = {},
                        const ExportOptions& options = {});

} // namespace streamlens::rowexport
