// SPDX-License-Identifier: MIT
#include "generator/AliasTable.h"

#include <cmath>

namespace streamlens::generator {

AliasTable::AliasTable(const std::vector<double>& weights)
{
    const size_t n = weights.size();
    m_probability.assign(n, 1.0);
    m_alias.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_alias[i] = static_cast<uint32_t>(i);
    double sum = 0.0;
    for (double w : weights) {
        if (!std::isfinite(w) || w < 0.0)
            return; // uniform fallback: probability 1 everywhere
        sum += w;
    }
    if (n == 0 || !(sum > 0.0))
        return;

    // Vose's stable variant: scaled probabilities, then pair each small slot with a large one.
    std::vector<double> scaled(n);
    std::vector<uint32_t> small, large;
    small.reserve(n);
    large.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        scaled[i] = weights[i] * static_cast<double>(n) / sum;
        (scaled[i] < 1.0 ? small : large).push_back(static_cast<uint32_t>(i));
    }
    while (!small.empty() && !large.empty()) {
        const uint32_t s = small.back();
        small.pop_back();
        const uint32_t l = large.back();
        m_probability[s] = scaled[s];
        m_alias[s] = l;
        scaled[l] = (scaled[l] + scaled[s]) - 1.0;
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    // Leftovers differ from 1 only by rounding.
    for (uint32_t i : large)
        m_probability[i] = 1.0;
    for (uint32_t i : small)
        m_probability[i] = 1.0;
}

} // namespace streamlens::generator
