// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/DescribeRequest.h"
#include "analysis/Variable.h"
#include "stats/Expected.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// What a box plot of one group draws: the quartiles (R type 7), Tukey's whiskers (the most
// extreme values within 1.5 IQR of the box) and how many values lie beyond them.
struct BoxSummary {
    std::string label;
    int64_t n = 0;
    double mean = 0;
    double min = 0, q1 = 0, median = 0, q3 = 0, max = 0;
    double lowerWhisker = 0, upperWhisker = 0;
    int64_t outliersBelow = 0, outliersAbove = 0;
    std::optional<double> sd;       // absent for one value
    std::optional<double> skewness; // absent for fewer than 3 values or constant data
};

// The distribution of one variable per group of a dimension under the selection (the box
// plots of the Statistics page, and what the automatic test choice looks at).
struct GroupDistribution {
    VariableInfo metric;
    std::string by;
    std::vector<BoxSummary> groups; // display order, or the order asked for
    int64_t units = 0;
    int64_t nullMetric = 0;
    int64_t nullGroup = 0;
    int64_t otherGroups = 0;
};

class GroupDistributionRunner {
public:
    // request.by must name a dimension; request.groups optionally picks groups in order.
    // Fails with a message for unknown variables, unknown groups or a group without values.
    static stats::Expected<GroupDistribution>
    run(const Dataset& dataset, const query::Selection& selection, const DescribeRequest& request);
    // The summary of one non-empty sample without nulls.
    static stats::Expected<BoxSummary> summarize(std::string label, std::span<const double> values);
};

} // namespace streamlens::analysis
