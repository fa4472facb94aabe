// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <span>
#include <vector>

namespace streamlens::stats {

enum class PValueMethod {
    Auto,   // exact when both groups have < 50 values and there are no ties (R's default)
    Exact,  // exact distribution; falls back to Normal (with a note) when there are ties
    Normal, // normal approximation with tie-corrected variance
};

struct MannWhitneyOptions {
    PValueMethod method = PValueMethod::Auto;
    bool continuityCorrection = true; // R's correct = TRUE
};

// Wilcoxon rank-sum / Mann–Whitney U test, as R's wilcox.test(x, y). The statistic is R's
// W = Σ ranks of x − nx(nx+1)/2 (the U of x). Effect size: rank-biserial
// r = 2W/(nx·ny) − 1 = P(X > Y) − P(X < Y), positive when x tends to be larger.
class MannWhitney {
public:
    static Expected<TestResult> test(std::span<const double> x, std::span<const double> y,
                                     const MannWhitneyOptions& options = {});

    // Distribution of W for sizes m, n without ties: counts[w] for w = 0..m·n, scaled so
    // that they sum to 1 (R's dwilcox).
    static std::vector<double> exactDistribution(int m, int n);
};

} // namespace streamlens::stats
