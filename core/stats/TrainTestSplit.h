// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"

#include <cstdint>
#include <span>
#include <vector>

namespace streamlens::stats {

struct Split {
    std::vector<int64_t> train; // row indices, ascending
    std::vector<int64_t> test;  // row indices, ascending
};

// Seeded random partition of rows into training and test sets (own RNG, reproducible
// everywhere). The test set gets round(n · testFraction) rows; the stratified form does this
// per class so both sets keep the class proportions.
class TrainTestSplit {
public:
    static Expected<Split> split(int64_t n, double testFraction, uint64_t seed);
    static Expected<Split> stratified(std::span<const int> classes, double testFraction,
                                      uint64_t seed);
};

} // namespace streamlens::stats
