// SPDX-License-Identifier: MIT
#include "stats/Ranking.h"

#include <algorithm>
#include <numeric>

namespace streamlens::stats {

Ranking Ranking::of(std::span<const double> values)
{
    Ranking r;
    const size_t n = values.size();
    r.ranks.assign(n, 0.0);
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return values[a] < values[b]; });
    size_t i = 0;
    while (i < n) {
        size_t j = i + 1;
        while (j < n && values[order[j]] == values[order[i]])
            ++j;
        // Positions i..j-1 (0-based) share the ranks i+1..j; their mean is (i+1+j)/2.
        const double mid = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        for (size_t k = i; k < j; ++k)
            r.ranks[order[k]] = mid;
        r.tieSizes.push_back(static_cast<int64_t>(j - i));
        i = j;
    }
    return r;
}

double Ranking::tieCorrectionSum() const
{
    double s = 0.0;
    for (int64_t t : tieSizes) {
        const auto d = static_cast<double>(t);
        s += d * d * d - d;
    }
    return s;
}

bool Ranking::hasTies() const
{
    return std::any_of(tieSizes.begin(), tieSizes.end(), [](int64_t t) { return t > 1; });
}

} // namespace streamlens::stats
