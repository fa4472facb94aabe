// SPDX-License-Identifier: MIT
#pragma once

#include "util/CivilDate.h"

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

using util::CivilDate;
using util::civilFromDays;
using util::daysFromCivil;

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
