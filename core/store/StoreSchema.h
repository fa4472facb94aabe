// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace streamlens::store {

class SqliteConnection;

// The on-disk layout of a StreamLens store (one SQLite file). Choices, so SQL users know
// what they look at:
// - The four contract tables keep the contract's table and column names; the contract id
//   is the TEXT PRIMARY KEY, references are declared as FOREIGN KEYs on those ids.
// - Timestamps (start_ts, ts) are INTEGER milliseconds since 1970-01-01 UTC: exact, compact
//   and fast to compare (datetime(start_ts / 1000, 'unixepoch') shows them as text).
//   Dates (signup_date, churn_date) are TEXT 'YYYY-MM-DD', SQLite's own date form.
// - Decimals (monthly_fee, avg_rating, playing_time_s, avg_bitrate_kbps) are REAL in the
//   contract's unit; booleans INTEGER 0/1; enums TEXT restricted by CHECK to contract
//   values; resolution_p INTEGER lines. NULL means null.
// - Rows are stored in Dataset order (rowid), so a relational load reproduces it.
// - extra_columns / extra_values keep the columns an import did not know.
// - meta holds key/value text: application, schema_version, source, created_at,
//   updated_at, generation (bumped by every save) and the snapshot bookkeeping.
// - engine_snapshot holds the columnar copy of the engine's arrays (see SnapshotWriter);
//   triggers on the four tables set meta.snapshot_stale when anything but StreamLens
//   changes them (a save drops and recreates the triggers inside its transaction).
namespace schema {

inline constexpr int kVersion = 1;
// PRAGMA application_id: "SLNS". Lets a file be recognised before any table is read.
inline constexpr int32_t kApplicationId = 0x534C4E53;
inline constexpr const char* kApplicationName = "StreamLens";
// Set on a new file before its first table; larger pages make the snapshot's big blobs
// cheaper to read (fewer overflow pages).
inline constexpr int kPageSize = 16384;

// The contract tables and their columns in schema order (the id first); the relational
// writer and reader bind and select in exactly this order.
inline constexpr std::array<const char*, 4> kTables = {"users", "content", "sessions",
                                                       "performance_events"};
inline constexpr std::array<const char*, 4> kIdColumns = {"user_id", "content_id", "session_id",
                                                          "event_id"};
inline constexpr std::array<std::string_view, 10> kUserColumns = {
    "user_id", "signup_date", "country",         "age",     "gender",
    "plan",    "monthly_fee", "preferred_genre", "churned", "churn_date"};
inline constexpr std::array<std::string_view, 10> kContentColumns = {
    "content_id", "title",           "content_type", "genre",    "release_year",
    "duration_s", "maturity_rating", "avg_rating",   "language", "is_original"};
inline constexpr std::array<std::string_view, 24> kSessionColumns = {"session_id",
                                                                     "user_id",
                                                                     "content_id",
                                                                     "start_ts",
                                                                     "device_type",
                                                                     "os",
                                                                     "player_version",
                                                                     "connection_type",
                                                                     "cdn",
                                                                     "isp",
                                                                     "country",
                                                                     "stream_type",
                                                                     "startup_time_ms",
                                                                     "playing_time_s",
                                                                     "rebuffer_count",
                                                                     "rebuffer_time_ms",
                                                                     "avg_bitrate_kbps",
                                                                     "bitrate_switches",
                                                                     "resolution_p",
                                                                     "start_failure",
                                                                     "exit_before_start",
                                                                     "playback_failure",
                                                                     "error_code",
                                                                     "completed"};
inline constexpr std::array<std::string_view, 9> kEventColumns = {
    "event_id",     "session_id", "ts",    "event_type", "duration_ms",
    "bitrate_kbps", "error_code", "fatal", "cdn_pop"};

// Creates every table of an empty database and writes meta. Throws StoreError.
void create(SqliteConnection& db);

// Checks an opened file is a StreamLens store this build can read; returns its schema
// version. Throws StoreError with a message for users otherwise (not SQLite, not a
// StreamLens store, written by a newer version). An empty database returns 0.
int check(SqliteConnection& db, const std::string& path);

// The change-tracking triggers (see above).
void dropTriggers(SqliteConnection& db);
void createTriggers(SqliteConnection& db);

// meta access (text values).
std::string metaValue(SqliteConnection& db, const std::string& key,
                      const std::string& fallback = {});
void setMeta(SqliteConnection& db, const std::string& key, const std::string& value);

} // namespace schema
} // namespace streamlens::store
