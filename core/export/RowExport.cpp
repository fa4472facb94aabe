// SPDX-License-Identifier: MIT
#include "export/RowExport.h"

#include "export/RowCsvExport.h"
#include "export/RowXlsxExport.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace streamlens::rowexport {

namespace {

bool endsWithNoCase(std::string_view text, std::string_view suffix)
{
    if (text.size() < suffix.size())
        return false;
    return std::equal(suffix.begin(), suffix.end(), text.end() - suffix.size(),
                      [](char a, char b) { return std::tolower(a) == std::tolower(b); });
}

} // namespace

std::optional<ExportFormat> formatForPath(std::string_view path)
{
    if (endsWithNoCase(path, ".csv"))
        return ExportFormat::Csv;
    if (endsWithNoCase(path, ".xlsx"))
        return ExportFormat::Xlsx;
    return std::nullopt;
}

ExportResult exportRows(const Dataset& data, table::TableKind table,
                        const std::vector<uint32_t>& rows, const std::string& path,
                        ExportFormat format, const ProgressCallback& progress,
                        const ExportOptions& options)
{
    namespace fs = std::filesystem;
    const std::string part = path + ".part";
    ExportResult result =
        format == ExportFormat::Csv
            ? writeRowsCsv(data, table, rows, part, progress)
            : writeRowsXlsx(data, table, rows, part, progress, options.rowsPerSheet);
    std::error_code ec;
    if (!result.ok) {
        fs::remove(part, ec);
        if (!result.cancelled && result.error.empty())
            result.error = "cannot write " + path;
        return result;
    }
    fs::rename(part, path, ec);
    if (ec) {
        fs::remove(part, ec);
        result.ok = false;
        result.error = "cannot write " + path + ": " + ec.message();
    }
    return result;
}

} // namespace streamlens::rowexport
