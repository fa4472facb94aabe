// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace streamlens::store {

// A fast 64-bit checksum of a snapshot chunk (not cryptographic): four independent
// multiply-rotate lanes over 8-byte words, so it runs near memory speed and reading a
// multi-gigabyte snapshot stays fast. Every step is a bijection of the lane state, so a
// change confined to one word is always detected.
inline uint64_t checksum64(const void* data, size_t bytes)
{
    constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
    constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;
    auto rotl = [](uint64_t x, int r) { return (x << r) | (x >> (64 - r)); };
    auto word = [](const unsigned char* p) {
        uint64_t w;
        std::memcpy(&w, p, sizeof w);
        return w;
    };
    const auto* p = static_cast<const unsigned char*>(data);
    uint64_t h[4] = {kPrime1, kPrime2, ~kPrime1, ~kPrime2};
    size_t i = 0;
    for (; i + 32 <= bytes; i += 32)
        for (int lane = 0; lane < 4; ++lane)
            h[lane] = rotl(h[lane] ^ word(p + i + 8 * lane), 31) * kPrime1;
    // Up to three whole words and one zero-padded partial word remain; the length below
    // tells the padding apart from real zero bytes.
    int lane = 0;
    for (; i + 8 <= bytes; i += 8, ++lane)
        h[lane] = rotl(h[lane] ^ word(p + i), 31) * kPrime1;
    if (i < bytes) {
        uint64_t last = 0;
        std::memcpy(&last, p + i, bytes - i);
        h[lane] = rotl(h[lane] ^ last, 31) * kPrime1;
    }
    uint64_t r = uint64_t(bytes) * kPrime2;
    for (int k = 0; k < 4; ++k) {
        r ^= rotl(h[k] * kPrime2, 27 + k);
        r = rotl(r, 23) * kPrime1 + uint64_t(k);
    }
    r ^= r >> 33;
    r *= kPrime2;
    r ^= r >> 29;
    return r;
}

} // namespace streamlens::store
