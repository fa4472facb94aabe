// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace streamlens::query {

// Knobs shared by select() and the KPI engine. The defaults are what the CLI and GUI want;
// tests lower the thresholds to exercise the multi-thread and sparse paths on small data.
struct QueryOptions {
    // Checked between blocks of rows; when it becomes true the query stops and returns a
    // result marked cancelled.
    const std::atomic<bool>* cancel = nullptr;
    int threads = 0; // 0 = all cores
    // Below this many rows per thread, fewer threads are used (thread start-up costs more).
    size_t minRowsPerThread = size_t(1) << 16;
    // Group counts up to this use one exact startup-time histogram per group; above it,
    // medians come from per-group sorted values (the sparse path, for titles and ids).
    uint32_t maxDenseGroups = 256;
    // Per-thread byte budget for the per-group "distinct users" bitsets of churn; above it,
    // distinct users are counted by sorting (group, user) pairs.
    size_t maxUserBitsetBytes = size_t(64) << 20;
};

} // namespace streamlens::query
