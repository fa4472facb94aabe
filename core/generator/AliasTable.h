// SPDX-License-Identifier: MIT
#pragma once

#include "generator/Random.h"

#include <cstdint>
#include <vector>

namespace streamlens::generator {

// Walker/Vose alias method: draws index i with probability weights[i] / Σ weights in O(1),
// one uniform integer and one uniform double per draw. Used for every categorical draw
// (countries, devices, users by activity, titles by Zipf popularity, hours of the day).
class AliasTable {
public:
    AliasTable() = default;
    // Weights must be finite and ≥ 0 with a positive sum; otherwise the table draws uniformly.
    explicit AliasTable(const std::vector<double>& weights);

    uint32_t sample(Random& rng) const
    {
        const auto i = static_cast<uint32_t>(rng.below(m_probability.size()));
        return rng.uniform() < m_probability[i] ? i : m_alias[i];
    }

    // sample() in two steps, for large tables: draw() takes the same random numbers and
    // prefetches the slot, resolve() finishes once the cache line has had time to arrive.
    struct Draw {
        uint32_t slot;
        double u;
    };
    Draw draw(Random& rng) const
    {
        const auto i = static_cast<uint32_t>(rng.below(m_probability.size()));
        const Draw d{i, rng.uniform()};
        __builtin_prefetch(&m_probability[i]);
        __builtin_prefetch(&m_alias[i]);
        return d;
    }
    uint32_t resolve(const Draw& d) const
    {
        return d.u < m_probability[d.slot] ? d.slot : m_alias[d.slot];
    }
    size_t size() const { return m_probability.size(); }
    bool empty() const { return m_probability.empty(); }

private:
    std::vector<double> m_probability;
    std::vector<uint32_t> m_alias;
};

} // namespace streamlens::generator
