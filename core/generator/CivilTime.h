// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace streamlens::generator {

// Proleptic Gregorian calendar arithmetic after Howard Hinnant's "chrono-compatible low-level
// date algorithms"; exact for any int32 day count, no time zone database involved.
struct CivilDate {
    int32_t year;
    int32_t month; // 1..12
    int32_t day;   // 1..31
};

inline constexpr int64_t kMsPerDay = 86'400'000;
inline constexpr int64_t kMsPerHour = 3'600'000;

constexpr int32_t daysFromCivil(int32_t y, int32_t m, int32_t d)
{
    y -= m <= 2;
    const int32_t era = (y >= 0 ? y : y - 399) / 400;
    const int32_t yoe = y - era * 400;
    const int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

constexpr CivilDate civilFromDays(int32_t z)
{
    const int64_t zz = int64_t(z) + 719468;
    const int64_t era = (zz >= 0 ? zz : zz - 146096) / 146097;
    const int64_t doe = zz - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = yoe + era * 400;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const int64_t m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int32_t>(y + (m <= 2)), static_cast<int32_t>(m), static_cast<int32_t>(d)};
}

// Day of the week, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
constexpr int weekdayOf(int32_t days)
{
    const int32_t w = (days + 3) % 7;
    return w < 0 ? w + 7 : w;
}

// Floor division of a millisecond timestamp into days, correct before 1970 too.
constexpr int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// "YYYY-MM-DD" → days since 1970-01-01, or nullopt when malformed or not a calendar date.
inline std::optional<int32_t> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto digits = [&](size_t from, size_t n, int32_t& out) {
        out = 0;
        for (size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int32_t y = 0, m = 0, d = 0;
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d) || m < 1 || m > 12 || d < 1)
        return std::nullopt;
    const int32_t days = daysFromCivil(y, m, d);
    const CivilDate back = civilFromDays(days);
    if (back.month != m || back.day != d)
        return std::nullopt; // e.g. 2026-02-30
    return days;
}

} // namespace streamlens::generator
