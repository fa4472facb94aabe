// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>

namespace streamlens::util {

// splitmix64 (Steele, Lea & Flood 2014; Vigna's reference code): expands one 64-bit seed
// into a xoshiro state and mixes several numbers into independent seeds.
inline uint64_t splitMix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// xoshiro256** 1.0 (Blackman & Vigna 2018) with the draws every seeded part of StreamLens
// shares. Written out here, not taken from <random>, whose distributions differ between
// standard libraries: a seed gives the same numbers on every platform and compiler. The
// generator and the statistics add their own distributions on top (generator::Random,
// stats::Random).
class Xoshiro256 {
public:
    // A fixed valid state, for arrays that are assigned seeded generators before use.
    Xoshiro256()
        : m_s{0x9E3779B97F4A7C15ull, 0xBF58476D1CE4E5B9ull, 0x94D049BB133111EBull, 1}
    {
    }
    explicit Xoshiro256(uint64_t seed)
    {
        uint64_t s = seed;
        for (auto& x : m_s)
            x = splitMix64(s);
    }

    // Raw 64 random bits.
    uint64_t next()
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

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Standard normal by Marsaglia's polar method; the second value is kept for the next call.
    double normal()
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

protected:
    void setState(uint64_t s0, uint64_t s1, uint64_t s2, uint64_t s3)
    {
        m_s[0] = s0;
        m_s[1] = s1;
        m_s[2] = s2;
        m_s[3] = s3;
        m_hasSpare = false;
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    uint64_t m_s[4];
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace streamlens::util
