// SPDX-License-Identifier: MIT
#pragma once

#include "data/StringColumn.h"
#include "store/SqliteConnection.h"

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

class ProgressTracker;

// Row counts of users, content, sessions, performance_events, in that order.
using RowCounts = std::array<int64_t, 4>;

// Reads the columnar snapshot (SnapshotFormat.h) straight into a Dataset's vectors with
// sqlite3_blob_read: one copy from the file into the final array, checksums verified as
// each chunk arrives. The chunks are shared out between this thread and, for big
// snapshots, a second thread with its own connection, which also checks that the
// relational tables still hold the row counts the snapshot was written for.
// Throws StoreError naming what is missing, damaged or out of date; the caller then
// falls back to the relational tables. Runs inside the caller's read transaction.
class SnapshotReader {
public:
    // path/mode: how to open the second connection (the same file, read-only).
    SnapshotReader(SqliteConnection& db, std::string path, SqliteConnection::Mode mode)
        : m_db(db)
        , m_path(std::move(path))
        , m_mode(mode)
    {
    }

    // 0: a helper thread for snapshots over 64 MB on machines with several cores;
    // 1: this thread alone; 2: always a helper (tests use it to cover that path).
    void setThreads(int threads) { m_threads = threads; }

    // rows: the counts the snapshot was written for (meta.snapshot_rows_<table>).
    void read(Dataset& dataset, const RowCounts& rows, ProgressTracker& progress);

    // Column loaders (in the .cpp) call these while the arrays are planned: schedule()
    // sizes `out` and queues its chunks for the parallel read; readNow() reads a small
    // array at once; atEnd() runs after all chunks arrived (e.g. to adopt text arenas).
    // expectedBytes < 0 means any length.
    template <typename T>
    void schedule(const std::string& table, const std::string& column, int64_t expectedBytes,
                  std::vector<T>& out);
    std::vector<char> readNow(const std::string& table, const std::string& column);
    void atEnd(std::function<void()> fn) { m_atEnd.push_back(std::move(fn)); }
    // Storage for arrays that are adopted at the end; the addresses stay stable.
    std::vector<char>& scratchChars() { return m_scratchChars.emplace_back(); }
    std::vector<uint64_t>& scratchEnds() { return m_scratchEnds.emplace_back(); }
    std::vector<uint32_t>& scratchNumbers() { return m_scratchNumbers.emplace_back(); }
    StringColumn& scratchText() { return m_scratchText.emplace_back(); }

private:
    struct Chunk {
        int64_t id;
        int64_t bytes;
        uint64_t checksum;
    };
    struct Job {
        Chunk chunk;
        char* dest;
    };
    using Key = std::tuple<std::string, std::string>;

    const std::vector<Chunk>& chunksOf(const std::string& table, const std::string& column,
                                       int64_t& total);
    void checkCounts(SqliteConnection& db, const RowCounts& rows);

    SqliteConnection& m_db;
    std::string m_path;
    SqliteConnection::Mode m_mode;
    int m_threads = 0;
    std::map<Key, std::vector<Chunk>> m_index;
    std::vector<Job> m_jobs;
    std::vector<std::function<void()>> m_atEnd;
    std::deque<std::vector<char>> m_scratchChars;
    std::deque<std::vector<uint64_t>> m_scratchEnds;
    std::deque<std::vector<uint32_t>> m_scratchNumbers;
    std::deque<StringColumn> m_scratchText;
};

} // namespace streamlens::store
