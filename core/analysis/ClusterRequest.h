// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::analysis {

// Viewer (or session) segments by k-means on standardised features. Numeric and 0/1
// features enter as they are; a categorical feature enters as one 0/1 column per level
// ("plan=premium"), so segments can differ in plan mix.
struct ClusterRequest {
    Level level = Level::User;
    std::vector<std::string> features;
    int k = 4;
    uint64_t seed = 1;
    int restarts = 10;
    bool scan = false; // also WCSS and silhouette for k − 2 … k + 2
    int threads = 0;

    static constexpr int kMaxK = 50;
};

} // namespace streamlens::analysis
