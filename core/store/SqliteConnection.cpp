// SPDX-License-Identifier: MIT
#include "store/SqliteConnection.h"

#include "store/StoreError.h"

#include <sqlite3.h>

#include <cctype>
#include <utility>

namespace streamlens::store {

SqliteConnection::~SqliteConnection()
{
    close();
}

SqliteConnection::SqliteConnection(SqliteConnection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{
}

SqliteConnection& SqliteConnection::operator=(SqliteConnection&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

namespace {
// "file:" URI of a path: everything but unreserved characters and '/' percent-encoded.
std::string fileUri(const std::string& path)
{
    static const char* kHex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 15];
        }
    }
    return uri;
}
} // namespace

void SqliteConnection::open(const std::string& path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    std::string name = path;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = fileUri(path) + "?immutable=1";
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        sqlite3_close_v2(db);
        throw StoreError("cannot open '" + path + "': " + message);
    }
    m_db = db;
    sqlite3_extended_result_codes(m_db, 1);
}

void SqliteConnection::close()
{
    if (m_db) {
        // close_v2 defers the close until any statement still alive is finalized.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteConnection::exec(std::string_view sql)
{
    std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
            what = "the store is locked by another program (" + what + ")";
        throw StoreError("SQLite error: " + what);
    }
}

std::optional<int64_t> SqliteConnection::queryInt(std::string_view sql)
{
    SqliteStatement s = prepare(sql);
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return s.columnInt(0);
}

std::optional<std::string> SqliteConnection::queryText(std::string_view sql)
{
    SqliteStatement s = prepare(sql);
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return s.columnString(0);
}

std::string SqliteConnection::lastError() const
{
    return m_db ? sqlite3_errmsg(m_db) : std::string("not open");
}

int SqliteConnection::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

} // namespace streamlens::store
