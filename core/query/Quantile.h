// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstddef>
#include <span>

namespace streamlens::query {

// Sample quantiles as R's quantile(type = 7) computes them (NumPy's default "linear"):
// index = 1 + (n − 1)·p, x[floor] and x[ceil] (1-based) interpolated as (1 − h)·lo + h·hi.
// The arithmetic mirrors R's source, so results agree with R to the last bit.
struct Type7Position {
    size_t lo = 0; // 0-based rank of the lower order statistic
    size_t hi = 0; // 0-based rank of the upper order statistic
    double h = 0;  // weight of the upper one
};

// n must be > 0 and p within [0, 1].
inline Type7Position type7Position(size_t n, double p)
{
    const double index = 1.0 + static_cast<double>(n - 1) * p;
    const double lo = std::floor(index);
    const double hi = std::ceil(index);
    return {static_cast<size_t>(lo) - 1, static_cast<size_t>(hi) - 1, index - lo};
}

inline double type7Interpolate(double xLo, double xHi, double h)
{
    // R only interpolates when index > lo and the two order statistics differ.
    if (h > 0 && xHi != xLo)
        return (1 - h) * xLo + h * xHi;
    return xLo;
}

// Quantile of an ascending, non-empty sample.
template <typename T> double quantileType7(std::span<const T> sorted, double p)
{
    const Type7Position pos = type7Position(sorted.size(), p);
    return type7Interpolate(static_cast<double>(sorted[pos.lo]),
                            static_cast<double>(sorted[pos.hi]), pos.h);
}

} // namespace streamlens::query
