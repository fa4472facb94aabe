// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

class SqliteConnection;
class ProgressTracker;

// Row counts of users, content, sessions, performance_events, in that order.
using RowCounts = std::array<int64_t, 4>;

// Reads the columnar snapshot (SnapshotFormat.h) straight into a Dataset's vectors with
// sqlite3_blob_read: one copy from the file into the final array, checksums verified as
// each chunk arrives. Throws StoreError naming what is missing or damaged; the caller
// then falls back to the relational tables. Runs inside the caller's read transaction.
class SnapshotReader {
public:
    explicit SnapshotReader(SqliteConnection& db)
        : m_db(db)
    {
    }

    // rows: the counts the snapshot was written for (meta.snapshot_rows_<table>).
    void read(Dataset& dataset, const RowCounts& rows, ProgressTracker& progress);

    // Reads one array into a byte buffer of any element type; expectedBytes < 0 means any
    // length. Public for the column loaders in the .cpp file.
    template <typename T>
    void readArray(const std::string& table, const std::string& column, int64_t expectedBytes,
                   std::vector<T>& out);

private:
    struct Chunk {
        int64_t id;
        int64_t bytes;
        uint64_t checksum;
    };
    using Key = std::tuple<std::string, std::string>;

    void readInto(const std::vector<Chunk>& chunks, char* dest);
    const std::vector<Chunk>& chunksOf(const std::string& table, const std::string& column);

    SqliteConnection& m_db;
    ProgressTracker* m_progress = nullptr;
    std::map<Key, std::vector<Chunk>> m_index;
    void* m_blob = nullptr; // sqlite3_blob*, reopened from chunk to chunk
};

} // namespace streamlens::store
