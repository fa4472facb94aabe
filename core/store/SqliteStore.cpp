// SPDX-License-Identifier: MIT
#include "store/SqliteStore.h"

#include "data/Dataset.h"
#include "data/IdLookup.h"
#include "store/ProgressTracker.h"
#include "store/RelationalReader.h"
#include "store/RelationalWriter.h"
#include "store/SnapshotFormat.h"
#include "store/SnapshotReader.h"
#include "store/SnapshotWriter.h"
#include "store/SqliteTransaction.h"
#include "store/StorePaths.h"
#include "store/StoreSchema.h"
#include "store/StructureCheck.h"

#include <sqlite3.h>

#include <QDateTime>

#include <filesystem>
#include <unistd.h>

namespace streamlens::store {

namespace fs = std::filesystem;

namespace {

// Progress units: one relational cell costs about as much as this many snapshot bytes.
constexpr double kBytesPerCell = 0.02;

constexpr const char* kRowKeys[4] = {"snapshot_rows_users", "snapshot_rows_content",
                                     "snapshot_rows_sessions", "snapshot_rows_performance_events"};

void setError(std::string* error, const std::string& message)
{
    if (error)
        *error = message;
}

int64_t toInt(const std::string& text, int64_t fallback)
{
    try {
        size_t used = 0;
        const long long v = std::stoll(text, &used);
        return used == text.size() ? v : fallback;
    } catch (...) {
        return fallback;
    }
}

std::string nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

std::array<int64_t, 4> countRows(SqliteConnection& db)
{
    std::array<int64_t, 4> rows{};
    for (size_t t = 0; t < 4; ++t)
        rows[t] =
            db.queryInt("SELECT count(*) FROM " + std::string(schema::kTables[t])).value_or(0);
    return rows;
}

// The ids of the four tables, indexed; duplicates are an error (ids are primary keys).
void indexIds(const Dataset& d, std::array<IdLookup, 4>& lookups)
{
    const IdColumn* ids[] = {&d.users.userId, &d.content.contentId, &d.sessions.sessionId,
                             &d.events.eventId};
    for (size_t t = 0; t < 4; ++t) {
        std::vector<size_t> duplicates;
        lookups[t] = IdLookup(*ids[t], &duplicates);
        if (!duplicates.empty())
            throw StoreError(std::string(schema::kTables[t]) + " has the id '" +
                             ids[t]->value(duplicates.front()) +
                             "' more than once; ids must be unique");
    }
}

} // namespace

SqliteStore::SqliteStore() = default;
SqliteStore::~SqliteStore() = default;

std::string SqliteStore::defaultPath()
{
    return StorePaths::defaultStorePath();
}

bool SqliteStore::open(const std::string& requested, bool create, std::string* error)
{
    close();
    const std::string path = StorePaths::resolve(requested);
    if (path.empty()) {
        setError(error, "no folder for the default store could be created");
        return false;
    }
    try {
        std::error_code ec;
        const fs::file_status status = fs::status(path, ec);
        const bool exists = fs::exists(status);
        if (exists && fs::is_directory(status))
            throw StoreError("'" + path + "' is a folder, not a store file");
        const fs::path parent = fs::absolute(fs::path(path)).parent_path();
        if (!exists) {
            if (!create)
                throw StoreError("there is no store at '" + path + "'");
            if (!fs::is_directory(parent, ec))
                throw StoreError("cannot create a store at '" + path + "': the folder '" +
                                 parent.string() + "' does not exist");
            if (::access(parent.c_str(), W_OK) != 0)
                throw StoreError("cannot create a store at '" + path + "': the folder '" +
                                 parent.string() + "' is read-only");
        } else if (::access(path.c_str(), R_OK) != 0) {
            throw StoreError("cannot read '" + path + "': permission denied");
        }
        // SQLite also needs to create -wal/-shm files next to the store.
        m_readOnly =
            exists && (::access(path.c_str(), W_OK) != 0 || ::access(parent.c_str(), W_OK) != 0);
        // A WAL store in a folder nobody may write to cannot get its WAL index files:
        // it is read as immutable (nobody can change it there anyway).
        const bool immutable =
            m_readOnly && ::access(parent.c_str(), W_OK) != 0 && !fs::exists(path + "-wal", ec);
        m_helperMode = immutable ? SqliteConnection::Mode::ReadOnlyImmutable
                                 : SqliteConnection::Mode::ReadOnly;
        m_db.open(path, immutable    ? SqliteConnection::Mode::ReadOnlyImmutable
                        : m_readOnly ? SqliteConnection::Mode::ReadOnly
                        : create     ? SqliteConnection::Mode::ReadWriteCreate
                                     : SqliteConnection::Mode::ReadWrite);
        m_path = path;
        sqlite3_busy_timeout(m_db.handle(), m_busyTimeoutMs);
        int version = schema::check(m_db, path);
        if (version == 0) {
            if (!create || m_readOnly)
                throw StoreError("'" + path + "' is an empty database, not a StreamLens store");
            schema::create(m_db);
            version = schema::kVersion;
        }
        m_schemaVersion = version;
        configureConnection();
        return true;
    } catch (const StoreError& e) {
        m_db.close();
        m_path.clear();
        setError(error, e.what());
        return false;
    } catch (const std::exception& e) {
        m_db.close();
        m_path.clear();
        setError(error, "cannot open '" + path + "': " + e.what());
        return false;
    }
}

void SqliteStore::configureConnection()
{
    // Deleted snapshot pages need not be zeroed (Debian builds SQLite with secure_delete
    // on); that would double the I/O of every save.
    m_db.exec("PRAGMA secure_delete = OFF");
    m_db.exec("PRAGMA temp_store = MEMORY");
    // NORMAL in WAL mode: a crash can lose the last commit on power failure, never
    // corrupt the file; a killed process loses nothing committed.
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA cache_size = -65536");
    // References are row indices in memory, valid by construction; enforcing them again
    // row by row would only slow the bulk load.
    m_db.exec("PRAGMA foreign_keys = OFF");
}

void SqliteStore::setBusyTimeoutMs(int ms)
{
    m_busyTimeoutMs = ms;
    if (isOpen())
        sqlite3_busy_timeout(m_db.handle(), ms);
}

void SqliteStore::close()
{
    m_db.close();
    m_path.clear();
    m_readOnly = false;
    m_schemaVersion = 0;
}

void SqliteStore::writeSnapshot(const Dataset& d, int64_t generation, ProgressTracker& progress)
{
    SnapshotWriter(m_db).write(d, progress);
    const size_t rows[4] = {d.users.size(), d.content.size(), d.sessions.size(), d.events.size()};
    for (size_t t = 0; t < 4; ++t)
        schema::setMeta(m_db, kRowKeys[t], std::to_string(rows[t]));
    int64_t first = INT64_MAX, last = INT64_MIN;
    for (int64_t ts : d.sessions.startTs)
        if (ts != kNullInt64) {
            first = std::min(first, ts);
            last = std::max(last, ts);
        }
    const bool any = first <= last;
    schema::setMeta(m_db, "stats_first_start_ms", any ? std::to_string(first) : "");
    schema::setMeta(m_db, "stats_last_start_ms", any ? std::to_string(last) : "");
    schema::setMeta(m_db, "snapshot_format", std::string(snapshot::kFormat));
    schema::setMeta(m_db, "snapshot_generation", std::to_string(generation));
    schema::setMeta(m_db, "snapshot_stale", "0");
}

bool SqliteStore::save(const Dataset& d, std::string* error, std::function<bool(double)> progress)
{
    if (!isOpen()) {
        setError(error, "no store is open");
        return false;
    }
    if (m_readOnly) {
        setError(error, "cannot save: the store '" + m_path + "' is read-only");
        return false;
    }
    std::string problem;
    if (!checkStructure(d, &problem)) {
        setError(error, "cannot save: the data is inconsistent: " + problem);
        return false;
    }
    bool ok = false;
    try {
        std::array<IdLookup, 4> lookups;
        indexIds(d, lookups);
        ProgressTracker tracker(std::move(progress),
                                RelationalWriter::totalWork(d) +
                                    kBytesPerCell * double(SnapshotWriter::totalBytes(d)));
        // A big page cache keeps the id indexes in memory during the bulk upsert.
        m_db.exec("PRAGMA cache_size = -1048576");
        SqliteTransaction tx(m_db, SqliteTransaction::Kind::Write);
        schema::dropTriggers(m_db);
        const int64_t changesBefore = sqlite3_total_changes64(m_db.handle());
        const bool exact =
            RelationalWriter(m_db, d, lookups, tracker).write(m_saveMode == SaveMode::Replace);
        const int64_t changes = sqlite3_total_changes64(m_db.handle()) - changesBefore;
        const int64_t generation = toInt(schema::metaValue(m_db, "generation"), 0) + 1;
        if (exact) {
            tracker.setScale(kBytesPerCell); // the snapshot writer counts bytes
            writeSnapshot(d, generation, tracker);
        } else {
            // The tables now hold more than this Dataset: only a relational load shows
            // them all, and it will rebuild the snapshot.
            schema::setMeta(m_db, "snapshot_stale", "1");
        }
        schema::setMeta(m_db, "generation", std::to_string(generation));
        schema::setMeta(m_db, "source", d.source);
        schema::setMeta(m_db, "updated_at", nowIso());
        schema::createTriggers(m_db);
        tracker.finish();
        tx.commit();
        m_lastSaveChanges = changes;
        ok = true;
    } catch (const StoreCancelled&) {
        setError(error, "save cancelled; the store is unchanged");
    } catch (const StoreError& e) {
        setError(error,
                 "cannot save to '" + m_path + "': " + e.what() + " (the store is unchanged)");
    } catch (const std::bad_alloc&) {
        setError(error, "cannot save to '" + m_path + "': out of memory (the store is unchanged)");
    } catch (const std::exception& e) {
        setError(error,
                 "cannot save to '" + m_path + "': " + e.what() + " (the store is unchanged)");
    }
    try {
        m_db.exec("PRAGMA cache_size = -65536");
        sqlite3_db_release_memory(m_db.handle());
        // Folds the WAL back into the file so the store is one file again. Without a
        // busy handler this never waits for a reader; SQLite then checkpoints later.
        if (ok) {
            sqlite3_busy_timeout(m_db.handle(), 0);
            m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    } catch (const StoreError&) {
        // A reader still holds the WAL; SQLite checkpoints later.
    }
    sqlite3_busy_timeout(m_db.handle(), m_busyTimeoutMs);
    return ok;
}

bool SqliteStore::snapshotUsable(std::string& reason, std::array<int64_t, 4>& rows)
{
    if (!m_useSnapshot) {
        reason = "the snapshot is switched off";
        return false;
    }
    if (schema::metaValue(m_db, "snapshot_format") != snapshot::kFormat) {
        reason = "no snapshot in this format";
        return false;
    }
    if (schema::metaValue(m_db, "snapshot_stale") != "0") {
        reason = "the tables were changed after the last save (e.g. in the sqlite3 shell)";
        return false;
    }
    if (schema::metaValue(m_db, "snapshot_generation") != schema::metaValue(m_db, "generation")) {
        reason = "the snapshot is from an earlier save";
        return false;
    }
    // The reader compares these with the tables' counts while it reads.
    for (size_t t = 0; t < 4; ++t)
        rows[t] = toInt(schema::metaValue(m_db, kRowKeys[t]), -1);
    return true;
}

bool SqliteStore::load(Dataset& dataset, std::string* error, std::function<bool(double)> progress)
{
    m_lastLoadPath = LoadPath::None;
    m_snapshotSkipReason.clear();
    if (!isOpen()) {
        setError(error, "no store is open");
        return false;
    }
    try {
        ProgressTracker tracker(progress);
        Dataset loaded;
        // One read transaction: every table and the snapshot are seen at one point in
        // time even while another program saves.
        SqliteTransaction tx(m_db, SqliteTransaction::Kind::Read);
        std::array<int64_t, 4> rows{};
        if (snapshotUsable(m_snapshotSkipReason, rows)) {
            try {
                SnapshotReader reader(m_db, m_path, m_helperMode);
                reader.setThreads(m_snapshotThreads);
                Dataset candidate;
                std::string problem;
                reader.read(candidate, rows, tracker);
                if (!checkStructure(candidate, &problem))
                    throw StoreError("snapshot is inconsistent: " + problem);
                candidate.source = schema::metaValue(m_db, "source");
                loaded = std::move(candidate);
                m_lastLoadPath = LoadPath::Snapshot;
            } catch (const StoreCancelled&) {
                throw;
            } catch (const StoreError& e) {
                m_snapshotSkipReason = e.what();
            }
        }
        if (m_lastLoadPath != LoadPath::Snapshot) {
            ProgressTracker relational(progress);
            RelationalReader(m_db, relational).read(loaded);
            std::string problem;
            if (!checkStructure(loaded, &problem))
                throw StoreError("the tables are inconsistent: " + problem);
            m_lastLoadPath = LoadPath::Relational;
            if (m_repairSnapshot && !m_readOnly) {
                // Still inside the read transaction: if anyone wrote since it began, the
                // first write below fails (SQLITE_BUSY_SNAPSHOT) and nothing is repaired.
                try {
                    ProgressTracker quiet;
                    writeSnapshot(loaded, toInt(schema::metaValue(m_db, "generation"), 0), quiet);
                } catch (const StoreError&) {
                    tx.rollback();
                }
            }
        }
        if (tx.active())
            tx.commit();
        tracker.finish();
        dataset = std::move(loaded);
        return true;
    } catch (const StoreCancelled&) {
        m_lastLoadPath = LoadPath::None;
        setError(error, "opening the store was cancelled");
    } catch (const StoreError& e) {
        m_lastLoadPath = LoadPath::None;
        setError(error, "cannot open the data in '" + m_path + "': " + e.what());
    } catch (const std::bad_alloc&) {
        m_lastLoadPath = LoadPath::None;
        setError(error, "cannot open the data in '" + m_path + "': out of memory");
    } catch (const std::exception& e) {
        m_lastLoadPath = LoadPath::None;
        setError(error, "cannot open the data in '" + m_path + "': " + e.what());
    }
    return false;
}

std::optional<StoreInfo> SqliteStore::info(std::string* error) const
{
    if (!isOpen()) {
        setError(error, "no store is open");
        return std::nullopt;
    }
    try {
        SqliteTransaction tx(m_db, SqliteTransaction::Kind::Read);
        StoreInfo info;
        info.path = m_path;
        info.schemaVersion = m_schemaVersion;
        info.source = schema::metaValue(m_db, "source");
        info.createdAt = schema::metaValue(m_db, "created_at");
        info.updatedAt = schema::metaValue(m_db, "updated_at");
        info.generation = toInt(schema::metaValue(m_db, "generation"), 0);
        info.snapshotFresh =
            schema::metaValue(m_db, "snapshot_stale") == "0" &&
            schema::metaValue(m_db, "snapshot_format") == snapshot::kFormat &&
            schema::metaValue(m_db, "snapshot_generation") == std::to_string(info.generation);
        std::array<int64_t, 4> rows{};
        if (info.snapshotFresh) {
            // The save that wrote the snapshot recorded counts and range; nothing changed.
            for (size_t t = 0; t < 4; ++t)
                rows[t] = toInt(schema::metaValue(m_db, kRowKeys[t]), 0);
            const std::string first = schema::metaValue(m_db, "stats_first_start_ms");
            const std::string last = schema::metaValue(m_db, "stats_last_start_ms");
            if (!first.empty() && !last.empty()) {
                info.firstStartMs = toInt(first, 0);
                info.lastStartMs = toInt(last, 0);
            }
        } else {
            rows = countRows(m_db);
            SqliteStatement range =
                m_db.prepare("SELECT min(start_ts), max(start_ts) FROM sessions");
            if (range.step() && !range.isNull(0)) {
                info.firstStartMs = range.columnInt(0);
                info.lastStartMs = range.columnInt(1);
            }
        }
        info.users = rows[0];
        info.content = rows[1];
        info.sessions = rows[2];
        info.events = rows[3];
        tx.commit();
        std::error_code ec;
        const auto bytes = fs::file_size(m_path, ec);
        info.fileBytes = ec ? 0 : static_cast<int64_t>(bytes);
        return info;
    } catch (const std::exception& e) {
        setError(error, "cannot read '" + m_path + "': " + e.what());
        return std::nullopt;
    }
}

bool SqliteStore::isEmpty() const
{
    if (!isOpen())
        return true;
    try {
        return m_db.queryInt("SELECT NOT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM "
                             "content) OR EXISTS (SELECT 1 FROM sessions) OR EXISTS (SELECT 1 "
                             "FROM performance_events))")
                   .value_or(1) != 0;
    } catch (const StoreError&) {
        return true;
    }
}

} // namespace streamlens::store
