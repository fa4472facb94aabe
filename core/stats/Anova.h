// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <span>
#include <vector>

namespace streamlens::stats {

// One-way analysis of variance over k groups.
class Anova {
public:
    // Classic F test assuming equal variances, as R's summary(aov(y ~ g)) or
    // oneway.test(var.equal = TRUE). Effect size: eta-squared η² = SS_between / SS_total.
    static Expected<TestResult> oneWay(std::span<const std::vector<double>> groups);

    // Welch's heteroscedastic F test, as R's oneway.test(y ~ g) (var.equal = FALSE).
    // Needs ≥ 2 values and a non-zero variance in every group. No effect size is reported.
    static Expected<TestResult> welch(std::span<const std::vector<double>> groups);
};

} // namespace streamlens::stats
