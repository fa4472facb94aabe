// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <span>

namespace streamlens::stats {

// Welch's two-sample t test (unequal variances), as R's t.test(x, y) — the default
// var.equal = FALSE. Effect size: Cohen's d with the pooled standard deviation
// (mean x − mean y) / √(((nx−1)sx² + (ny−1)sy²)/(nx+ny−2)). The interval is for the
// difference of means x − y.
class WelchTTest {
public:
    static Expected<TestResult> test(std::span<const double> x, std::span<const double> y,
                                     double level = 0.95);
};

} // namespace streamlens::stats
