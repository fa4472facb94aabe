// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

class SqliteConnection;
class ProgressTracker;

// Reads the relational tables into a Dataset, row by row in rowid order (the order they
// were saved in). This is the slow, always-correct path, used when the columnar snapshot
// is missing or does not match the tables (e.g. after edits with the sqlite3 shell), so
// it validates everything such an edit could break: value types, enum values, dates,
// number ranges, duplicate ids and references to missing rows. Throws StoreError with
// the table, column and id of the first problem. Runs inside the caller's transaction.
class RelationalReader {
public:
    RelationalReader(SqliteConnection& db, ProgressTracker& progress)
        : m_db(db)
        , m_progress(progress)
    {
    }

    void read(Dataset& dataset);

private:
    void readUsers(Dataset& d);
    void readContent(Dataset& d);
    void readSessions(Dataset& d);
    void readEvents(Dataset& d);
    void readExtras(Dataset& d);

    SqliteConnection& m_db;
    ProgressTracker& m_progress;
};

} // namespace streamlens::store
