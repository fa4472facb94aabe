// SPDX-License-Identifier: MIT
#pragma once

#include "util/Xoshiro256.h"

#include <cmath>
#include <cstdint>

namespace streamlens::generator {

// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit type.
__extension__ typedef unsigned __int128 UInt128;

using util::splitMix64;

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

// The generator's distributions on the shared xoshiro256** engine; the numbers never depend
// on the standard library's distributions.
class Random : public util::Xoshiro256 {
public:
    Random() = default;
    explicit Random(uint64_t seed)
        : Xoshiro256(seed)
    {
    }
    // A generator in exactly this state (reference test vectors).
    static Random fromState(uint64_t s0, uint64_t s1, uint64_t s2, uint64_t s3)
    {
        Random r;
        r.setState(s0, s1, s2, s3);
        return r;
    }
    Random(uint64_t seed, uint64_t stream, uint64_t index)
        : Random(deriveSeed(seed, stream, index))
    {
    }

    using Xoshiro256::uniform;
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
};

} // namespace streamlens::generator
