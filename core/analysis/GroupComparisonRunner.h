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

// Sums over all groups, taken once, so each group's "rest" is the total minus the group:
// comparing k groups costs O(k), not O(k²) (titles or ISPs have thousands of groups).
struct PooledMoments {
    long double n = 0;
    long double centre = 0; // grand mean
    long double sumDev = 0; // Σ n_h (mean_h − centre)
    long double m2 = 0;     // Σ M2_h + n_h (mean_h − centre)²

    static PooledMoments of(std::span<const GroupMoments> groups);
};

class GroupComparisonRunner {
public:
    static std::string check(const GroupComparisonRequest& request);
    static stats::Expected<GroupComparison> run(const Dataset& dataset,
                                                const query::Selection& selection,
                                                const GroupComparisonRequest& request);

    // Welch's t test of group g against all other groups together, from the groups' moments
    // (no copy of "the rest"). Same result as stats::WelchTTest on the pooled values up to
    // rounding.
    static stats::Expected<stats::TestResult> welchAgainstRest(std::span<const GroupMoments> groups,
                                                               size_t g, double level);
    static stats::Expected<stats::TestResult>
    welchAgainstRest(const GroupMoments& group, const PooledMoments& all, double level);
    static GroupMoments moments(std::span<const double> values);
};

} // namespace streamlens::analysis
