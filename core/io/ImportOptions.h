// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>

namespace streamlens::io {

struct ImportOptions {
    // Share of rejected rows (over all data rows of all files) above which nothing is loaded.
    double maxRejectRate = 0.01;
    char delimiter = ',';
    char quote = '"';
    int threads = 0; // 0 = one per hardware thread
    // Called with the fraction done (0..1) from the importing thread; returning false cancels.
    std::function<bool(double)> progress;

    // Tuning, mostly for tests: bytes read per block, the smallest block worth splitting
    // across threads, and how many rejects are listed (all are counted).
    size_t blockSize = size_t(32) << 20;
    size_t parallelMinBytes = size_t(1) << 20;
    size_t maxListedRejects = 1'000'000;
};

} // namespace streamlens::io
