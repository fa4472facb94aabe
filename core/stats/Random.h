// SPDX-License-Identifier: MIT
#pragma once

#include "util/Xoshiro256.h"

#include <cstdint>
#include <vector>

namespace streamlens::stats {

// The statistics' draws on the shared xoshiro256** engine. Every seeded procedure
// (bootstrap, k-means++, train/test split, simulations) uses it, so the same seed gives the
// same numbers on every platform and compiler.
class Random : public util::Xoshiro256 {
public:
    explicit Random(uint64_t seed = 0x5EEDu)
        : Xoshiro256(seed)
    {
    }

    // Uniform integer in [0, bound), without modulo bias (Lemire's method); bound > 0.
    uint64_t below(uint64_t bound);
    // A random permutation of 0..n-1 (Fisher–Yates).
    std::vector<int64_t> permutation(int64_t n);

    static uint64_t splitmix64(uint64_t& state) { return util::splitMix64(state); }
};

} // namespace streamlens::stats
