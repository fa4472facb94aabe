// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <cstdint>

namespace streamlens::stats {

// Fisher's exact test on the 2 × 2 table [[a, b], [c, d]], as R's fisher.test(matrix(c(a, c,
// b, d), 2)). Two-sided p sums the tables no more likely than the observed one (R's relative
// tolerance 1 + 1e−7). Effect size: the conditional maximum-likelihood odds ratio with its
// conditional exact interval — the same estimating equations as R, solved to ~1e−12 (R's
// uniroot stops at ~1e−4, so R's printed values agree with these to about 4 digits).
// An infinite odds ratio or upper limit (a zero cell) is stored as +inf and is null in JSON.
class FisherExact {
public:
    static Expected<TestResult> test(int64_t a, int64_t b, int64_t c, int64_t d,
                                     double level = 0.95);
};

} // namespace streamlens::stats
