// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>

namespace streamlens::summary {

// Sums behind a ratio of sums R = Σx / Σy over sessions (rebuffering ratio: x = rebuffer
// time, y = playing + rebuffer time; average bitrate: x = bitrate × playing time, y =
// playing time). With the squares and the cross product the delta method gives the variance
// of R with sessions as the sampling unit, so a change of R can be tested without
// resampling 10 million sessions.
struct RatioMoments {
    int64_t n = 0;
    // Doubles: the segment scan keeps thousands of these per thread and adds to them per row;
    // per-thread partial sums keep the rounding far below what the tests can resolve.
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;

    void add(double x, double y)
    {
        ++n;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }
    void merge(const RatioMoments& o)
    {
        n += o.n;
        sx += o.sx;
        sy += o.sy;
        sxx += o.sxx;
        syy += o.syy;
        sxy += o.sxy;
    }
    RatioMoments minus(const RatioMoments& o) const
    {
        RatioMoments r = *this;
        r.n -= o.n;
        r.sx -= o.sx;
        r.sy -= o.sy;
        r.sxx -= o.sxx;
        r.syy -= o.syy;
        r.sxy -= o.sxy;
        return r;
    }
    std::optional<double> ratio() const
    {
        if (sy == 0)
            return std::nullopt;
        return sx / sy;
    }
    // Delta-method variance of R: Σ(x − R·y)² / (n − 1) · n / (Σy)², nullopt with < 2 units.
    std::optional<double> variance() const
    {
        if (n < 2 || sy == 0)
            return std::nullopt;
        const long double r = static_cast<long double>(sx) / sy;
        long double ss = sxx - 2 * r * sxy + r * r * syy; // Σ (x − R y)²
        if (ss < 0)
            ss = 0;
        const auto nn = static_cast<long double>(n);
        return static_cast<double>(ss / (nn - 1) * nn / (static_cast<long double>(sy) * sy));
    }
};

} // namespace streamlens::summary
