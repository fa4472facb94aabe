// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Samples.h"
#include "analysis/Variable.h"
#include "stats/Expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// What a scatter plot of two variables draws: a seeded uniform sample of the pairs (ten
// million points cannot be drawn usefully) and the least-squares line fitted on all pairs.
struct ScatterSample {
    std::string x, y;
    std::vector<double> xs, ys; // the points drawn, in unit order
    int64_t n = 0;              // pairs with both values (the fit uses all of them)
    int64_t units = 0;
    int64_t dropped = 0;  // units where either value is null
    bool sampled = false; // xs/ys hold fewer than n points
    // y = intercept + slope · x by ordinary least squares on all n pairs; absent when x is
    // constant.
    std::optional<double> intercept, slope;
};

class ScatterSampler {
public:
    static constexpr size_t kDefaultPoints = 5000;

    static stats::Expected<ScatterSample> run(const Dataset& dataset,
                                              const query::Selection& selection, Level level,
                                              const std::string& x, const std::string& y,
                                              size_t maxPoints = kDefaultPoints, uint64_t seed = 1,
                                              int threads = 0);
    // The same from pairs already extracted (consumed).
    static ScatterSample fromPairs(PairedSamples pairs, size_t maxPoints, uint64_t seed);
};

} // namespace streamlens::analysis
