// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"
#include "stats/TestResult.h"

#include <QJsonObject>

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::analysis {

// "Compare every group with the rest": for each group of a dimension, the variable in that
// group against all other groups together. Numeric variables use Welch's t test, 0/1
// outcomes the two-proportion z test; the p-values of all groups are then adjusted with Holm
// (family-wise error) and Benjamini-Hochberg (false discovery rate).
struct GroupComparisonRequest {
    Level level = Level::Session;
    std::string metric;
    std::string by;
    double confidence = 0.95; // α = 1 − confidence for the adjusted p-values too
    int threads = 0;
};

struct GroupVsRest {
    std::string group;
    int64_t n = 0;
    int64_t nRest = 0;
    double estimate = 0;     // mean, or rate for a 0/1 outcome
    double restEstimate = 0; // the same over the other groups
    stats::TestResult result;
    double pHolm = 1;
    double pBh = 1;
    bool significantHolm = false;
    bool significantBh = false;
    std::string sentence;
};

struct SkippedGroup {
    std::string group;
    std::string reason;
};

struct GroupComparison {
    GroupComparisonRequest request;
    VariableInfo metric;
    std::string method;            // "welch_t" or "prop_z"
    std::vector<GroupVsRest> rows; // groups in display order
    std::vector<SkippedGroup> skipped;
    int64_t units = 0;
    int64_t nullMetric = 0;
    int64_t nullGroup = 0;

    // Rows significant after Holm, most significant first: the "findings".
    std::vector<const GroupVsRest*> findings() const;
    QJsonObject toJson() const;
};

} // namespace streamlens::analysis
