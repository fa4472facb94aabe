// SPDX-License-Identifier: MIT
#pragma once

#include "store/SqliteStatement.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;

namespace streamlens::store {

// An open SQLite database handle, closed on destruction. Used from one thread at a time.
class SqliteConnection {
public:
    // ReadOnlyImmutable: for a file in a folder nobody may write to, where SQLite cannot
    // create the WAL index; it then reads without locks, assuming nobody changes the file.
    enum class Mode { ReadOnly, ReadOnlyImmutable, ReadWrite, ReadWriteCreate };

    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(SqliteConnection&& other) noexcept;
    SqliteConnection& operator=(SqliteConnection&& other) noexcept;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // Throws StoreError; the file is not read yet (SQLite opens lazily).
    void open(const std::string& path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    // Runs SQL without parameters (DDL, pragmas, BEGIN/COMMIT). Throws on error.
    void exec(std::string_view sql);
    SqliteStatement prepare(std::string_view sql) { return SqliteStatement(m_db, sql); }
    // First column of the first row as integer / text; nullopt when there is no row or
    // it is NULL.
    std::optional<int64_t> queryInt(std::string_view sql);
    std::optional<std::string> queryText(std::string_view sql);

    std::string lastError() const;
    int lastErrorCode() const;

private:
    sqlite3* m_db = nullptr;
};

} // namespace streamlens::store
