// SPDX-License-Identifier: MIT
#include "store/RelationalReader.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "data/IdLookup.h"
#include "store/DateText.h"
#include "store/ProgressTracker.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"
#include "store/StoreSchema.h"

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <span>
#include <unordered_map>

namespace streamlens::store {

namespace {

constexpr size_t kProgressRows = 4096;

std::string selectSql(std::string_view table, std::span<const std::string_view> columns)
{
    std::string s = "SELECT ";
    for (size_t i = 0; i < columns.size(); ++i)
        s += (i ? ", " : "") + std::string(columns[i]);
    return s + " FROM " + std::string(table) + " ORDER BY rowid";
}

// Typed access to the current row, with errors that name table, column and row id.
class Row {
public:
    Row(SqliteStatement& st, const char* table, std::span<const std::string_view> columns)
        : m_stmt(st.handle())
        , m_table(table)
        , m_columns(columns)
    {
    }

    std::string_view text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col)))
                 : std::string_view();
    }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

    std::string_view id() const
    {
        if (isNull(0))
            fail(0, "the id is NULL");
        return text(0);
    }

    [[noreturn]] void fail(int col, const std::string& what) const
    {
        const char* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, 0));
        throw StoreError(std::string(m_table) + "." + std::string(m_columns[col]) + " of " +
                         std::string(m_columns[0]) + " '" + (p ? p : "") + "': " + what);
    }

    // An integer column: NULL gives nullValue; a REAL must be integral; text is an error.
    int64_t integer(int col, int64_t min, int64_t max, int64_t nullValue) const
    {
        switch (sqlite3_column_type(m_stmt, col)) {
        case SQLITE_NULL:
            return nullValue;
        case SQLITE_INTEGER: {
            const int64_t v = sqlite3_column_int64(m_stmt, col);
            if (v < min || v > max || v == nullValue)
                fail(col, std::to_string(v) + " is out of range");
            return v;
        }
        case SQLITE_FLOAT: {
            const double d = sqlite3_column_double(m_stmt, col);
            if (!(d >= double(min) && d <= double(max)) || d != std::floor(d) ||
                int64_t(d) == nullValue)
                fail(col, std::to_string(d) + " is not a whole number in range");
            return static_cast<int64_t>(d);
        }
        default:
            fail(col, "'" + std::string(text(col)) + "' is not a number");
        }
    }
    int32_t int32(int col) const
    {
        return static_cast<int32_t>(integer(col, INT32_MIN, INT32_MAX, kNullInt32));
    }
    int16_t int16(int col) const
    {
        return static_cast<int16_t>(integer(col, INT16_MIN, INT16_MAX, kNullInt16));
    }
    int64_t int64(int col) const { return integer(col, INT64_MIN, INT64_MAX, kNullInt64); }

    // A decimal in the contract's unit, held as thousandths.
    int32_t milli(int col) const
    {
        const int type = sqlite3_column_type(m_stmt, col);
        if (type == SQLITE_NULL)
            return kNullInt32;
        if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
            fail(col, "'" + std::string(text(col)) + "' is not a number");
        const double v = std::round(sqlite3_column_double(m_stmt, col) * double(kMilli));
        if (!(v > double(INT32_MIN) && v <= double(INT32_MAX)))
            fail(col, std::string(text(col)) + " is out of range");
        return static_cast<int32_t>(v);
    }

    // 0/1, NULL as kNullBool.
    uint8_t boolean(int col) const
    {
        const int64_t v = integer(col, 0, 1, -1);
        return v < 0 ? kNullBool : static_cast<uint8_t>(v);
    }

    int32_t date(int col) const
    {
        if (isNull(col))
            return kNullInt32;
        int32_t days = 0;
        if (!parseDate(text(col), days))
            fail(col, "'" + std::string(text(col)) + "' is not a date (YYYY-MM-DD)");
        return days;
    }

    template <typename Code> void category(int col, CategoricalColumn<Code>& c) const
    {
        if (isNull(col)) {
            c.appendNull();
            return;
        }
        if (!c.append(text(col)))
            fail(col, c.dictionary.isClosed()
                          ? "'" + std::string(text(col)) + "' is not an allowed value"
                          : "too many distinct values");
    }

    int32_t reference(int col, const IdLookup& lookup, const char* target) const
    {
        if (isNull(col))
            fail(col, "the reference is NULL");
        const int32_t row = lookup.find(text(col));
        if (row == IdLookup::npos)
            fail(col, "'" + std::string(text(col)) + "' is not in " + target);
        return row;
    }

private:
    sqlite3_stmt* m_stmt;
    const char* m_table;
    std::span<const std::string_view> m_columns;
};

void checkUnique(const IdColumn& ids, const char* table)
{
    std::vector<size_t> duplicates;
    IdLookup lookup(ids, &duplicates);
    if (!duplicates.empty())
        throw StoreError(std::string(table) + ": duplicate id '" + ids.value(duplicates[0]) + "'");
}

} // namespace

void RelationalReader::read(Dataset& d)
{
    double total = 0;
    const size_t widths[] = {schema::kUserColumns.size(), schema::kContentColumns.size(),
                             schema::kSessionColumns.size(), schema::kEventColumns.size()};
    for (size_t t = 0; t < 4; ++t)
        total += double(widths[t]) *
                 double(m_db.queryInt("SELECT count(*) FROM " + std::string(schema::kTables[t]))
                            .value_or(0));
    m_progress.setTotal(total);
    readUsers(d);
    readContent(d);
    readSessions(d);
    readEvents(d);
    readExtras(d);
    d.source = schema::metaValue(m_db, "source");
    m_progress.finish();
}

void RelationalReader::readUsers(Dataset& d)
{
    UserTable& t = d.users;
    SqliteStatement s = m_db.prepare(selectSql("users", schema::kUserColumns));
    Row row(s, "users", schema::kUserColumns);
    size_t n = 0;
    while (s.step()) {
        t.userId.append(row.id());
        t.signupDate.push_back(row.date(1));
        row.category(2, t.country);
        t.age.push_back(row.int16(3));
        row.category(4, t.gender);
        row.category(5, t.plan);
        t.monthlyFeeMilli.push_back(row.milli(6));
        row.category(7, t.preferredGenre);
        t.churned.push_back(row.boolean(8));
        t.churnDate.push_back(row.date(9));
        if (++n % kProgressRows == 0)
            m_progress.advance(double(kProgressRows * schema::kUserColumns.size()));
    }
    checkUnique(t.userId, "users");
}

void RelationalReader::readContent(Dataset& d)
{
    ContentTable& t = d.content;
    SqliteStatement s = m_db.prepare(selectSql("content", schema::kContentColumns));
    Row row(s, "content", schema::kContentColumns);
    size_t n = 0;
    while (s.step()) {
        t.contentId.append(row.id());
        t.title.append(row.text(1));
        row.category(2, t.contentType);
        row.category(3, t.genre);
        t.releaseYear.push_back(row.int16(4));
        t.durationS.push_back(row.int32(5));
        row.category(6, t.maturityRating);
        t.avgRatingMilli.push_back(row.milli(7));
        row.category(8, t.language);
        t.isOriginal.push_back(row.boolean(9));
        if (++n % kProgressRows == 0)
            m_progress.advance(double(kProgressRows * schema::kContentColumns.size()));
    }
    checkUnique(t.contentId, "content");
}

void RelationalReader::readSessions(Dataset& d)
{
    SessionTable& t = d.sessions;
    const IdLookup users(d.users.userId), content(d.content.contentId);
    SqliteStatement s = m_db.prepare(selectSql("sessions", schema::kSessionColumns));
    Row row(s, "sessions", schema::kSessionColumns);
    size_t n = 0;
    while (s.step()) {
        t.sessionId.append(row.id());
        t.userIndex.push_back(row.reference(1, users, "users"));
        t.contentIndex.push_back(row.reference(2, content, "content"));
        t.startTs.push_back(row.int64(3));
        row.category(4, t.deviceType);
        row.category(5, t.os);
        row.category(6, t.playerVersion);
        row.category(7, t.connectionType);
        row.category(8, t.cdn);
        row.category(9, t.isp);
        row.category(10, t.country);
        row.category(11, t.streamType);
        t.startupTimeMs.push_back(row.int32(12));
        t.playingTimeMs.push_back(row.milli(13));
        t.rebufferCount.push_back(row.int32(14));
        t.rebufferTimeMs.push_back(row.int32(15));
        t.avgBitrateMilliKbps.push_back(row.milli(16));
        t.bitrateSwitches.push_back(row.int32(17));
        uint8_t res = contract::kNullResolution;
        if (!row.isNull(18)) {
            const int64_t lines = row.integer(18, 0, 100000, -1);
            res = contract::resolutionCode(static_cast<int>(lines));
            if (res == contract::kNullResolution)
                row.fail(18, std::to_string(lines) + " is not a contract resolution");
        }
        t.resolutionCode.push_back(res);
        // Flags are not nullable in memory: a NULL flag reads as false.
        uint8_t flags = 0;
        if (row.boolean(19) == 1)
            flags |= contract::StartFailure;
        if (row.boolean(20) == 1)
            flags |= contract::ExitBeforeStart;
        if (row.boolean(21) == 1)
            flags |= contract::PlaybackFailure;
        row.category(22, t.errorCode);
        if (row.boolean(23) == 1)
            flags |= contract::Completed;
        t.flags.push_back(flags);
        if (++n % kProgressRows == 0)
            m_progress.advance(double(kProgressRows * schema::kSessionColumns.size()));
    }
    checkUnique(t.sessionId, "sessions");
}

void RelationalReader::readEvents(Dataset& d)
{
    EventTable& t = d.events;
    const IdLookup sessions(d.sessions.sessionId);
    SqliteStatement s = m_db.prepare(selectSql("performance_events", schema::kEventColumns));
    Row row(s, "performance_events", schema::kEventColumns);
    size_t n = 0;
    while (s.step()) {
        t.eventId.append(row.id());
        t.sessionIndex.push_back(row.reference(1, sessions, "sessions"));
        t.ts.push_back(row.int64(2));
        row.category(3, t.eventType);
        t.durationMs.push_back(row.int32(4));
        t.bitrateKbps.push_back(row.int32(5));
        row.category(6, t.errorCode);
        t.fatal.push_back(row.boolean(7));
        row.category(8, t.cdnPop);
        if (++n % kProgressRows == 0)
            m_progress.advance(double(kProgressRows * schema::kEventColumns.size()));
    }
    checkUnique(t.eventId, "performance_events");
}

void RelationalReader::readExtras(Dataset& d)
{
    const IdColumn* ids[] = {&d.users.userId, &d.content.contentId, &d.sessions.sessionId,
                             &d.events.eventId};
    std::unordered_map<std::string, IdLookup> lookups;
    SqliteStatement columns =
        m_db.prepare("SELECT table_name, column_name FROM extra_columns ORDER BY position");
    SqliteStatement values = m_db.prepare(
        "SELECT row_id, value FROM extra_values WHERE table_name = ?1 AND column_name = ?2");
    while (columns.step()) {
        ExtraColumn e;
        e.table = columns.columnString(0);
        e.name = columns.columnString(1);
        int code = -1;
        for (size_t t = 0; t < 4; ++t)
            if (e.table == schema::kTables[t])
                code = static_cast<int>(t);
        if (code < 0)
            throw StoreError("extra_columns: column '" + e.name + "' of unknown table '" + e.table +
                             "'");
        const IdColumn& idColumn = *ids[code];
        auto it = lookups.find(e.table);
        if (it == lookups.end())
            it = lookups.emplace(e.table, IdLookup(idColumn)).first;
        std::vector<std::string> texts(idColumn.size());
        values.bindText(1, e.table);
        values.bindText(2, e.name);
        while (values.step()) {
            // Values of rows deleted since (e.g. in the sqlite3 shell) have no row to
            // attach to; they are left out.
            const int32_t r = it->second.find(values.columnText(0));
            if (r != IdLookup::npos)
                texts[static_cast<size_t>(r)] = values.columnString(1);
        }
        values.reset();
        for (const auto& v : texts)
            e.values.append(v);
        d.extraColumns.push_back(std::move(e));
    }
}

} // namespace streamlens::store
