// SPDX-License-Identifier: MIT
#include "generator/ContractCsvWriter.h"

#include "generator/ContractRowFormatter.h"
#include "generator/OrderedChunkWriter.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>

namespace streamlens::generator {

namespace fs = std::filesystem;

ContractCsvWriter::ContractCsvWriter(const Dataset& dataset, CsvWriteOptions options)
    : m_data(dataset)
    , m_options(options)
{
}

namespace {

// Closes the file and removes the temporary on every early return.
struct TempFile {
    std::FILE* file = nullptr;
    fs::path path;
    ~TempFile()
    {
        if (file)
            std::fclose(file);
        if (!path.empty()) {
            std::error_code ec;
            fs::remove(path, ec);
        }
    }
};

} // namespace

WriteResult ContractCsvWriter::write(const std::string& dir,
                                     const std::function<bool(double)>& progress) const
{
    WriteResult result;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir, ec)) {
        result.error = "cannot create directory " + dir + ": " +
                       (ec ? ec.message() : std::string("not a directory"));
        return result;
    }

    std::vector<ContractTable> tables = {ContractTable::Users, ContractTable::Content,
                                         ContractTable::Sessions};
    if (m_data.events.size() > 0) {
        tables.push_back(ContractTable::Events);
    } else {
        // A stale event file from an earlier export would not match these sessions.
        fs::remove(fs::path(dir) / ContractRowFormatter::fileName(ContractTable::Events), ec);
    }
    std::vector<ContractRowFormatter> formatters;
    size_t totalRows = 0;
    for (auto t : tables) {
        formatters.emplace_back(m_data, t, m_options.includeExtraColumns);
        totalRows += formatters.back().rows();
    }

    const OrderedChunkWriter writer(m_options.threads, m_options.chunkRows);
    size_t rowsBefore = 0;
    for (const auto& formatter : formatters) {
        const fs::path final =
            fs::path(dir) / ContractRowFormatter::fileName(tables[&formatter - formatters.data()]);
        TempFile tmp;
        tmp.path = final;
        tmp.path += ".tmp";
        tmp.file = std::fopen(tmp.path.c_str(), "wb");
        if (!tmp.file) {
            result.error = "cannot write " + tmp.path.string() + ": " + std::strerror(errno);
            tmp.path.clear();
            return result;
        }
        // Chunks are megabytes: stdio buffering would only add a copy.
        std::setvbuf(tmp.file, nullptr, _IONBF, 0);
        const std::string header = formatter.header();
        std::string error;
        if (std::fwrite(header.data(), 1, header.size(), tmp.file) != header.size())
            error = std::strerror(errno ? errno : EIO);
        result.bytes += static_cast<int64_t>(header.size());
        if (error.empty()) {
            try {
                error = writer.write(
                    tmp.file, formatter.rows(),
                    [&](size_t b, size_t e, csv::CharBuffer& out) { formatter.format(b, e, out); },
                    [&](size_t done) {
                        return !progress ||
                               progress(totalRows ? double(rowsBefore + done) / totalRows : 1.0);
                    },
                    result.bytes);
            } catch (const std::exception& ex) {
                error = ex.what();
            }
        }
        const int closed = std::fclose(tmp.file);
        tmp.file = nullptr;
        if (error.empty() && closed != 0)
            error = std::strerror(errno ? errno : EIO);
        if (!error.empty()) {
            result.error =
                error == "cancelled" ? error : "cannot write " + final.string() + ": " + error;
            return result;
        }
        fs::rename(tmp.path, final, ec);
        if (ec) {
            result.error = "cannot rename " + tmp.path.string() + ": " + ec.message();
            return result;
        }
        tmp.path.clear();
        result.files.push_back(final.string());
        rowsBefore += formatter.rows();
    }
    if (progress)
        progress(1.0);
    result.ok = true;
    return result;
}

WriteResult writeContractCsv(const Dataset& dataset, const std::string& dir,
                             std::function<bool(double)> progress)
{
    return ContractCsvWriter(dataset).write(dir, progress);
}

} // namespace streamlens::generator
