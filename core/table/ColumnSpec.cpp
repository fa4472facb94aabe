// SPDX-License-Identifier: MIT
#include "table/ColumnSpec.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"

namespace streamlens::table {

namespace {

using Kind = CellValue::Kind;

CellValue int32Cell(int32_t v)
{
    return v == kNullInt32 ? CellValue::null() : CellValue::of(Kind::Integer, v);
}
CellValue int16Cell(int16_t v)
{
    return v == kNullInt16 ? CellValue::null() : CellValue::of(Kind::Integer, v);
}
CellValue milliCell(int32_t v)
{
    return v == kNullInt32 ? CellValue::null() : CellValue::of(Kind::Milli, v);
}
CellValue dateCell(int32_t v)
{
    return v == kNullInt32 ? CellValue::null() : CellValue::of(Kind::Date, v);
}
CellValue timestampCell(int64_t v)
{
    return v == kNullInt64 ? CellValue::null() : CellValue::of(Kind::Timestamp, v);
}
// 0/1 with kNullBool (or anything else) as null.
CellValue boolCell(uint8_t v)
{
    return v <= 1 ? CellValue::of(Kind::Boolean, v) : CellValue::null();
}
CellValue flagCell(uint8_t flags, uint8_t bit)
{
    return CellValue::of(Kind::Boolean, (flags & bit) ? 1 : 0);
}
template <typename Code> CellValue categoryCell(const CategoricalColumn<Code>& column, size_t row)
{
    const Code c = column.codes[row];
    if (c == CategoricalColumn<Code>::kNull || c >= column.dictionary.size())
        return CellValue::null();
    return CellValue::ofText(column.dictionary.value(c));
}
template <typename Code> uint32_t codeOf(const CategoricalColumn<Code>& column, size_t row)
{
    const Code c = column.codes[row];
    return c == CategoricalColumn<Code>::kNull || c >= column.dictionary.size() ? UINT32_MAX : c;
}
CellValue idCell(const IdColumn& ids, int64_t row, IdBuffer& buffer)
{
    if (row < 0 || static_cast<size_t>(row) >= ids.size())
        return CellValue::null(); // a dangling reference shows as empty
    return CellValue::ofText(ids.value(static_cast<size_t>(row), buffer.chars));
}

} // namespace

// A column of `table` (a Dataset member) read by `expr` (an expression of d and r).
#define SL_VALUE(name, type, expr)                                                                 \
    ColumnSpec                                                                                     \
    {                                                                                              \
        name, ColumnType::type, [](const Dataset& d, size_t r, IdBuffer&) { return expr; }         \
    }
#define SL_CATEGORY(name, table, member)                                                           \
    ColumnSpec                                                                                     \
    {                                                                                              \
        name, ColumnType::Category,                                                                \
            [](const Dataset& d, size_t r, IdBuffer&) { return categoryCell(d.table.member, r); }, \
            nullptr, nullptr,                                                                      \
            [](const Dataset& d) -> const Dictionary& { return d.table.member.dictionary; },       \
            [](const Dataset& d, size_t r) { return codeOf(d.table.member, r); }                   \
    }
// An identifier of idTable shown for row r, at idTable row `rowExpr`.
#define SL_ID(name, type, idTable, idMember, rowExpr)                                              \
    ColumnSpec                                                                                     \
    {                                                                                              \
        name, ColumnType::type,                                                                    \
            [](const Dataset& d, size_t r, IdBuffer& b) {                                          \
                return idCell(d.idTable.idMember, static_cast<int64_t>(rowExpr), b);               \
            },                                                                                     \
            [](const Dataset& d) -> const IdColumn& { return d.idTable.idMember; },                \
            [](const Dataset& d, size_t r) {                                                       \
                (void)d;                                                                           \
                return static_cast<int64_t>(rowExpr);                                              \
            }                                                                                      \
    }

namespace {

using namespace contract;

const ColumnSpec kSessionColumns[] = {
    SL_ID("session_id", Id, sessions, sessionId, r),
    SL_ID("user_id", Reference, users, userId, d.sessions.userIndex[r]),
    SL_ID("content_id", Reference, content, contentId, d.sessions.contentIndex[r]),
    SL_VALUE("start_ts", Timestamp, timestampCell(d.sessions.startTs[r])),
    SL_CATEGORY("device_type", sessions, deviceType),
    SL_CATEGORY("os", sessions, os),
    SL_CATEGORY("player_version", sessions, playerVersion),
    SL_CATEGORY("connection_type", sessions, connectionType),
    SL_CATEGORY("cdn", sessions, cdn),
    SL_CATEGORY("isp", sessions, isp),
    SL_CATEGORY("country", sessions, country),
    SL_CATEGORY("stream_type", sessions, streamType),
    SL_VALUE("startup_time_ms", Integer, int32Cell(d.sessions.startupTimeMs[r])),
    SL_VALUE("playing_time_s", Decimal, milliCell(d.sessions.playingTimeMs[r])),
    SL_VALUE("rebuffer_count", Integer, int32Cell(d.sessions.rebufferCount[r])),
    SL_VALUE("rebuffer_time_ms", Integer, int32Cell(d.sessions.rebufferTimeMs[r])),
    SL_VALUE("avg_bitrate_kbps", Decimal, milliCell(d.sessions.avgBitrateMilliKbps[r])),
    SL_VALUE("bitrate_switches", Integer, int32Cell(d.sessions.bitrateSwitches[r])),
    SL_VALUE("resolution_p", Integer,
             d.sessions.resolutionCode[r] < kResolutions.size()
                 ? CellValue::of(Kind::Integer, kResolutions[d.sessions.resolutionCode[r]])
                 : CellValue::null()),
    SL_VALUE("start_failure", Boolean, flagCell(d.sessions.flags[r], StartFailure)),
    SL_VALUE("exit_before_start", Boolean, flagCell(d.sessions.flags[r], ExitBeforeStart)),
    SL_VALUE("playback_failure", Boolean, flagCell(d.sessions.flags[r], PlaybackFailure)),
    SL_CATEGORY("error_code", sessions, errorCode),
    SL_VALUE("completed", Boolean, flagCell(d.sessions.flags[r], Completed)),
};

const ColumnSpec kUserColumns[] = {
    SL_ID("user_id", Id, users, userId, r),
    SL_VALUE("signup_date", Date, dateCell(d.users.signupDate[r])),
    SL_CATEGORY("country", users, country),
    SL_VALUE("age", Integer, int16Cell(d.users.age[r])),
    SL_CATEGORY("gender", users, gender),
    SL_CATEGORY("plan", users, plan),
    SL_VALUE("monthly_fee", Decimal, milliCell(d.users.monthlyFeeMilli[r])),
    SL_CATEGORY("preferred_genre", users, preferredGenre),
    SL_VALUE("churned", Boolean, boolCell(d.users.churned[r])),
    SL_VALUE("churn_date", Date, dateCell(d.users.churnDate[r])),
};

const ColumnSpec kContentColumns[] = {
    SL_ID("content_id", Id, content, contentId, r),
    ColumnSpec{"title", ColumnType::Text,
               [](const Dataset& d, size_t r, IdBuffer&) {
                   return CellValue::ofText(d.content.title.value(r));
               },
               nullptr, nullptr, nullptr, nullptr,
               [](const Dataset& d) -> const StringColumn& { return d.content.title; }},
    SL_CATEGORY("content_type", content, contentType),
    SL_CATEGORY("genre", content, genre),
    SL_VALUE("release_year", Integer, int16Cell(d.content.releaseYear[r])),
    SL_VALUE("duration_s", Integer, int32Cell(d.content.durationS[r])),
    SL_CATEGORY("maturity_rating", content, maturityRating),
    SL_VALUE("avg_rating", Decimal, milliCell(d.content.avgRatingMilli[r])),
    SL_CATEGORY("language", content, language),
    SL_VALUE("is_original", Boolean, boolCell(d.content.isOriginal[r])),
};

const ColumnSpec kEventColumns[] = {
    SL_ID("event_id", Id, events, eventId, r),
    SL_ID("session_id", Reference, sessions, sessionId, d.events.sessionIndex[r]),
    SL_VALUE("ts", Timestamp, timestampCell(d.events.ts[r])),
    SL_CATEGORY("event_type", events, eventType),
    SL_VALUE("duration_ms", Integer, int32Cell(d.events.durationMs[r])),
    SL_VALUE("bitrate_kbps", Integer, int32Cell(d.events.bitrateKbps[r])),
    SL_CATEGORY("error_code", events, errorCode),
    SL_VALUE("fatal", Boolean, boolCell(d.events.fatal[r])),
    SL_CATEGORY("cdn_pop", events, cdnPop),
};

} // namespace

#undef SL_VALUE
#undef SL_CATEGORY
#undef SL_ID

std::span<const ColumnSpec> columnsOf(TableKind table)
{
    switch (table) {
    case TableKind::Sessions:
        return kSessionColumns;
    case TableKind::Users:
        return kUserColumns;
    case TableKind::Content:
        return kContentColumns;
    case TableKind::Events:
        return kEventColumns;
    }
    return {};
}

int columnIndex(TableKind table, std::string_view name)
{
    const auto columns = columnsOf(table);
    for (size_t i = 0; i < columns.size(); ++i)
        if (name == columns[i].name)
            return static_cast<int>(i);
    return -1;
}

size_t tableRows(const Dataset& data, TableKind table)
{
    switch (table) {
    case TableKind::Sessions:
        return data.sessions.size();
    case TableKind::Users:
        return data.users.size();
    case TableKind::Content:
        return data.content.size();
    case TableKind::Events:
        return data.events.size();
    }
    return 0;
}

} // namespace streamlens::table
