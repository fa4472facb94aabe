// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace streamlens::stats {

struct ConfusionMatrix {
    int64_t truePositive = 0;
    int64_t falsePositive = 0;
    int64_t trueNegative = 0;
    int64_t falseNegative = 0;
};

// Metrics at one threshold; a ratio with an empty denominator is absent, never NaN.
struct ClassificationSummary {
    ConfusionMatrix confusion;
    double threshold = 0.5;
    double accuracy = 0.0;
    std::optional<double> precision; // TP / (TP + FP)
    std::optional<double> recall;    // TP / (TP + FN), sensitivity
    std::optional<double> specificity;
    std::optional<double> f1;
};

struct RocPoint {
    double threshold = 0.0; // predicted positive when score ≥ threshold
    double falsePositiveRate = 0.0;
    double truePositiveRate = 0.0;
};

// Binary classifier evaluation from scores (e.g. predicted probabilities) and 0/1 labels.
class ClassificationMetrics {
public:
    // Predicted positive when score ≥ threshold.
    static Expected<ClassificationSummary> atThreshold(std::span<const double> scores,
                                                       std::span<const int> labels,
                                                       double threshold = 0.5);

    // ROC curve from (0, 0) to (1, 1): one point per distinct score, highest first; tied
    // scores move both rates at once (a diagonal segment).
    static Expected<std::vector<RocPoint>> roc(std::span<const double> scores,
                                               std::span<const int> labels);

    // Area under the ROC curve in the Mann–Whitney form P(S₊ > S₋) + ½·P(S₊ = S₋), i.e.
    // wilcox.test(s[y == 1], s[y == 0])$statistic / (n₁·n₀); equals the trapezoid area of roc().
    static Expected<double> auc(std::span<const double> scores, std::span<const int> labels);
};

} // namespace streamlens::stats
