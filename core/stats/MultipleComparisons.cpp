// SPDX-License-Identifier: MIT
#include "stats/MultipleComparisons.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace streamlens::stats {

std::string MultipleComparisons::methodName(PAdjustMethod method)
{
    switch (method) {
    case PAdjustMethod::Bonferroni:
        return "bonferroni";
    case PAdjustMethod::Holm:
        return "holm";
    case PAdjustMethod::Hochberg:
        return "hochberg";
    case PAdjustMethod::BenjaminiHochberg:
        return "BH";
    case PAdjustMethod::BenjaminiYekutieli:
        return "BY";
    }
    return {};
}

Expected<std::vector<double>> MultipleComparisons::adjust(std::span<const double> p,
                                                          PAdjustMethod method)
{
    using E = Expected<std::vector<double>>;
    for (size_t i = 0; i < p.size(); ++i)
        if (!(p[i] >= 0.0 && p[i] <= 1.0))
            return E::failure("p-value " + std::to_string(i) + " is not a probability");
    const size_t n = p.size();
    std::vector<double> out(n);
    if (n == 0)
        return out;
    const auto dn = static_cast<double>(n);
    if (method == PAdjustMethod::Bonferroni) {
        for (size_t i = 0; i < n; ++i)
            out[i] = std::min(1.0, dn * p[i]);
        return out;
    }
    // Stable orders, as R's order(): ascending for Holm, descending for the step-up methods.
    std::vector<size_t> o(n);
    std::iota(o.begin(), o.end(), size_t{0});
    if (method == PAdjustMethod::Holm) {
        std::stable_sort(o.begin(), o.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
        double running = 0.0;
        for (size_t r = 0; r < n; ++r) { // i = r + 1; multiplier n − i + 1
            running = std::max(running, (dn - static_cast<double>(r)) * p[o[r]]);
            out[o[r]] = std::min(1.0, running);
        }
        return out;
    }
    std::stable_sort(o.begin(), o.end(), [&](size_t a, size_t b) { return p[a] > p[b]; });
    double q = 1.0;
    if (method == PAdjustMethod::BenjaminiYekutieli) {
        q = 0.0;
        for (size_t i = 1; i <= n; ++i)
            q += 1.0 / static_cast<double>(i);
    }
    double running = std::numeric_limits<double>::infinity();
    for (size_t r = 0; r < n; ++r) { // i = n − r (R's i <- lp:1L)
        const double i = dn - static_cast<double>(r);
        const double v =
            method == PAdjustMethod::Hochberg ? (dn + 1.0 - i) * p[o[r]] : q * dn / i * p[o[r]];
        running = std::min(running, v);
        out[o[r]] = std::min(1.0, running);
    }
    return out;
}

} // namespace streamlens::stats
