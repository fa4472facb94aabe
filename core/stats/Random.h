// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace streamlens::stats {

// xoshiro256** seeded through splitmix64. Every seeded procedure (bootstrap, k-means++,
// train/test split, simulations) draws from this generator instead of <random>'s
// distributions, whose output differs between standard libraries: the same seed gives the
// same numbers on every platform and compiler.
class Random {
public:
    explicit Random(uint64_t seed = 0x5EEDu);

    // Raw 64 random bits.
    uint64_t next();
    // Uniform on [0, 1) with 53 random bits.
    double uniform();
    // Uniform integer in [0, bound), without modulo bias (Lemire's method); bound > 0.
    uint64_t below(uint64_t bound);
    // Standard normal by the Marsaglia polar method.
    double normal();
    // A random permutation of 0..n-1 (Fisher–Yates).
    std::vector<int64_t> permutation(int64_t n);

    static uint64_t splitmix64(uint64_t& state);

private:
    uint64_t m_s[4];
    bool m_hasSpare = false;
    double m_spare = 0.0;
};

} // namespace streamlens::stats
