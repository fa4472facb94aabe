// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/TestRequest.h"
#include "stats/TestResult.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::analysis {

// What one compared group looked like. Numeric variables get mean, sd and median; 0/1
// outcomes get successes and rate (= mean).
struct GroupSummary {
    std::string label;
    int64_t n = 0;
    std::optional<double> mean, sd, median;
    std::optional<int64_t> successes;

    QJsonObject toJson() const;
};

struct TestAnswer {
    TestRequest request;
    stats::TestResult result;
    std::vector<GroupSummary> groups; // empty for correlations
    int64_t units = 0;                // units of the level in the selection
    int64_t nullMetric = 0;           // dropped: a variable is null
    int64_t nullGroup = 0;            // dropped: the group is null
    int64_t otherGroups = 0;          // not compared: in groups not asked for
    std::string sentence;             // plain-language result with the APA statistics

    bool significant() const { return result.p_value < 1.0 - request.confidence; }
    // result.toJson() (test, statistic, df, p_value, effect_size, effect_size_name, ci_low,
    // ci_high, n, ...) plus test_key, level, metric, with, by, groups, excluded, units,
    // alpha, significant, apa and sentence.
    QJsonObject toJson() const;
};

} // namespace streamlens::analysis
