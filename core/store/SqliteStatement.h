// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace streamlens::store {

// One prepared statement, finalized on destruction. Values only ever reach SQL through
// the bind functions (1-based parameter index), never through the SQL text.
class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    sqlite3_stmt* handle() const { return m_stmt; }

    void bindNull(int index);
    void bindInt(int index, int64_t value);
    void bindDouble(int index, double value);
    // The text must stay alive until the statement is stepped and reset (no copy is made).
    void bindText(int index, std::string_view text);
    void bindOptionalText(int index, std::optional<std::string_view> text);
    // The bytes must stay alive until the statement is stepped and reset.
    void bindBlob(int index, const void* data, size_t bytes);

    // Runs one step: true while a row is available, false when done. Throws on error.
    bool step();
    // Steps a statement that returns no rows, then resets it for the next use.
    void run();
    void reset();

    bool isNull(int column) const;
    int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string_view columnText(int column) const;
    std::string columnString(int column) const { return std::string(columnText(column)); }

private:
    [[noreturn]] void fail(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace streamlens::store
