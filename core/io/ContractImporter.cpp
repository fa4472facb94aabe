// SPDX-License-Identifier: MIT
#include "io/ContractImporter.h"

#include "io/ContentRowParser.h"
#include "io/CrossFileRules.h"
#include "io/EventRowParser.h"
#include "io/FileScanner.h"
#include "io/ImportStaging.h"
#include "io/InputFiles.h"
#include "io/SessionRowParser.h"
#include "io/StagedKeys.h"
#include "io/StagingCommit.h"
#include "io/UserRowParser.h"
#include "util/ParallelFor.h"

#include <chrono>
#include <memory>
#include <optional>
#include <sys/resource.h>

namespace streamlens::io {

namespace {

using Clock = std::chrono::steady_clock;

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

// One import run: the inputs, the staging and the report being built.
class ImportRun {
public:
    ImportRun(Dataset& target, const ImportOptions& options)
        : m_target(target)
        , m_options(options)
        , m_threads(resolveThreads(options.threads))
    {
    }

    ImportReport run(const std::vector<std::string>& paths);

private:
    // Parses every file of one table; false when the import must stop (report is set).
    template <class Parser, class MakeParser>
    bool scanTable(TableKind kind, StagedTable<typename Parser::Table>& staged,
                   MakeParser makeParser);
    bool progress(double fraction) const
    {
        return !m_options.progress || m_options.progress(std::min(1.0, fraction));
    }
    void fail(ImportStatus status, std::string error)
    {
        m_report.status = status;
        m_report.error = std::move(error);
    }
    const KeyIndex* targetLookup(std::optional<KeyIndex>& slot, const IdColumn& keys)
    {
        if (keys.size() == 0)
            return nullptr;
        if (!slot)
            slot.emplace(keys);
        return &*slot;
    }

    Dataset& m_target;
    const ImportOptions& m_options;
    const int m_threads;
    ImportReport m_report;
    std::vector<InputFile> m_files;
    std::vector<std::string> m_fileNames;
    ImportStaging m_staging;
    RejectLog m_log;
    int64_t m_totalBytes = 0;
    int64_t m_bytesBefore = 0; // of files already scanned
    std::optional<KeyIndex> m_targetUsers, m_targetContent, m_targetSessions, m_targetEvents;
};

template <class Parser, class MakeParser>
bool ImportRun::scanTable(TableKind kind, StagedTable<typename Parser::Table>& staged,
                          MakeParser makeParser)
{
    for (size_t f = 0; f < m_files.size(); ++f) {
        InputFile& file = m_files[f];
        if (file.table != kind)
            continue;
        const auto start = Clock::now();
        const double cpuStart = processCpuSeconds();
        const Parser parser = makeParser(file);
        ScanSettings settings;
        settings.threads = m_threads;
        settings.parallelMinBytes = m_options.parallelMinBytes;
        settings.listLimit = m_options.maxListedRejects;
        const int64_t before = m_bytesBefore;
        settings.progress = [&](uint64_t done) {
            // Parsing is most of the work; the last 5 % are left for checks and commit.
            return m_totalBytes == 0 ||
                   progress(0.95 * double(before + int64_t(done)) / double(m_totalBytes));
        };
        FileScanner<Parser> scanner(parser, *file.reader, settings);
        std::vector<RejectedRow> rejects;
        const ScanResult r = scanner.scan(staged, int(f), rejects);
        FileImportStats& stats = m_report.files[f];
        stats.seconds = secondsSince(start);
        stats.cpuSeconds = processCpuSeconds() - cpuStart;
        stats.readSeconds = r.readSeconds;
        stats.parseSeconds = r.parseSeconds;
        stats.mergeSeconds = r.mergeSeconds;
        stats.rowsIn = r.rowsIn;
        if (r.status == ScanResult::Error) {
            fail(ImportStatus::FileError, r.error);
            return false;
        }
        if (r.status == ScanResult::Cancelled) {
            fail(ImportStatus::Cancelled, "cancelled while reading " + file.path);
            return false;
        }
        m_log.perFile[f] += r.rejected - int64_t(rejects.size());
        for (auto& row : rejects)
            m_log.add(int(f), std::move(row));
        m_bytesBefore += file.bytes;
        file.reader.reset(); // frees its buffer
    }
    return true;
}

ImportReport ImportRun::run(const std::vector<std::string>& paths)
{
    const auto start = Clock::now();
    const double cpuStart = processCpuSeconds();
    const char d = m_options.delimiter, q = m_options.quote;
    if (d == q || d == '\n' || d == '\r' || q == '\n' || q == '\r') {
        fail(ImportStatus::FileError, "invalid CSV dialect: the delimiter and the quote must "
                                      "differ and not be line ends");
        m_report.seconds = secondsSince(start);
        return std::move(m_report);
    }
    CsvReader::Options readerOptions;
    readerOptions.dialect = {m_options.delimiter, m_options.quote};
    readerOptions.blockSize = m_options.blockSize;
    readerOptions.checkNulBytes = false; // FileScanner looks for NUL bytes on its threads
    std::string error;
    const bool opened = openInputs(paths, readerOptions, m_files, error);
    for (const auto& file : m_files) {
        FileImportStats stats;
        stats.path = file.path;
        stats.table = tableName(file.table);
        stats.bytes = file.bytes;
        for (int index : file.mapping.unknownIndexes)
            stats.unknownColumns.push_back(file.mapping.columnName(size_t(index)));
        m_report.files.push_back(std::move(stats));
        m_fileNames.push_back(file.name);
        m_totalBytes += file.bytes;
    }
    m_log.perFile.assign(m_files.size(), 0);
    m_log.limit = m_options.maxListedRejects;
    auto finish = [&]() -> ImportReport {
        m_report.rowsIn = 0;
        m_report.rowsRejected = 0;
        for (size_t f = 0; f < m_report.files.size(); ++f) {
            m_report.files[f].rowsRejected = m_log.perFile[f];
            m_report.rowsIn += m_report.files[f].rowsIn;
            m_report.rowsRejected += m_log.perFile[f];
        }
        m_report.rejects = m_log.sorted();
        m_report.seconds = secondsSince(start);
        m_report.cpuSeconds = processCpuSeconds() - cpuStart;
        return std::move(m_report);
    };
    if (!opened) {
        fail(ImportStatus::FileError, error);
        return finish();
    }
    bool has[4] = {false, false, false, false};
    for (const auto& file : m_files)
        has[int(file.table)] = true;

    auto& st = m_staging;
    const KeyIndex* targetUsers =
        has[0] || has[2] ? targetLookup(m_targetUsers, m_target.users.userId) : nullptr;
    const KeyIndex* targetContent =
        has[1] || has[2] ? targetLookup(m_targetContent, m_target.content.contentId) : nullptr;

    // Users and content, then sessions (which refer to both), then events.
    if (!scanTable<UserRowParser>(TableKind::Users, st.users, [&](const InputFile& f) {
            return UserRowParser(f.mapping, f.name);
        }))
        return finish();
    rejectDuplicateKeys(st.users, st.users.rows.table.userId, "user_id", m_fileNames, m_log);
    if (!scanTable<ContentRowParser>(TableKind::Content, st.content, [&](const InputFile& f) {
            return ContentRowParser(f.mapping, f.name);
        }))
        return finish();
    rejectDuplicateKeys(st.content, st.content.rows.table.contentId, "content_id", m_fileNames,
                        m_log);
    const KeyResolver users(has[0] ? &st.users.lookup : nullptr, &st.users.rejected, targetUsers);
    const KeyResolver content(has[1] ? &st.content.lookup : nullptr, &st.content.rejected,
                              targetContent);
    if (!scanTable<SessionRowParser>(TableKind::Sessions, st.sessions, [&](const InputFile& f) {
            return SessionRowParser(f.mapping, f.name, users, content);
        }))
        return finish();
    rejectDuplicateKeys(st.sessions, st.sessions.rows.table.sessionId, "session_id", m_fileNames,
                        m_log);
    const KeyIndex* targetSessions =
        has[2] || has[3] ? targetLookup(m_targetSessions, m_target.sessions.sessionId) : nullptr;
    const KeyResolver sessions(has[2] ? &st.sessions.lookup : nullptr, &st.sessions.rejected,
                               targetSessions);
    if (!scanTable<EventRowParser>(TableKind::Events, st.events, [&](const InputFile& f) {
            return EventRowParser(f.mapping, f.name, sessions, &st.sessions.rows.table.startTs,
                                  &m_target.sessions.startTs);
        }))
        return finish();
    rejectDuplicateKeys(st.events, st.events.rows.table.eventId, "event_id", m_fileNames, m_log);

    // Which staged rows replace target rows (needed by the cross-file rules and the commit).
    const auto checksStart = Clock::now();
    matchTargetRows(st.users, st.users.rows.table.userId, targetUsers, m_threads);
    matchTargetRows(st.content, st.content.rows.table.contentId, targetContent, m_threads);
    matchTargetRows(st.sessions, st.sessions.rows.table.sessionId, targetSessions, m_threads);
    const KeyIndex* targetEvents =
        has[3] ? targetLookup(m_targetEvents, m_target.events.eventId) : nullptr;
    matchTargetRows(st.events, st.events.rows.table.eventId, targetEvents, m_threads);

    if (has[2] || has[3]) {
        const auto cross = CrossFileRules::apply(st, m_target, has[3], m_fileNames, m_log);
        if (!cross.checked)
            m_report.notes.push_back(
                "cross-file rules (startup, rebuffer and bitrate_change events against "
                "sessions) not checked: no performance_events.csv imported or loaded");
    }
    m_report.crossFileSeconds = secondsSince(checksStart);

    int64_t rowsIn = 0;
    for (const auto& f : m_report.files)
        rowsIn += f.rowsIn;
    const int64_t rejected = m_log.total();
    if (rowsIn > 0 && double(rejected) > m_options.maxRejectRate * double(rowsIn)) {
        char rate[64];
        std::snprintf(rate, sizeof rate, "%.2f %% > %.2f %%",
                      100.0 * double(rejected) / double(rowsIn), 100.0 * m_options.maxRejectRate);
        fail(ImportStatus::TooManyRejects, std::to_string(rejected) + " of " +
                                               std::to_string(rowsIn) + " rows rejected (" + rate +
                                               " allowed); nothing was loaded");
        return finish();
    }
    if (!progress(0.96)) {
        fail(ImportStatus::Cancelled, "cancelled before loading");
        return finish();
    }

    const auto commitStart = Clock::now();
    StagingCommit commit(st, m_target);
    if (!commit.prepare(error)) {
        fail(ImportStatus::FileError, error);
        return finish();
    }
    StagingCommit::Counts counts;
    commit.commit(m_files.size(), counts);
    if (m_target.source.empty()) {
        for (const auto& p : paths)
            m_target.source += (m_target.source.empty() ? "" : ", ") + p;
    }
    m_report.commitSeconds = secondsSince(commitStart);
    for (size_t f = 0; f < m_files.size(); ++f) {
        auto& stats = m_report.files[f];
        stats.rowsInserted = counts.inserted[f];
        stats.rowsReplaced = counts.replaced[f];
        stats.rowsLoaded = stats.rowsInserted + stats.rowsReplaced;
        m_report.rowsInserted += stats.rowsInserted;
        m_report.rowsReplaced += stats.rowsReplaced;
        m_report.rowsLoaded += stats.rowsLoaded;
    }
    m_report.status = rejected > 0 ? ImportStatus::OkWithRejects : ImportStatus::Ok;
    progress(1.0);
    return finish();
}

} // namespace

ImportReport importInto(Dataset& target, const std::vector<std::string>& paths,
                        const ImportOptions& options)
{
    // The staging of a large import is big; it lives on the heap and is freed on return.
    auto run = std::make_unique<ImportRun>(target, options);
    return run->run(paths);
}

} // namespace streamlens::io
