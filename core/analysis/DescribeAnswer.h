// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/DescribeRequest.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::analysis {

// The summary of one sample. A quantity that is undefined for it (sd of one value, skewness
// of constant data) is absent and `note` says why.
struct DescribeRow {
    std::string group; // "all" for the overall row
    int64_t n = 0;
    std::optional<double> mean, sd, min, q1, median, q3, max, iqr, skewness, kurtosis;
    std::optional<double> ciLow, ciHigh;
    std::string note;

    // Keys: group, n, mean, sd, min, q1, median, q3, max, iqr, skewness, kurtosis, ci_low,
    // ci_high, note; null where absent.
    QJsonObject toJson() const;
};

struct DescribeAnswer {
    DescribeRequest request;
    VariableInfo metric;
    DescribeRow overall;
    std::vector<DescribeRow> groups; // with --by
    int64_t units = 0;
    int64_t nullMetric = 0;  // units without a value (overall)
    int64_t nullGroup = 0;   // units with a value but no group (with --by)
    int64_t otherGroups = 0; // units in groups not asked for

    // {"metric", "level", "unit", "population", "confidence", "units", "excluded", "all",
    //  "by", "groups": [...]}
    QJsonObject toJson() const;
};

} // namespace streamlens::analysis
