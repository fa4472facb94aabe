// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace streamlens::stats {

// Mid-ranks (ties get the average of the ranks they span, as R's rank(ties.method =
// "average")) plus the tie-group sizes the rank tests need for their variance corrections.
struct Ranking {
    std::vector<double> ranks;     // 1-based, same order as the input
    std::vector<int64_t> tieSizes; // size of every group of equal values (groups of 1 included)

    // Σ (t³ − t) over tie groups.
    double tieCorrectionSum() const;
    bool hasTies() const;

    static Ranking of(std::span<const double> values);
};

} // namespace streamlens::stats
