// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The column lists of the four contract files (../shared/data-contract.md) and how a file's
// header maps onto them.
namespace streamlens::io {

enum class TableKind : uint8_t { Users, Content, Sessions, Events };
inline constexpr TableKind kTableKinds[] = {TableKind::Users, TableKind::Content,
                                            TableKind::Sessions, TableKind::Events};

// "users", "content", "sessions", "performance_events"
std::string_view tableName(TableKind table);

// Column indices in contract order, per table.
enum UserColumn : uint8_t {
    UserIdCol,
    SignupDateCol,
    UserCountryCol,
    AgeCol,
    GenderCol,
    PlanCol,
    MonthlyFeeCol,
    PreferredGenreCol,
    ChurnedCol,
    ChurnDateCol,
    kUserColumns
};
enum ContentColumn : uint8_t {
    ContentIdCol,
    TitleCol,
    ContentTypeCol,
    GenreCol,
    ReleaseYearCol,
    DurationCol,
    MaturityRatingCol,
    AvgRatingCol,
    LanguageCol,
    IsOriginalCol,
    kContentColumns
};
enum SessionColumn : uint8_t {
    SessionIdCol,
    SessionUserIdCol,
    SessionContentIdCol,
    StartTsCol,
    DeviceTypeCol,
    OsCol,
    PlayerVersionCol,
    ConnectionTypeCol,
    CdnCol,
    IspCol,
    SessionCountryCol,
    StreamTypeCol,
    StartupTimeCol,
    PlayingTimeCol,
    RebufferCountCol,
    RebufferTimeCol,
    AvgBitrateCol,
    BitrateSwitchesCol,
    ResolutionCol,
    StartFailureCol,
    ExitBeforeStartCol,
    PlaybackFailureCol,
    SessionErrorCodeCol,
    CompletedCol,
    kSessionColumns
};
enum EventColumn : uint8_t {
    EventIdCol,
    EventSessionIdCol,
    TsCol,
    EventTypeCol,
    DurationMsCol,
    BitrateKbpsCol,
    EventErrorCodeCol,
    FatalCol,
    CdnPopCol,
    kEventColumns
};

struct ColumnDef {
    std::string_view name;
    // Required in the header. (Whether a value may be empty is a row rule: startup_time_ms
    // is a required column whose value is empty for sessions that did not start.)
    bool required;
};

std::span<const ColumnDef> columnsOf(TableKind table);

// The table a file holds, from its base name ("sessions.csv", any letter case).
std::optional<TableKind> tableFromFileName(std::string_view path);
// The table a header describes, from its key columns (event_id, session_id, content_id,
// user_id, checked in that order since later tables refer to earlier ones).
std::optional<TableKind> tableFromHeader(std::span<const std::string> header);

// Where each contract column sits in a file, and what else the file holds.
struct ColumnMapping {
    TableKind table = TableKind::Users;
    std::vector<int> fileIndex;      // per contract column: index in the file, or -1
    std::vector<std::string> header; // the file's column names as written (trimmed)
    std::vector<int> unknownIndexes; // file indexes of columns the contract lacks
    size_t fieldCount = 0;

    // Name to show for a file column (contract name, header text, or "column N").
    std::string columnName(size_t fileIndex) const;
};

// Maps a header (names are matched after trimming spaces, ignoring letter case). Fails with
// a message naming every missing required column, or a duplicated column name.
bool mapHeader(TableKind table, std::span<const std::string> header, ColumnMapping& mapping,
               std::string& error);

} // namespace streamlens::io
