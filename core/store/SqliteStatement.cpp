// SPDX-License-Identifier: MIT
#include "store/SqliteStatement.h"

#include "store/StoreError.h"

#include <sqlite3.h>

#include <utility>

namespace streamlens::store {

SqliteStatement::SqliteStatement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = sqlite3_errmsg(db);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreError("SQLite could not prepare a statement: " + message);
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void SqliteStatement::fail(int rc) const
{
    std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        message = "the store is locked by another program (" + message + ")";
    else if (rc == SQLITE_FULL)
        message = "the disk is full (" + message + ")";
    else if (rc == SQLITE_READONLY)
        message = "the store is read-only (" + message + ")";
    throw StoreError("SQLite error: " + message);
}

void SqliteStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindInt(int index, int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindDouble(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindText(int index, std::string_view text)
{
    // A non-null pointer even for "" so SQLite stores an empty string, not NULL.
    const char* p = text.empty() ? "" : text.data();
    if (const int rc =
            sqlite3_bind_text64(m_stmt, index, p, text.size(), SQLITE_STATIC, SQLITE_UTF8);
        rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindOptionalText(int index, std::optional<std::string_view> text)
{
    if (text)
        bindText(index, *text);
    else
        bindNull(index);
}

void SqliteStatement::bindBlob(int index, const void* data, size_t bytes)
{
    static const char empty = 0;
    if (const int rc =
            sqlite3_bind_blob64(m_stmt, index, bytes ? data : &empty, bytes, SQLITE_STATIC);
        rc != SQLITE_OK)
        fail(rc);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void SqliteStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int64_t SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view SqliteStatement::columnText(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return {p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

} // namespace streamlens::store
