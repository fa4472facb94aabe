// SPDX-License-Identifier: MIT
#pragma once

#include "util/CivilDate.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace streamlens::generator {

// A calendar date in the generator's int32 arithmetic.
struct CivilDate {
    int32_t year;
    int32_t month; // 1..12
    int32_t day;   // 1..31
};

inline constexpr int64_t kMsPerDay = 86'400'000;
inline constexpr int64_t kMsPerHour = 3'600'000;

// The generator's int32 day numbers over the shared calendar arithmetic (util/CivilDate.h).
constexpr int32_t daysFromCivil(int32_t y, int32_t m, int32_t d)
{
    return static_cast<int32_t>(
        util::daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

constexpr CivilDate civilFromDays(int32_t z)
{
    const util::CivilDate c = util::civilFromDays(z);
    return {static_cast<int32_t>(c.year), static_cast<int32_t>(c.month),
            static_cast<int32_t>(c.day)};
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
