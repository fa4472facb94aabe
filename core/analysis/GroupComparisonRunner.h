// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/GroupComparison.h"
#include "stats/Expected.h"

#include <cstdint>
#include <span>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// Per-group moments: enough for Welch's test of a group against the union of the others.
struct GroupMoments {
    int64_t n = 0;
    double mean = 0;
    double m2 = 0; // Σ (x − mean)²
};

class GroupComparisonRunner {
public:
    static std::string check(const GroupComparisonRequest& request);
    static stats::Expected<GroupComparison> run(const Dataset& dataset,
                                                const query::Selection& selection,
                                                const GroupComparisonRequest& request);

    // Welch's t test of group g against all other groups together, from the groups' moments
    // (no copy of "the rest"; O(k) for all k groups). Same result as stats::WelchTTest on
    // the pooled values up to rounding.
    static stats::Expected<stats::TestResult> welchAgainstRest(std::span<const GroupMoments> groups,
                                                               size_t g, double level);
    static GroupMoments moments(std::span<const double> values);
};

} // namespace streamlens::analysis
