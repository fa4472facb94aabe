// SPDX-License-Identifier: MIT
#include "export/RowCsvExport.h"

#include "generator/ContractRowFormatter.h"
#include "generator/OrderedChunkWriter.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace streamlens::rowexport {

ExportResult writeRowsCsv(const Dataset& data, table::TableKind table,
                          const std::vector<uint32_t>& rows, const std::string& path,
                          const ProgressCallback& progress)
{
    ExportResult result;
    const generator::ContractRowFormatter formatter(data, table::contractTable(table), true);
    for (uint32_t r : rows)
        if (r >= formatter.rows()) {
            result.error = "row " + std::to_string(r) + " is not in the table";
            return result;
        }
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file) {
        result.error = "cannot write " + path + ": " + std::strerror(errno);
        return result;
    }
    std::setvbuf(file, nullptr, _IONBF, 0); // chunks are megabytes
    const std::string header = formatter.header();
    int64_t bytes = 0;
    std::string error;
    if (std::fwrite(header.data(), 1, header.size(), file) != header.size())
        error = std::strerror(errno ? errno : EIO);
    if (error.empty()) {
        try {
            const generator::OrderedChunkWriter writer(0, 32768);
            error = writer.write(
                file, rows.size(),
                [&](size_t b, size_t e, generator::csv::CharBuffer& out) {
                    formatter.formatRows(rows.data(), b, e, out);
                },
                [&](size_t done) {
                    return !progress || progress(rows.empty() ? 1.0 : double(done) / rows.size());
                },
                bytes);
        } catch (const std::exception& ex) {
            error = ex.what();
        }
    }
    const int closed = std::fclose(file);
    if (error.empty() && closed != 0)
        error = std::strerror(errno ? errno : EIO);
    if (error == "cancelled") {
        result.cancelled = true;
        result.error = error;
        return result;
    }
    if (!error.empty()) {
        result.error = "cannot write " + path + ": " + error;
        return result;
    }
    result.ok = true;
    result.rows = rows.size();
    return result;
}

} // namespace streamlens::rowexport
