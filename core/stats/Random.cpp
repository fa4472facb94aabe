// SPDX-License-Identifier: MIT
#include "stats/Random.h"

#include <numeric>

namespace streamlens::stats {

namespace {
__extension__ typedef unsigned __int128 Uint128;
} // namespace

uint64_t Random::below(uint64_t bound)
{
    // Lemire's nearly-divisionless method: rejection only in the biased low zone.
    Uint128 m = static_cast<Uint128>(next()) * bound;
    uint64_t low = static_cast<uint64_t>(m);
    if (low < bound) {
        const uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            m = static_cast<Uint128>(next()) * bound;
            low = static_cast<uint64_t>(m);
        }
    }
    return static_cast<uint64_t>(m >> 64);
}

std::vector<int64_t> Random::permutation(int64_t n)
{
    std::vector<int64_t> p(static_cast<size_t>(n > 0 ? n : 0));
    std::iota(p.begin(), p.end(), int64_t{0});
    for (int64_t i = n - 1; i > 0; --i) {
        const auto j = static_cast<int64_t>(below(static_cast<uint64_t>(i + 1)));
        std::swap(p[static_cast<size_t>(i)], p[static_cast<size_t>(j)]);
    }
    return p;
}

} // namespace streamlens::stats
