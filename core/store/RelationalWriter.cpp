// SPDX-License-Identifier: MIT
#include "store/RelationalWriter.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "store/DateText.h"
#include "store/ProgressTracker.h"
#include "store/SqliteConnection.h"
#include "store/StoreError.h"
#include "store/StoreSchema.h"

#include <sqlite3.h>

#include <span>
#include <string_view>

namespace streamlens::store {

namespace {

using schema::kContentColumns;
using schema::kEventColumns;
using schema::kIdColumns;
using schema::kSessionColumns;
using schema::kTables;
using schema::kUserColumns;
// Estimated cost of binding and stepping one column of one row, in progress units.
constexpr double kUnitsPerCell = 1.0;
constexpr size_t kProgressRows = 4096;

// The upsert of one table. Only the schema's own identifiers go into this text; every
// value is a ?N parameter. The WHERE makes an unchanged row a no-op (nothing written).
std::string upsertSql(std::string_view table, std::span<const std::string_view> columns,
                      bool plainInsert)
{
    std::string names, params, set, differs;
    for (size_t i = 0; i < columns.size(); ++i) {
        const std::string c(columns[i]);
        names += (i ? ", " : "") + c;
        params += (i ? ", ?" : "?") + std::to_string(i + 1);
        if (i == 0)
            continue;
        set += (i > 1 ? ", " : "") + c + " = excluded." + c;
        differs += (i > 1 ? " OR " : "") + c + " IS NOT excluded." + c;
    }
    const std::string insert =
        "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + params + ")";
    if (plainInsert)
        return insert;
    return insert + " ON CONFLICT (" + std::string(columns[0]) + ") DO UPDATE SET " + set +
           " WHERE " + differs;
}

template <typename Code>
void bindCategory(SqliteStatement& s, int i, const CategoricalColumn<Code>& c, size_t row)
{
    s.bindOptionalText(i, c.value(row));
}

void bindInt32(SqliteStatement& s, int i, int32_t v)
{
    if (v == kNullInt32)
        s.bindNull(i);
    else
        s.bindInt(i, v);
}

void bindInt16(SqliteStatement& s, int i, int16_t v)
{
    if (v == kNullInt16)
        s.bindNull(i);
    else
        s.bindInt(i, v);
}

void bindInt64(SqliteStatement& s, int i, int64_t v)
{
    if (v == kNullInt64)
        s.bindNull(i);
    else
        s.bindInt(i, v);
}

// Decimals are stored in the contract's unit; v / 1000.0 rounds back to v exactly.
void bindMilli(SqliteStatement& s, int i, int32_t v)
{
    if (v == kNullInt32)
        s.bindNull(i);
    else
        s.bindDouble(i, static_cast<double>(v) / static_cast<double>(kMilli));
}

void bindBool(SqliteStatement& s, int i, uint8_t v)
{
    if (v == kNullBool)
        s.bindNull(i);
    else
        s.bindInt(i, v != 0);
}

// The text must outlive the step, so it is kept in `holder`.
void bindDate(SqliteStatement& s, int i, int32_t days, std::string& holder)
{
    if (days == kNullInt32) {
        s.bindNull(i);
        return;
    }
    holder = formatDate(days);
    s.bindText(i, holder);
}

struct IdBuffers {
    char a[64];
    char b[64];
    char c[64];
};

// The functions below are called by SQLite through the C API.
void unknownIdFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* lookups = static_cast<const std::array<IdLookup, 4>*>(sqlite3_user_data(ctx));
    const int64_t table = sqlite3_value_int64(argv[0]);
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
    if (table < 0 || table > 3 || !text) {
        sqlite3_result_int(ctx, 1);
        return;
    }
    const std::string_view id(text, static_cast<size_t>(sqlite3_value_bytes(argv[1])));
    sqlite3_result_int(ctx, (*lookups)[static_cast<size_t>(table)].find(id) == IdLookup::npos);
}

struct ExtraContext {
    const Dataset* data;
    const std::array<IdLookup, 4>* lookups;
};

int tableCodeOf(std::string_view table)
{
    for (size_t i = 0; i < kTables.size(); ++i)
        if (table == kTables[i])
            return static_cast<int>(i);
    return -1;
}

// Whether an extra_values row is not (or no longer, or empty) in the Dataset.
void staleExtraFunction(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    const auto* x = static_cast<const ExtraContext*>(sqlite3_user_data(ctx));
    auto text = [&](int i) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_value_bytes(argv[i])))
                 : std::string_view();
    };
    const std::string_view table = text(0), column = text(1), rowId = text(2);
    const int code = tableCodeOf(table);
    int stale = 1;
    if (code >= 0) {
        const int32_t row = (*x->lookups)[static_cast<size_t>(code)].find(rowId);
        if (row != IdLookup::npos)
            for (const auto& e : x->data->extraColumns)
                if (e.table == table && e.name == column && !e.values.value(row).empty())
                    stale = 0;
    }
    sqlite3_result_int(ctx, stale);
}

// Registers a C function on the connection for the lifetime of this object.
class ScopedFunction {
public:
    ScopedFunction(sqlite3* db, const char* name, int args, void* context,
                   void (*fn)(sqlite3_context*, int, sqlite3_value**))
        : m_db(db)
        , m_name(name)
        , m_args(args)
    {
        if (sqlite3_create_function_v2(db, name, args, SQLITE_UTF8 | SQLITE_DETERMINISTIC, context,
                                       fn, nullptr, nullptr, nullptr) != SQLITE_OK)
            throw StoreError(std::string("cannot register ") + name + ": " + sqlite3_errmsg(db));
    }
    ~ScopedFunction()
    {
        sqlite3_create_function_v2(m_db, m_name, m_args, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
    }
    ScopedFunction(const ScopedFunction&) = delete;
    ScopedFunction& operator=(const ScopedFunction&) = delete;

private:
    sqlite3* m_db;
    const char* m_name;
    int m_args;
};

} // namespace

RelationalWriter::RelationalWriter(SqliteConnection& db, const Dataset& dataset,
                                   const std::array<IdLookup, 4>& lookups,
                                   ProgressTracker& progress)
    : m_db(db)
    , m_data(dataset)
    , m_lookups(lookups)
    , m_progress(progress)
{
}

double RelationalWriter::totalWork(const Dataset& d)
{
    size_t extraCells = 0;
    for (const auto& e : d.extraColumns)
        extraCells += e.values.size();
    return kUnitsPerCell *
           static_cast<double>(d.users.size() * kUserColumns.size() +
                               d.content.size() * kContentColumns.size() +
                               d.sessions.size() * kSessionColumns.size() +
                               d.events.size() * kEventColumns.size() + extraCells * 4);
}

bool RelationalWriter::isEmpty(const char* table)
{
    return !m_db.queryInt("SELECT EXISTS (SELECT 1 FROM " + std::string(table) + ")").value_or(0);
}

bool RelationalWriter::write(bool deleteOthers)
{
    for (size_t t = 0; t < 4; ++t)
        m_wasEmpty[t] = isEmpty(kTables[t]);
    // Parents before children, so the foreign keys hold at every step.
    writeUsers();
    writeContent();
    writeSessions();
    writeEvents();
    bool exact = true;
    // Children before parents when deleting, for the same reason.
    for (int t = 3; t >= 0; --t)
        if (!m_wasEmpty[static_cast<size_t>(t)])
            exact &= settle(t, m_lookups[static_cast<size_t>(t)].size(), deleteOthers);
    exact &= writeExtras(deleteOthers);
    return exact;
}

bool RelationalWriter::settle(int tableCode, size_t rows, bool deleteOthers)
{
    const std::string table = kTables[static_cast<size_t>(tableCode)];
    const auto count = [&] {
        return static_cast<size_t>(m_db.queryInt("SELECT count(*) FROM " + table).value_or(0));
    };
    if (count() == rows)
        return true;
    if (!deleteOthers)
        return false;
    ScopedFunction fn(m_db.handle(), "streamlens_unknown_id", 2,
                      const_cast<std::array<IdLookup, 4>*>(&m_lookups), unknownIdFunction);
    SqliteStatement del =
        m_db.prepare("DELETE FROM " + table + " WHERE streamlens_unknown_id(?1, " +
                     kIdColumns[static_cast<size_t>(tableCode)] + ")");
    del.bindInt(1, tableCode);
    del.run();
    m_progress.report();
    if (count() != rows)
        throw StoreError("the " + table + " table does not match the data after saving");
    return true;
}

void RelationalWriter::writeUsers()
{
    const UserTable& t = m_data.users;
    SqliteStatement s = m_db.prepare(upsertSql("users", kUserColumns, m_wasEmpty[0]));
    IdBuffers ids;
    std::string signup, churn;
    for (size_t r = 0; r < t.size(); ++r) {
        s.bindText(1, t.userId.value(r, ids.a));
        bindDate(s, 2, t.signupDate[r], signup);
        bindCategory(s, 3, t.country, r);
        bindInt16(s, 4, t.age[r]);
        bindCategory(s, 5, t.gender, r);
        bindCategory(s, 6, t.plan, r);
        bindMilli(s, 7, t.monthlyFeeMilli[r]);
        bindCategory(s, 8, t.preferredGenre, r);
        bindBool(s, 9, t.churned[r]);
        bindDate(s, 10, t.churnDate[r], churn);
        s.run();
        if ((r + 1) % kProgressRows == 0)
            m_progress.advance(kProgressRows * kUserColumns.size() * kUnitsPerCell);
    }
    m_progress.advance((t.size() % kProgressRows) * kUserColumns.size() * kUnitsPerCell);
}

void RelationalWriter::writeContent()
{
    const ContentTable& t = m_data.content;
    SqliteStatement s = m_db.prepare(upsertSql("content", kContentColumns, m_wasEmpty[1]));
    IdBuffers ids;
    for (size_t r = 0; r < t.size(); ++r) {
        s.bindText(1, t.contentId.value(r, ids.a));
        s.bindText(2, t.title.value(r));
        bindCategory(s, 3, t.contentType, r);
        bindCategory(s, 4, t.genre, r);
        bindInt16(s, 5, t.releaseYear[r]);
        bindInt32(s, 6, t.durationS[r]);
        bindCategory(s, 7, t.maturityRating, r);
        bindMilli(s, 8, t.avgRatingMilli[r]);
        bindCategory(s, 9, t.language, r);
        bindBool(s, 10, t.isOriginal[r]);
        s.run();
        if ((r + 1) % kProgressRows == 0)
            m_progress.advance(kProgressRows * kContentColumns.size() * kUnitsPerCell);
    }
    m_progress.advance((t.size() % kProgressRows) * kContentColumns.size() * kUnitsPerCell);
}

void RelationalWriter::writeSessions()
{
    const SessionTable& t = m_data.sessions;
    SqliteStatement s = m_db.prepare(upsertSql("sessions", kSessionColumns, m_wasEmpty[2]));
    IdBuffers ids;
    for (size_t r = 0; r < t.size(); ++r) {
        s.bindText(1, t.sessionId.value(r, ids.a));
        s.bindText(2, m_data.users.userId.value(static_cast<size_t>(t.userIndex[r]), ids.b));
        s.bindText(3,
                   m_data.content.contentId.value(static_cast<size_t>(t.contentIndex[r]), ids.c));
        bindInt64(s, 4, t.startTs[r]);
        bindCategory(s, 5, t.deviceType, r);
        bindCategory(s, 6, t.os, r);
        bindCategory(s, 7, t.playerVersion, r);
        bindCategory(s, 8, t.connectionType, r);
        bindCategory(s, 9, t.cdn, r);
        bindCategory(s, 10, t.isp, r);
        bindCategory(s, 11, t.country, r);
        bindCategory(s, 12, t.streamType, r);
        bindInt32(s, 13, t.startupTimeMs[r]);
        bindMilli(s, 14, t.playingTimeMs[r]);
        bindInt32(s, 15, t.rebufferCount[r]);
        bindInt32(s, 16, t.rebufferTimeMs[r]);
        bindMilli(s, 17, t.avgBitrateMilliKbps[r]);
        bindInt32(s, 18, t.bitrateSwitches[r]);
        const uint8_t res = t.resolutionCode[r];
        if (res == contract::kNullResolution)
            s.bindNull(19);
        else
            s.bindInt(19, contract::kResolutions[res]);
        const uint8_t f = t.flags[r];
        s.bindInt(20, (f & contract::StartFailure) != 0);
        s.bindInt(21, (f & contract::ExitBeforeStart) != 0);
        s.bindInt(22, (f & contract::PlaybackFailure) != 0);
        bindCategory(s, 23, t.errorCode, r);
        s.bindInt(24, (f & contract::Completed) != 0);
        s.run();
        if ((r + 1) % kProgressRows == 0)
            m_progress.advance(kProgressRows * kSessionColumns.size() * kUnitsPerCell);
    }
    m_progress.advance((t.size() % kProgressRows) * kSessionColumns.size() * kUnitsPerCell);
}

void RelationalWriter::writeEvents()
{
    const EventTable& t = m_data.events;
    SqliteStatement s = m_db.prepare(upsertSql("performance_events", kEventColumns, m_wasEmpty[3]));
    IdBuffers ids;
    for (size_t r = 0; r < t.size(); ++r) {
        s.bindText(1, t.eventId.value(r, ids.a));
        s.bindText(2,
                   m_data.sessions.sessionId.value(static_cast<size_t>(t.sessionIndex[r]), ids.b));
        bindInt64(s, 3, t.ts[r]);
        bindCategory(s, 4, t.eventType, r);
        bindInt32(s, 5, t.durationMs[r]);
        bindInt32(s, 6, t.bitrateKbps[r]);
        bindCategory(s, 7, t.errorCode, r);
        bindBool(s, 8, t.fatal[r]);
        bindCategory(s, 9, t.cdnPop, r);
        s.run();
        if ((r + 1) % kProgressRows == 0)
            m_progress.advance(kProgressRows * kEventColumns.size() * kUnitsPerCell);
    }
    m_progress.advance((t.size() % kProgressRows) * kEventColumns.size() * kUnitsPerCell);
}

bool RelationalWriter::writeExtras(bool deleteOthers)
{
    const auto& extras = m_data.extraColumns;
    // The column list: upsert ours, then drop columns the Dataset no longer has.
    SqliteStatement column = m_db.prepare(
        "INSERT INTO extra_columns (table_name, column_name, position) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (table_name, column_name) DO UPDATE SET position = excluded.position "
        "WHERE position IS NOT excluded.position");
    for (size_t i = 0; i < extras.size(); ++i) {
        column.bindText(1, extras[i].table);
        column.bindText(2, extras[i].name);
        column.bindInt(3, static_cast<int64_t>(i));
        column.run();
    }
    bool exact = true;
    {
        std::vector<std::pair<std::string, std::string>> gone;
        SqliteStatement list = m_db.prepare("SELECT table_name, column_name FROM extra_columns");
        while (list.step()) {
            const std::string_view table = list.columnText(0), name = list.columnText(1);
            bool known = false;
            for (const auto& e : extras)
                known |= e.table == table && e.name == name;
            if (!known)
                gone.emplace_back(table, name);
        }
        if (!gone.empty() && !deleteOthers)
            exact = false;
        if (deleteOthers) {
            SqliteStatement del = m_db.prepare(
                "DELETE FROM extra_columns WHERE table_name = ?1 AND column_name = ?2");
            SqliteStatement delValues =
                m_db.prepare("DELETE FROM extra_values WHERE table_name = ?1 AND column_name = ?2");
            for (const auto& [table, name] : gone) {
                for (auto* st : {&del, &delValues}) {
                    st->bindText(1, table);
                    st->bindText(2, name);
                    st->run();
                }
            }
        }
    }

    SqliteStatement value =
        m_db.prepare("INSERT INTO extra_values (table_name, column_name, row_id, value) "
                     "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (table_name, column_name, row_id) "
                     "DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value");
    size_t written = 0;
    IdBuffers ids;
    for (const auto& e : extras) {
        const int code = tableCodeOf(e.table);
        if (code < 0)
            throw StoreError("extra column '" + e.name + "' of unknown table '" + e.table + "'");
        const IdColumn* idColumn[] = {&m_data.users.userId, &m_data.content.contentId,
                                      &m_data.sessions.sessionId, &m_data.events.eventId};
        for (size_t r = 0; r < e.values.size(); ++r) {
            const std::string_view v = e.values.value(r);
            if (!v.empty()) {
                value.bindText(1, e.table);
                value.bindText(2, e.name);
                value.bindText(3, idColumn[code]->value(r, ids.a));
                value.bindText(4, v);
                value.run();
                ++written;
            }
            if ((r + 1) % kProgressRows == 0)
                m_progress.advance(kProgressRows * 4 * kUnitsPerCell);
        }
        m_progress.advance((e.values.size() % kProgressRows) * 4 * kUnitsPerCell);
    }
    const auto count = [&] {
        return static_cast<size_t>(m_db.queryInt("SELECT count(*) FROM extra_values").value_or(0));
    };
    if (count() == written)
        return exact;
    if (!deleteOthers)
        return false;
    ExtraContext context{&m_data, &m_lookups};
    ScopedFunction fn(m_db.handle(), "streamlens_stale_extra", 3, &context, staleExtraFunction);
    m_db.exec("DELETE FROM extra_values WHERE streamlens_stale_extra(table_name, column_name, "
              "row_id)");
    if (count() != written)
        throw StoreError("the extra_values table does not match the data after saving");
    return exact;
}

} // namespace streamlens::store
