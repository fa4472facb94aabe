// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>

namespace streamlens::query {

// Neumaier's compensated summation: the per-session scores are summed over millions of rows
// and must agree with an exactly summed reference to ~1e-15 relative, independent of how
// rows were split between threads.
struct CompensatedSum {
    double sum = 0;
    double compensation = 0;

    void add(double x)
    {
        const double t = sum + x;
        if (std::fabs(sum) >= std::fabs(x))
            compensation += (sum - t) + x;
        else
            compensation += (x - t) + sum;
        sum = t;
    }
    void add(const CompensatedSum& other)
    {
        add(other.sum);
        add(other.compensation);
    }
    double value() const { return sum + compensation; }
};

} // namespace streamlens::query
