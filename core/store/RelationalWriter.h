// SPDX-License-Identifier: MIT
#pragma once

#include "data/IdLookup.h"

#include <array>
#include <cstdint>

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

class SqliteConnection;
class ProgressTracker;

// Writes a Dataset into the relational tables inside the caller's transaction with one
// prepared upsert per table (INSERT ... ON CONFLICT (id) DO UPDATE ... WHERE something
// differs): rows that are already there unchanged are not rewritten at all, so saving
// the same data twice changes nothing and duplicates nothing.
class RelationalWriter {
public:
    // lookups: the id index of users, content, sessions and events of dataset, built (and
    // checked for duplicates) by the caller.
    RelationalWriter(SqliteConnection& db, const Dataset& dataset,
                     const std::array<IdLookup, 4>& lookups, ProgressTracker& progress);

    // Upserts every row. With deleteOthers, rows whose id is not in the Dataset are then
    // deleted, so the tables hold exactly the Dataset. Returns whether they do (always
    // true with deleteOthers; false when a merge left rows from earlier saves).
    bool write(bool deleteOthers);

    // Units of progress write() reports, for weighting it against other phases.
    static double totalWork(const Dataset& dataset);

private:
    void writeUsers();
    void writeContent();
    void writeSessions();
    void writeEvents();
    bool writeExtras(bool deleteOthers);
    // After the upsert of a table that was not empty before: true when it holds exactly
    // `rows` rows, after deleting the rows unknown to the Dataset when deleteOthers is set.
    bool settle(int tableCode, size_t rows, bool deleteOthers);
    bool isEmpty(const char* table);

    SqliteConnection& m_db;
    const Dataset& m_data;
    const std::array<IdLookup, 4>& m_lookups;
    ProgressTracker& m_progress;
    // Tables empty before the save get a plain INSERT: with no row to conflict with (and
    // ids checked unique by the caller) it is the same as the upsert, only faster.
    std::array<bool, 4> m_wasEmpty{};
};

} // namespace streamlens::store
