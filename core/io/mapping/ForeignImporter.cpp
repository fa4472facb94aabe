// SPDX-License-Identifier: MIT
#include "io/mapping/ForeignImporter.h"

#include "io/ContractImporter.h"
#include "io/RowErrors.h"
#include "io/mapping/ForeignReader.h"
#include "io/mapping/LineMap.h"
#include "io/mapping/RowMapper.h"
#include "io/mapping/TextDecoding.h"

#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sys/resource.h>

namespace streamlens::io::mapping {

namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of the whole process (all threads), user plus system.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void appendCsvField(std::string& out, std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(text);
        return;
    }
    out.push_back('"');
    for (char c : text) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    if (from.empty())
        return;
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// What the mapping pass learnt about one file.
struct Normalised {
    std::string path;     // the user's file
    std::string name;     // its file name, as rejects show it
    std::string copyPath; // the contract-layout copy
    std::string copyName;
    std::string encoding;
    std::string table;
    int64_t rowsIn = 0;
    int64_t bytes = 0;
    double seconds = 0;
    RowErrors rejects;
    LineMap lines;
    RowMapper mapper;
};

class ForeignRun {
public:
    ForeignRun(Dataset& target, const ImportOptions& options)
        : m_target(target)
        , m_options(options)
    {
    }

    ImportReport run(const std::vector<ForeignFile>& files);

private:
    bool normalise(const ForeignFile& file, Normalised& n, std::string& error);
    bool progress(double fraction) const
    {
        return !m_options.progress || m_options.progress(std::clamp(fraction, 0.0, 1.0));
    }
    ImportReport merge(ImportReport imported, int64_t allowed, bool importerRan) const;

    Dataset& m_target;
    const ImportOptions& m_options;
    QTemporaryDir m_scratch{QDir::tempPath() + "/streamlens-import-XXXXXX"};
    std::vector<std::unique_ptr<Normalised>> m_files;
    uint64_t m_totalBytes = 0;
    uint64_t m_bytesBefore = 0;
    Clock::time_point m_start = Clock::now();
    double m_cpuStart = processCpuSeconds();
};

bool ForeignRun::normalise(const ForeignFile& file, Normalised& n, std::string& error)
{
    const auto start = Clock::now();
    n.path = file.path;
    n.name = fs::path(file.path).filename().string();
    n.table = std::string(tableName(file.mapping.table));
    ForeignReader reader;
    const std::string scratch = m_scratch.path().toStdString();
    ForeignReader::Options readerOptions;
    const uint64_t before = m_bytesBefore;
    // Decoding another encoding is a first pass over the file: a quarter of this file's share.
    readerOptions.decodeProgress = [&](uint64_t done) {
        return progress(0.5 * (double(before) + 0.25 * double(done)) / double(m_totalBytes));
    };
    if (!reader.open(file.path, file.mapping.format, scratch, error, readerOptions))
        return false;
    n.encoding = reader.encoding();
    std::string mapError;
    if (!RowMapper::create(file.mapping, reader.columnNames(), reader.hasHeader(), n.mapper,
                           mapError)) {
        error = file.path + " (" + std::string(tableName(file.mapping.table)) + "): " + mapError;
        return false;
    }
    n.copyName = "foreign-" + std::to_string(m_files.size()) + ".csv";
    n.copyPath = (fs::path(scratch) / n.copyName).string();
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> out(std::fopen(n.copyPath.c_str(), "wb"),
                                                        &std::fclose);
    if (!out) {
        error = "cannot write the normalised copy of " + file.path + " in " + scratch;
        return false;
    }
    n.rejects.limit = m_options.maxListedRejects;
    std::string buffer;
    for (size_t i = 0; i < n.mapper.outputHeader().size(); ++i) {
        if (i)
            buffer.push_back(',');
        appendCsvField(buffer, n.mapper.outputHeader()[i]);
    }
    buffer.push_back('\n');
    int64_t copyLine = 2;
    CsvRecord record;
    std::vector<std::string> fields;
    RowMapper::Failure failure;
    const double share = isUtf8Name(n.encoding) ? 1.0 : 0.75;
    const double base = isUtf8Name(n.encoding) ? 0.0 : 0.25;
    while (reader.next(record)) {
        ++n.rowsIn;
        if ((n.rowsIn & 4095) == 0) {
            const double done = reader.fileSize()
                                    ? double(reader.bytesConsumed()) / double(reader.fileSize())
                                    : 0.0;
            if (!progress(0.5 * (double(before) + double(n.bytes) * (base + share * done)) /
                          double(m_totalBytes))) {
                error = "cancelled while reading " + file.path;
                return false;
            }
        }
        if (!n.mapper.map(record, fields, failure)) {
            n.rejects.add(n.name, record.line, std::move(failure.column), std::move(failure.reason),
                          failure.value);
            continue;
        }
        n.lines.add(copyLine, record.line);
        for (size_t i = 0; i < fields.size(); ++i) {
            if (i)
                buffer.push_back(',');
            appendCsvField(buffer, fields[i]);
            copyLine += std::count(fields[i].begin(), fields[i].end(), '\n');
        }
        if (fields.size() == 1 && fields[0].empty())
            buffer += "\"\""; // an empty line would be skipped, not read as a row
        buffer.push_back('\n');
        ++copyLine;
        if (buffer.size() > (size_t(1) << 20)) {
            if (std::fwrite(buffer.data(), 1, buffer.size(), out.get()) != buffer.size()) {
                error = "cannot write the normalised copy of " + file.path + " (disk full?)";
                return false;
            }
            buffer.clear();
        }
    }
    if (reader.failed()) {
        error = reader.error();
        return false;
    }
    if (std::fwrite(buffer.data(), 1, buffer.size(), out.get()) != buffer.size() ||
        std::fflush(out.get()) != 0) {
        error = "cannot write the normalised copy of " + file.path + " (disk full?)";
        return false;
    }
    n.seconds = secondsSince(start);
    return true;
}

ImportReport ForeignRun::merge(ImportReport imported, int64_t allowed, bool importerRan) const
{
    ImportReport report = std::move(imported);
    // Files in the user's order, whatever the importer got to.
    std::vector<FileImportStats> files;
    std::vector<RejectedRow> rejects;
    int64_t normalisedRejects = 0, rowsIn = 0;
    for (const auto& n : m_files) {
        FileImportStats stats;
        auto it = std::find_if(report.files.begin(), report.files.end(),
                               [&](const FileImportStats& f) { return f.path == n->copyPath; });
        if (it != report.files.end())
            stats = *it;
        stats.table = n->table;
        stats.path = n->path;
        stats.bytes = n->bytes;
        stats.rowsIn = n->rowsIn;
        stats.rowsRejected += n->rejects.count;
        stats.seconds += n->seconds;
        for (auto& c : stats.unknownColumns)
            c = n->mapper.sourceOf(c);
        files.push_back(std::move(stats));
        normalisedRejects += n->rejects.count;
        rowsIn += n->rowsIn;
        for (const auto& r : n->rejects.listed)
            rejects.push_back(r);
    }
    for (RejectedRow r : report.rejects) {
        auto it = std::find_if(m_files.begin(), m_files.end(),
                               [&](const auto& n) { return n->copyName == r.file; });
        if (it != m_files.end()) {
            const Normalised& n = **it;
            r.file = n.name;
            r.line = n.lines.original(r.line);
            if (!r.column.empty()) {
                const std::string source = n.mapper.sourceOf(r.column);
                if (source != r.column)
                    r.reason += " (as " + r.column + ")";
                r.column = source;
            }
        }
        rejects.push_back(std::move(r));
    }
    auto fileIndex = [&](const std::string& name) {
        for (size_t i = 0; i < m_files.size(); ++i)
            if (m_files[i]->name == name)
                return i;
        return m_files.size();
    };
    std::stable_sort(rejects.begin(), rejects.end(),
                     [&](const RejectedRow& a, const RejectedRow& b) {
                         const size_t fa = fileIndex(a.file), fb = fileIndex(b.file);
                         return fa != fb ? fa < fb : a.line < b.line;
                     });
    if (rejects.size() > m_options.maxListedRejects)
        rejects.resize(m_options.maxListedRejects);
    report.files = std::move(files);
    report.rejects = std::move(rejects);
    report.rowsIn = rowsIn;
    report.rowsRejected += normalisedRejects;
    for (const auto& n : m_files) {
        replaceAll(report.error, n->copyPath, n->path);
        replaceAll(report.error, n->copyName, n->name);
        for (auto& note : report.notes)
            replaceAll(note, n->copyPath, n->path);
        if (!isUtf8Name(n->encoding))
            report.notes.push_back(n->name + " was read as " + n->encoding + " text");
    }
    const bool tooMany = report.rowsRejected > allowed;
    if (tooMany &&
        (report.loaded() || !importerRan || report.status == ImportStatus::TooManyRejects)) {
        char rate[64];
        std::snprintf(rate, sizeof rate, "%.2f %% > %.2f %%",
                      rowsIn ? 100.0 * double(report.rowsRejected) / double(rowsIn) : 0.0,
                      100.0 * m_options.maxRejectRate);
        report.status = ImportStatus::TooManyRejects;
        report.error = std::to_string(report.rowsRejected) + " of " + std::to_string(rowsIn) +
                       " rows rejected (" + rate + " allowed); nothing was loaded";
    } else if (report.status == ImportStatus::Ok && normalisedRejects > 0) {
        report.status = ImportStatus::OkWithRejects;
    }
    report.seconds = secondsSince(m_start);
    report.cpuSeconds = processCpuSeconds() - m_cpuStart; // mapping pass included
    return report;
}

ImportReport ForeignRun::run(const std::vector<ForeignFile>& files)
{
    ImportReport failed;
    failed.status = ImportStatus::FileError;
    if (files.empty()) {
        failed.error = "no files to import";
        return failed;
    }
    if (!m_scratch.isValid()) {
        failed.error = "cannot create a temporary folder for the normalised copies: " +
                       m_scratch.errorString().toStdString();
        return failed;
    }
    for (const auto& f : files) {
        std::error_code ec;
        const auto size = fs::file_size(f.path, ec);
        m_totalBytes += ec ? 0 : size;
    }
    m_totalBytes = std::max<uint64_t>(m_totalBytes, 1);
    for (const auto& f : files) {
        auto n = std::make_unique<Normalised>();
        std::error_code ec;
        const auto size = fs::file_size(f.path, ec);
        n->bytes = ec ? 0 : int64_t(size);
        std::string error;
        const bool ok = normalise(f, *n, error);
        m_bytesBefore += uint64_t(n->bytes);
        if (!ok) {
            failed.status =
                error.starts_with("cancelled") ? ImportStatus::Cancelled : ImportStatus::FileError;
            failed.error = error;
            failed.seconds = secondsSince(m_start);
            return failed;
        }
        m_files.push_back(std::move(n));
    }

    // The importer sees only the rows the mapping let through; the reject threshold is over
    // all rows, so its share is what the mapping's rejects left of the allowance.
    int64_t rowsIn = 0, normalisedRejects = 0;
    for (const auto& n : m_files) {
        rowsIn += n->rowsIn;
        normalisedRejects += n->rejects.count;
    }
    const int64_t allowed = int64_t(std::floor(m_options.maxRejectRate * double(rowsIn) + 1e-9));
    const int64_t copied = rowsIn - normalisedRejects;
    const int64_t left = allowed - normalisedRejects;
    if (left < 0 && copied == 0) {
        ImportReport none;
        none.status = ImportStatus::TooManyRejects;
        return merge(std::move(none), allowed, false);
    }
    ImportOptions options = m_options;
    options.delimiter = ',';
    options.quote = '"';
    options.maxRejectRate = copied > 0 ? (double(left) + 0.5) / double(copied) : 1.0;
    options.progress = [this](double f) { return progress(0.5 + 0.5 * f); };
    std::vector<std::string> copies;
    for (const auto& n : m_files)
        copies.push_back(n->copyPath);
    const std::string sourceBefore = m_target.source;
    ImportReport imported = importInto(m_target, copies, options);
    if (imported.loaded() && sourceBefore.empty()) {
        std::string source;
        for (const auto& n : m_files)
            source += (source.empty() ? "" : ", ") + n->path;
        m_target.source = source;
    } else {
        m_target.source = sourceBefore;
    }
    return merge(std::move(imported), allowed, true);
}

} // namespace

ImportReport importForeign(Dataset& target, const std::vector<ForeignFile>& files,
                           const ImportOptions& options)
{
    ForeignRun run(target, options);
    return run.run(files);
}

} // namespace streamlens::io::mapping
