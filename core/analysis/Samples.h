// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/AnalysisFrame.h"
#include "stats/Expected.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::analysis {

struct SampleGroup {
    std::string label;
    std::vector<double> values; // nulls removed
};

// Values of one variable split by the groups of a dimension, nulls removed and counted.
struct GroupedSamples {
    std::string metric;
    std::string by; // empty: one group holding every unit
    std::vector<SampleGroup> groups;
    int64_t units = 0;       // units of the frame
    int64_t nullMetric = 0;  // units dropped because the variable is null for them
    int64_t nullGroup = 0;   // units dropped because their group is null
    int64_t otherGroups = 0; // units in groups that were not asked for
};

// Two variables on the same units, for correlations: units where either is null are dropped.
struct PairedSamples {
    std::string x, y;
    std::vector<double> xs, ys;
    int64_t units = 0;
    int64_t dropped = 0;
};

class Samples {
public:
    // groups: the labels to keep, in that order (values are canonicalised as filters are, so
    // churned=1 finds "true"); empty keeps every non-empty group in display order. The frame
    // must hold metric (and by when given).
    static stats::Expected<GroupedSamples> grouped(const AnalysisFrame& frame,
                                                   std::string_view metric, std::string_view by,
                                                   const std::vector<std::string>& groups);
    static stats::Expected<PairedSamples> paired(const AnalysisFrame& frame, std::string_view x,
                                                 std::string_view y);
};

} // namespace streamlens::analysis
