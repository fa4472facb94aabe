// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace streamlens {
struct Dataset;
}

namespace streamlens::store {

class SqliteConnection;
class ProgressTracker;

// Writes the columnar snapshot of a Dataset (layout in SnapshotFormat.h) inside the
// caller's transaction. Chunks whose length and checksum are unchanged are kept as they
// are, so re-saving the same data rewrites nothing; chunks no longer needed are deleted.
// Only engine_snapshot is touched: the caller updates meta.
class SnapshotWriter {
public:
    explicit SnapshotWriter(SqliteConnection& db)
        : m_db(db)
    {
    }

    void write(const Dataset& dataset, ProgressTracker& progress);
    // Bytes write() will go through, for weighting progress.
    static uint64_t totalBytes(const Dataset& dataset);

private:
    SqliteConnection& m_db;
};

} // namespace streamlens::store
