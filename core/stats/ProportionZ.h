// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <cstdint>

namespace streamlens::stats {

// Two-proportion z test with the pooled standard error; z² equals the X-squared of R's
// prop.test(c(x1, x2), c(n1, n2), correct = FALSE) and the p-values are equal. The interval
// is the unpooled Wald interval of p1 − p2 (prop.test's conf.int without correction).
// Effect size: Cohen's h = 2·asin√p1 − 2·asin√p2.
class ProportionZ {
public:
    static Expected<TestResult> test(int64_t successes1, int64_t trials1, int64_t successes2,
                                     int64_t trials2, double level = 0.95);
};

} // namespace streamlens::stats
