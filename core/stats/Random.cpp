// SPDX-License-Identifier: MIT
#include "stats/Random.h"

#include <cmath>
#include <numeric>

namespace streamlens::stats {

namespace {
__extension__ typedef unsigned __int128 Uint128;

inline uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}
} // namespace

uint64_t Random::splitmix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Random::Random(uint64_t seed)
{
    uint64_t state = seed;
    for (auto& s : m_s)
        s = splitmix64(state);
}

uint64_t Random::next()
{
    const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
    const uint64_t t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

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

double Random::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    double u = 0.0, v = 0.0, s = 0.0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double f = std::sqrt(-2.0 * std::log(s) / s);
    m_spare = v * f;
    m_hasSpare = true;
    return u * f;
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
