// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace streamlens::stats {

// One row of a regression coefficient table. `statistic` is t for linear and z (Wald) for
// logistic models; the interval is the Wald interval estimate ± quantile·SE.
struct RegressionCoefficient {
    std::string name;
    double estimate = 0.0;
    double standardError = 0.0;
    double statistic = 0.0;
    double pValue = 1.0;
    double ciLow = 0.0;
    double ciHigh = 0.0;
};

} // namespace streamlens::stats
