// SPDX-License-Identifier: MIT
#pragma once

#include "generator/CivilTime.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

// Text formats of the data contract, written straight into a char buffer: no allocation, no
// locale, std::to_chars for numbers. Callers reserve room first (the bounds are given).
namespace streamlens::generator::csv {

// A growable output buffer. reserve() keeps a write pointer valid: it returns the same
// pointer when there is room and a moved one after growing.
class CharBuffer {
public:
    char* begin() { return m_data.get() + m_size; }
    char* reserve(char* p, size_t n)
    {
        if (static_cast<size_t>(m_data.get() + m_capacity - p) >= n)
            return p;
        return grow(p, n);
    }
    void commit(char* p) { m_size = static_cast<size_t>(p - m_data.get()); }
    const char* data() const { return m_data.get(); }
    size_t size() const { return m_size; }
    void clear() { m_size = 0; }
    void append(std::string_view s)
    {
        char* p = reserve(begin(), s.size());
        std::memcpy(p, s.data(), s.size());
        commit(p + s.size());
    }

private:
    char* grow(char* p, size_t n)
    {
        const size_t used = static_cast<size_t>(p - m_data.get());
        size_t capacity = m_capacity ? m_capacity * 2 : 1 << 16;
        while (capacity - used < n)
            capacity *= 2;
        std::unique_ptr<char[]> data(new char[capacity]);
        if (used)
            std::memcpy(data.get(), m_data.get(), used);
        m_data = std::move(data);
        m_capacity = capacity;
        return m_data.get() + used;
    }

    std::unique_ptr<char[]> m_data;
    size_t m_capacity = 0;
    size_t m_size = 0;
};

// Bytes a put*() may write past its result (block copies); reserve() calls include it.
inline constexpr size_t kSlack = 32;
inline constexpr size_t kMaxNumber = 21;    // an int64 with sign
inline constexpr size_t kMaxDecimal = 26;   // int64 milli-units: digits, point, 3 decimals
inline constexpr size_t kMaxTimestamp = 32; // years beyond 9999 print more digits

inline char* putInt(char* p, int64_t v)
{
    return std::to_chars(p, p + kMaxNumber, v).ptr;
}

// Copies n bytes in 16-byte blocks: constant-size copies compile to two vector moves where a
// variable-size memcpy is a library call. src must be readable and p writable for n rounded
// up to 16 (padded sources, kSlack in the reservation).
inline char* putBlocks(char* p, const char* src, size_t n)
{
    for (size_t i = 0; i < n; i += 16)
        std::memcpy(p + i, src + i, 16);
    return p + n;
}

inline constexpr char kDigitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930"
    "31323334353637383940414243444546474849505152535455565758596061"
    "62636465666768697071727374757677787980818283848586878889909192"
    "93949596979899";

inline int digitCount(uint32_t v)
{
    // Comparisons, not a division chain: rows of one column have similar magnitudes, so the
    // branches predict well.
    if (v < 100000)
        return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : 5;
    return v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8 : v < 1000000000 ? 9 : 10;
}

// Decimal digits of v, written directly two at a time, zero-padded to width.
inline char* putUnsigned(char* p, uint32_t v, int width = 0)
{
    const int n = digitCount(v);
    for (int i = n; i < width; ++i)
        *p++ = '0';
    char* e = p + n;
    while (v >= 100) {
        const uint32_t pair = (v % 100) * 2;
        v /= 100;
        e -= 2;
        e[0] = kDigitPairs[pair];
        e[1] = kDigitPairs[pair + 1];
    }
    if (v >= 10) {
        e[-2] = kDigitPairs[v * 2];
        e[-1] = kDigitPairs[v * 2 + 1];
    } else {
        e[-1] = static_cast<char>('0' + v);
    }
    return p + n;
}

// v / 1000 with at most three decimals and no trailing zeros: 1500 → "1.5", -20 → "-0.02".
inline char* putMilli(char* p, int64_t v)
{
    uint64_t u = static_cast<uint64_t>(v);
    if (v < 0) {
        *p++ = '-';
        u = ~u + 1; // magnitude, also for INT64_MIN
    }
    const uint64_t whole = u / 1000;
    p = whole <= UINT32_MAX ? putUnsigned(p, static_cast<uint32_t>(whole))
                            : std::to_chars(p, p + kMaxNumber, whole).ptr;
    const auto frac = static_cast<unsigned>(u % 1000);
    if (frac != 0) {
        *p++ = '.';
        *p++ = static_cast<char>('0' + frac / 100);
        if (frac % 100 != 0) {
            *p++ = static_cast<char>('0' + frac / 10 % 10);
            if (frac % 10 != 0)
                *p++ = static_cast<char>('0' + frac % 10);
        }
    }
    return p;
}

inline char* put2(char* p, unsigned v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
    return p + 2;
}

inline char* putYear(char* p, int32_t y)
{
    if (y >= 0 && y <= 9999) {
        p = put2(p, static_cast<unsigned>(y / 100));
        return put2(p, static_cast<unsigned>(y % 100));
    }
    return putInt(p, y); // outside ISO's 4 digits: plain number (imported data only)
}

// "YYYY-MM-DD"
inline char* putDate(char* p, int32_t days)
{
    const CivilDate d = civilFromDays(days);
    p = putYear(p, d.year);
    *p++ = '-';
    p = put2(p, static_cast<unsigned>(d.month));
    *p++ = '-';
    return put2(p, static_cast<unsigned>(d.day));
}

// Formats "YYYY-MM-DDTHH:MM:SS.mmmZ"; remembers the last day's date part, since consecutive
// rows are mostly on the same day.
class TimestampFormatter {
public:
    char* put(char* p, int64_t ms)
    {
        const int64_t day = floorDiv(ms, kMsPerDay);
        if (day != m_day || m_dateLength == 0) {
            m_day = day;
            char* e = putDate(m_date, static_cast<int32_t>(day));
            *e++ = 'T';
            m_dateLength = static_cast<size_t>(e - m_date);
        }
        p = putBlocks(p, m_date, m_dateLength);
        auto rest = static_cast<uint32_t>(ms - day * kMsPerDay);
        const uint32_t milli = rest % 1000;
        rest /= 1000;
        p = put2(p, rest / 3600);
        *p++ = ':';
        p = put2(p, rest / 60 % 60);
        *p++ = ':';
        p = put2(p, rest % 60);
        *p++ = '.';
        *p++ = static_cast<char>('0' + milli / 100);
        p = put2(p, milli % 100);
        *p++ = 'Z';
        return p;
    }

private:
    char m_date[32] = {}; // padded for putBlocks
    size_t m_dateLength = 0;
    int64_t m_day = 0;
};

inline bool needsQuotes(std::string_view s)
{
    for (char c : s)
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

// A text field per RFC 4180: quoted only when it holds a comma, quote or line break, and an
// empty (non-null) text as "" so it does not read back as null. Needs 2·size + 2 bytes.
inline char* putText(char* p, std::string_view s)
{
    if (!s.empty() && !needsQuotes(s)) {
        std::memcpy(p, s.data(), s.size());
        return p + s.size();
    }
    *p++ = '"';
    for (char c : s) {
        if (c == '"')
            *p++ = '"';
        *p++ = c;
    }
    *p++ = '"';
    return p;
}

inline std::string escaped(std::string_view s)
{
    std::string out(2 * s.size() + 2, '\0');
    out.resize(static_cast<size_t>(putText(out.data(), s) - out.data()));
    return out;
}

inline std::string isoTimestamp(int64_t ms)
{
    char buf[kMaxTimestamp + kSlack];
    TimestampFormatter f;
    return std::string(buf, f.put(buf, ms));
}

inline std::string isoDate(int32_t days)
{
    char buf[24];
    return std::string(buf, putDate(buf, days));
}

} // namespace streamlens::generator::csv
