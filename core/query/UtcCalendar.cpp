// SPDX-License-Identifier: MIT
#include "query/UtcCalendar.h"

#include <cstdio>

namespace streamlens::query {

namespace {

bool digits(std::string_view s, size_t pos, size_t count, int& out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int y, int m)
{
    static constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

} // namespace

std::optional<int64_t> parseIsoDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) ||
        !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
        return std::nullopt;
    if (m < 1 || m > 12 || d < 1 || static_cast<unsigned>(d) > daysInMonth(y, m))
        return std::nullopt;
    return daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

std::optional<int64_t> parseIsoTimestamp(std::string_view s)
{
    if (s.size() < 10)
        return std::nullopt;
    const auto day = parseIsoDate(s.substr(0, 10));
    if (!day)
        return std::nullopt;
    int64_t ms = *day * kMsPerDay;
    if (s.size() == 10)
        return ms;
    if (s[10] != 'T' && s[10] != ' ')
        return std::nullopt;
    int hh = 0, mi = 0, ss = 0;
    size_t pos = 11;
    if (!digits(s, pos, 2, hh) || pos + 2 >= s.size() || s[pos + 2] != ':' ||
        !digits(s, pos + 3, 2, mi) || hh > 23 || mi > 59)
        return std::nullopt;
    pos += 5;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, ss) || ss > 59)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && s[pos] == '.') {
            ++pos;
            int frac = 0, scale = 100, n = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                if (n < 3)
                    frac += (s[pos] - '0') * scale;
                scale /= 10;
                ++n;
                ++pos;
            }
            // More than millisecond precision cannot be stored: refuse rather than round.
            if (n == 0 || n > 3)
                return std::nullopt;
            ms += frac;
        }
    }
    ms += (hh * 3600LL + mi * 60LL + ss) * 1000LL;
    if (pos == s.size())
        return ms;
    if (s[pos] == 'Z' && pos + 1 == s.size())
        return ms;
    if ((s[pos] == '+' || s[pos] == '-') && s.size() == pos + 6 && s[pos + 3] == ':') {
        int oh = 0, om = 0;
        if (!digits(s, pos + 1, 2, oh) || !digits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        const int64_t offset = (oh * 60LL + om) * 60'000LL;
        return s[pos] == '+' ? ms - offset : ms + offset;
    }
    return std::nullopt;
}

std::string formatIsoDate(int64_t days)
{
    const CivilDate c = civilFromDays(days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(c.year), c.month,
                  c.day);
    return buf;
}

std::string formatIsoTimestamp(int64_t ms)
{
    const int64_t day = floorDiv(ms, kMsPerDay);
    const int64_t inDay = ms - day * kMsPerDay;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02lld:%02lld:%02lld.%03lldZ", formatIsoDate(day).c_str(),
                  static_cast<long long>(inDay / kMsPerHour),
                  static_cast<long long>(inDay / 60'000 % 60),
                  static_cast<long long>(inDay / 1000 % 60), static_cast<long long>(inDay % 1000));
    return buf;
}

} // namespace streamlens::query
