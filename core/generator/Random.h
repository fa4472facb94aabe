// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>

namespace streamlens::generator {

// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit type.
__extension__ typedef unsigned __int128 UInt128;

// splitmix64 (Steele, Lea & Flood 2014; Vigna's reference code): expands one 64-bit seed
// into the xoshiro state and mixes (seed, stream, index) into independent block seeds.
inline uint64_t splitMix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// A seed for one (stream, index) pair: block b of the sessions gets the same numbers whatever
// thread runs it, which is what makes output identical for any thread count.
inline uint64_t deriveSeed(uint64_t seed, uint64_t stream, uint64_t index)
{
    uint64_t s = seed;
    uint64_t h = splitMix64(s);
    s = h ^ (stream * 0xD1B54A32D192ED03ull);
    h = splitMix64(s);
    s = h ^ (index * 0x8CB92BA72F3D8DD7ull);
    return splitMix64(s);
}

// xoshiro256** 1.0 (Blackman & Vigna 2018) with the distributions the generator needs,
// written out here so the numbers never depend on the standard library's distributions.
class Random {
public:
    // A fixed valid state, for arrays that are assigned seeded generators before use.
    Random()
        : m_s{0x9E3779B97F4A7C15ull, 0xBF58476D1CE4E5B9ull, 0x94D049BB133111EBull, 1}
    {
    }
    explicit Random(uint64_t seed)
    {
        uint64_t s = seed;
        for (auto& x : m_s)
            x = splitMix64(s);
    }
    // A generator in exactly this state (reference test vectors).
    static Random fromState(uint64_t s0, uint64_t s1, uint64_t s2, uint64_t s3)
    {
        Random r;
        r.m_s[0] = s0;
        r.m_s[1] = s1;
        r.m_s[2] = s2;
        r.m_s[3] = s3;
        return r;
    }
    Random(uint64_t seed, uint64_t stream, uint64_t index)
        : Random(deriveSeed(seed, stream, index))
    {
    }

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
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n) by multiply-shift (Lemire); the bias is below 2^-32 for the
    // table sizes used here.
    uint64_t below(uint64_t n)
    {
        return static_cast<uint64_t>((static_cast<UInt128>(next()) * n) >> 64);
    }
    // Uniform integer in [lo, hi].
    int64_t between(int64_t lo, int64_t hi)
    {
        return lo + static_cast<int64_t>(below(static_cast<uint64_t>(hi - lo) + 1));
    }
    bool chance(double p) { return uniform() < p; }

    // Standard normal by Marsaglia's polar method; the second value is kept for the next call.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
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
    // Log-normal given its median and the standard deviation of its logarithm.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    // Poisson count: Knuth's product method for small means, a rounded normal above 30.
    int poisson(double mean)
    {
        if (mean <= 0.0)
            return 0;
        if (mean > 30.0) {
            const double x = std::floor(mean + std::sqrt(mean) * normal() + 0.5);
            return x < 0.0 ? 0 : static_cast<int>(x);
        }
        const double limit = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    uint64_t m_s[4];
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace streamlens::generator
