// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <Eigen/Core>

namespace streamlens::stats {

// Pearson's χ² test of independence on an r × c contingency table of counts, as R's
// chisq.test(table, correct = yates). The Yates continuity correction applies only to 2 × 2
// tables (R's default correct = TRUE does the same); it is off unless asked for, so an r × c
// and a 2 × 2 table are treated alike by default. Effect size: Cramér's V =
// √(X²/(n·(min(r, c) − 1))) from the uncorrected X².
class ChiSquare {
public:
    static Expected<TestResult> independence(const Eigen::MatrixXd& table, bool yates = false);
};

} // namespace streamlens::stats
