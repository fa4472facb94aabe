// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <span>

namespace streamlens::stats {

// Correlation tests of paired samples, as R's cor.test.
class Correlation {
public:
    // Pearson's r; t = r√(n−2)/√(1−r²) on n − 2 df; Fisher-z interval tanh(atanh r ± z/√(n−3))
    // (needs n ≥ 4; with n = 3 the interval is absent as in R). The effect size is r.
    static Expected<TestResult> pearson(std::span<const double> x, std::span<const double> y,
                                        double level = 0.95);

    // Spearman's ρ (Pearson on mid-ranks), statistic S = (n³ − n)(1 − ρ)/6. The p-value is
    // R's cor.test(method = "spearman", exact = FALSE): the t approximation
    // t = ρ√(n−2)/√(1−ρ²) on n − 2 df (not AS 89, which R uses only for exact = TRUE/NULL
    // with n ≤ 1290 and no ties). The effect size is ρ; no interval.
    static Expected<TestResult> spearman(std::span<const double> x, std::span<const double> y);
};

} // namespace streamlens::stats
