// SPDX-License-Identifier: MIT
#include "store/StoreSchema.h"

#include "data/ContractEnums.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"

#include <sqlite3.h>

#include <QDateTime>

#include <array>
#include <optional>
#include <string_view>

namespace streamlens::store::schema {

namespace {

// "(c = 'a' OR c = 'b' ...)" from a contract enum, so the CHECKs never drift from
// ContractEnums.h. Only compile-time contract constants go into this SQL, never data.
// Not "c IN (...)": SQLite builds a temporary index for an IN list on every execution
// of an INSERT, which made each row of a bulk save several times slower.
template <size_t N>
std::string oneOf(std::string_view column, const std::array<std::string_view, N>& values)
{
    std::string s = "(";
    for (size_t i = 0; i < N; ++i)
        s += (i ? " OR " : "") + std::string(column) + " = '" + std::string(values[i]) + "'";
    return s + ")";
}

std::string resolutionCheck()
{
    std::string s = "(";
    for (size_t i = 0; i < contract::kResolutions.size(); ++i)
        s += (i ? " OR " : "") + std::string("resolution_p = ") +
             std::to_string(contract::kResolutions[i]);
    return s + ")";
}

std::string ddl()
{
    // A 0/1 column, its type aligned at `width` like the hand-written lines around it.
    auto flag = [](const std::string& name, size_t width) {
        return "    " + name + std::string(width > name.size() ? width - name.size() : 1, ' ') +
               "INTEGER CHECK (" + name + " = 0 OR " + name + " = 1)";
    };
    std::string s;
    s += "CREATE TABLE meta (\n"
         "    key   TEXT PRIMARY KEY NOT NULL,\n"
         "    value TEXT NOT NULL\n"
         ") WITHOUT ROWID;\n";
    s += "CREATE TABLE users (\n"
         "    user_id         TEXT PRIMARY KEY NOT NULL,\n"
         "    signup_date     TEXT,\n"
         "    country         TEXT,\n"
         "    age             INTEGER,\n"
         "    gender          TEXT CHECK " +
         oneOf("gender", contract::kGenders) +
         ",\n"
         "    plan            TEXT CHECK " +
         oneOf("plan", contract::kPlans) +
         ",\n"
         "    monthly_fee     REAL,\n"
         "    preferred_genre TEXT,\n" +
         flag("churned", 16) +
         ",\n"
         "    churn_date      TEXT\n"
         ");\n";
    s += "CREATE TABLE content (\n"
         "    content_id      TEXT PRIMARY KEY NOT NULL,\n"
         "    title           TEXT,\n"
         "    content_type    TEXT CHECK " +
         oneOf("content_type", contract::kContentTypes) +
         ",\n"
         "    genre           TEXT,\n"
         "    release_year    INTEGER,\n"
         "    duration_s      INTEGER,\n"
         "    maturity_rating TEXT,\n"
         "    avg_rating      REAL,\n"
         "    language        TEXT,\n" +
         flag("is_original", 16) +
         "\n"
         ");\n";
    s += "CREATE TABLE sessions (\n"
         "    session_id       TEXT PRIMARY KEY NOT NULL,\n"
         "    user_id          TEXT NOT NULL REFERENCES users (user_id),\n"
         "    content_id       TEXT NOT NULL REFERENCES content (content_id),\n"
         "    start_ts         INTEGER,\n"
         "    device_type      TEXT CHECK " +
         oneOf("device_type", contract::kDeviceTypes) +
         ",\n"
         "    os               TEXT,\n"
         "    player_version   TEXT,\n"
         "    connection_type  TEXT CHECK " +
         oneOf("connection_type", contract::kConnectionTypes) +
         ",\n"
         "    cdn              TEXT,\n"
         "    isp              TEXT,\n"
         "    country          TEXT,\n"
         "    stream_type      TEXT CHECK " +
         oneOf("stream_type", contract::kStreamTypes) +
         ",\n"
         "    startup_time_ms  INTEGER,\n"
         "    playing_time_s   REAL,\n"
         "    rebuffer_count   INTEGER,\n"
         "    rebuffer_time_ms INTEGER,\n"
         "    avg_bitrate_kbps REAL,\n"
         "    bitrate_switches INTEGER,\n"
         "    resolution_p     INTEGER CHECK " +
         resolutionCheck() + ",\n" + flag("start_failure", 17) + ",\n" +
         flag("exit_before_start", 17) + ",\n" + flag("playback_failure", 17) +
         ",\n"
         "    error_code       TEXT,\n" +
         flag("completed", 17) +
         "\n"
         ");\n";
    s += "CREATE TABLE performance_events (\n"
         "    event_id     TEXT PRIMARY KEY NOT NULL,\n"
         "    session_id   TEXT NOT NULL REFERENCES sessions (session_id),\n"
         "    ts           INTEGER,\n"
         "    event_type   TEXT CHECK " +
         oneOf("event_type", contract::kEventTypes) +
         ",\n"
         "    duration_ms  INTEGER,\n"
         "    bitrate_kbps INTEGER,\n"
         "    error_code   TEXT,\n" +
         flag("fatal", 13) +
         ",\n"
         "    cdn_pop      TEXT\n"
         ");\n";
    s += "CREATE TABLE extra_columns (\n"
         "    table_name  TEXT NOT NULL,\n"
         "    column_name TEXT NOT NULL,\n"
         "    position    INTEGER NOT NULL,\n"
         "    PRIMARY KEY (table_name, column_name)\n"
         ") WITHOUT ROWID;\n"
         "CREATE TABLE extra_values (\n"
         "    table_name  TEXT NOT NULL,\n"
         "    column_name TEXT NOT NULL,\n"
         "    row_id      TEXT NOT NULL,\n"
         "    value       TEXT NOT NULL,\n"
         "    PRIMARY KEY (table_name, column_name, row_id),\n"
         "    FOREIGN KEY (table_name, column_name)\n"
         "        REFERENCES extra_columns (table_name, column_name)\n"
         ") WITHOUT ROWID;\n";
    s += "CREATE TABLE engine_snapshot (\n"
         "    id          INTEGER PRIMARY KEY,\n"
         "    table_name  TEXT NOT NULL,\n"
         "    column_name TEXT NOT NULL,\n"
         "    chunk       INTEGER NOT NULL,\n"
         "    checksum    INTEGER NOT NULL,\n"
         // Last: columns after a multi-megabyte value sit at the end of its overflow
         // chain, and reading them would mean reading the whole value.
         "    data        BLOB NOT NULL,\n"
         "    UNIQUE (table_name, column_name, chunk)\n"
         ");\n";
    return s;
}

constexpr std::array<std::string_view, 6> kTrackedTables = {
    "users", "content", "sessions", "performance_events", "extra_columns", "extra_values"};
constexpr std::array<std::string_view, 3> kTrackedOps = {"INSERT", "UPDATE", "DELETE"};

std::string nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

} // namespace

void create(SqliteConnection& db)
{
    db.exec("PRAGMA page_size = " + std::to_string(kPageSize));
    // WAL: readers (the GUI) keep working while a save runs, and a killed save leaves
    // only uncommitted frames that SQLite ignores.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("BEGIN IMMEDIATE");
    try {
        db.exec(ddl());
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(kVersion));
        const std::string now = nowIso();
        setMeta(db, "application", kApplicationName);
        setMeta(db, "schema_version", std::to_string(kVersion));
        setMeta(db, "created_at", now);
        setMeta(db, "updated_at", now);
        setMeta(db, "source", "");
        setMeta(db, "generation", "0");
        setMeta(db, "snapshot_generation", "-1");
        setMeta(db, "snapshot_stale", "0");
        createTriggers(db);
        db.exec("COMMIT");
    } catch (...) {
        try {
            db.exec("ROLLBACK");
        } catch (...) {
        }
        throw;
    }
}

int check(SqliteConnection& db, const std::string& path)
{
    std::optional<int64_t> appId;
    try {
        appId = db.queryInt("PRAGMA application_id");
    } catch (const StoreError& e) {
        const int code = db.lastErrorCode() & 0xff;
        if (code == SQLITE_NOTADB)
            throw StoreError("'" + path +
                             "' is not a StreamLens store: it is not a SQLite database at all");
        if (code == SQLITE_CORRUPT)
            throw StoreError("'" + path + "' is damaged (SQLite reports corruption)");
        throw StoreError("cannot read '" + path + "': " + e.what());
    }
    const int64_t tables = db.queryInt("SELECT count(*) FROM sqlite_schema").value_or(0);
    if (appId.value_or(0) == 0 && tables == 0)
        return 0;
    if (appId.value_or(0) != kApplicationId)
        throw StoreError("'" + path +
                         "' is a SQLite database but not a StreamLens store (it does not "
                         "have the StreamLens schema)");
    if (!db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'meta'")
             .value_or(0))
        throw StoreError("'" + path + "' is a damaged StreamLens store: its meta table is missing");
    const std::string versionText = metaValue(db, "schema_version");
    int version = 0;
    try {
        version = std::stoi(versionText);
    } catch (...) {
        version = 0;
    }
    if (version > kVersion)
        throw StoreError("'" + path + "' was written by a newer StreamLens (store schema " +
                         std::to_string(version) + "); this version reads schema " +
                         std::to_string(kVersion) + " and older. Please update StreamLens.");
    if (version < 1)
        throw StoreError("'" + path + "' is a damaged StreamLens store: unknown schema version '" +
                         versionText + "'");
    return version;
}

void dropTriggers(SqliteConnection& db)
{
    for (auto table : kTrackedTables)
        for (auto op : kTrackedOps)
            db.exec("DROP TRIGGER IF EXISTS streamlens_track_" + std::string(table) + "_" +
                    std::string(op));
}

void createTriggers(SqliteConnection& db)
{
    for (auto table : kTrackedTables)
        for (auto op : kTrackedOps)
            db.exec("CREATE TRIGGER IF NOT EXISTS streamlens_track_" + std::string(table) + "_" +
                    std::string(op) + " AFTER " + std::string(op) + " ON " + std::string(table) +
                    " BEGIN UPDATE meta SET value = '1' WHERE key = 'snapshot_stale' AND "
                    "value <> '1'; END");
}

std::string metaValue(SqliteConnection& db, const std::string& key, const std::string& fallback)
{
    SqliteStatement s = db.prepare("SELECT value FROM meta WHERE key = ?1");
    s.bindText(1, key);
    if (!s.step())
        return fallback;
    return s.columnString(0);
}

void setMeta(SqliteConnection& db, const std::string& key, const std::string& value)
{
    SqliteStatement s = db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value "
                                   "WHERE value IS NOT excluded.value");
    s.bindText(1, key);
    s.bindText(2, value);
    s.run();
}

} // namespace streamlens::store::schema
