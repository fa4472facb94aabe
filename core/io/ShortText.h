// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

// Helpers for the short strings of CSV fields (enum values, codes, identifiers) that beat
// calls into libc on the import's hot path.
namespace streamlens::io::ShortText {

inline uint64_t load8(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

// A word that depends on each of the n (1..7) bytes at p, reading none past p + n: two
// overlapping 4-byte loads, or three single bytes (as wyhash does). Equal for equal bytes
// of equal length, and only then. (A byte-wise copy into a word stalls store forwarding.)
inline uint64_t loadTail(const char* p, size_t n)
{
    if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        return (uint64_t(a) << 32) | b;
    }
    return (uint64_t(uint8_t(p[0])) << 16) | (uint64_t(uint8_t(p[n >> 1])) << 8) |
           uint8_t(p[n - 1]);
}

inline bool equal(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    const char* p = a.data();
    const char* q = b.data();
    size_t n = a.size();
    for (; n >= 8; n -= 8, p += 8, q += 8)
        if (load8(p) != load8(q))
            return false;
    return n == 0 || loadTail(p, n) == loadTail(q, n);
}

// A 64-bit hash, a word at a time (the multiply-xorshift mix of wyhash/murmur finalisers).
inline uint64_t hash(std::string_view text)
{
    constexpr uint64_t k = 0x9E3779B97F4A7C15ull;
    uint64_t h = text.size() * k;
    const char* p = text.data();
    size_t n = text.size();
    for (; n >= 8; n -= 8, p += 8) {
        h = (h ^ load8(p)) * k;
        h ^= h >> 29;
    }
    if (n) {
        h = (h ^ loadTail(p, n)) * k;
        h ^= h >> 29;
    }
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}

} // namespace streamlens::io::ShortText
