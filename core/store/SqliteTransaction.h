// SPDX-License-Identifier: MIT
#pragma once

#include "store/SqliteConnection.h"

namespace streamlens::store {

// Rolls back unless commit() was reached: an exception or a cancel anywhere in between
// leaves the store exactly as it was.
class SqliteTransaction {
public:
    enum class Kind { Read, Write };

    SqliteTransaction(SqliteConnection& db, Kind kind)
        : m_db(db)
    {
        // IMMEDIATE takes the write lock up front, so a busy store fails before any work.
        m_db.exec(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN");
        m_active = true;
    }
    ~SqliteTransaction() { rollback(); }
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    bool active() const { return m_active; }
    void commit()
    {
        m_db.exec("COMMIT");
        m_active = false;
    }
    void rollback() noexcept
    {
        if (!m_active)
            return;
        m_active = false;
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // SQLite already rolled back on some errors (e.g. disk full); nothing to undo.
        }
    }

private:
    SqliteConnection& m_db;
    bool m_active = false;
};

} // namespace streamlens::store
