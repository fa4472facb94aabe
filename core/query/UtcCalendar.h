// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// UTC calendar arithmetic for the time dimensions and the filter's date range. The civil
// date algorithms are Howard Hinnant's (proleptic Gregorian, exact for any int64 day).
namespace streamlens::query {

inline constexpr int64_t kMsPerDay = 86'400'000;
inline constexpr int64_t kMsPerHour = 3'600'000;

// Floor division and modulo: timestamps before 1970 still land in the right day and hour.
constexpr int64_t floorDiv(int64_t a, int64_t b)
{
    const int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}
constexpr int64_t floorMod(int64_t a, int64_t b)
{
    return a - floorDiv(a, b) * b;
}

constexpr int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

struct CivilDate {
    int64_t year;
    unsigned month; // 1..12
    unsigned day;   // 1..31
};

constexpr CivilDate civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

// ISO weekday of a day number, 0 = Monday .. 6 = Sunday (1970-01-01 was a Thursday).
constexpr int isoWeekday(int64_t days)
{
    return static_cast<int>(floorMod(days + 3, 7));
}

// Strict YYYY-MM-DD (a real calendar date) → days since 1970-01-01.
std::optional<int64_t> parseIsoDate(std::string_view text);
// YYYY-MM-DD, or a date with a time (`T` or space) HH:MM[:SS[.fff]] and an optional `Z` or
// ±HH:MM offset → UTC milliseconds. A bare date means its midnight.
std::optional<int64_t> parseIsoTimestamp(std::string_view text);

std::string formatIsoDate(int64_t days);
// YYYY-MM-DDTHH:MM:SS.mmmZ
std::string formatIsoTimestamp(int64_t ms);

} // namespace streamlens::query
