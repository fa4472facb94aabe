// SPDX-License-Identifier: MIT
#pragma once

#include "io/ParseError.h"

#include <cstdint>
#include <string_view>

// Exact, locale-free conversions of contract field text. Every parser takes the whole field
// (no surrounding spaces) and rejects trailing characters; none allocates.
namespace streamlens::io {

// Integers: optional sign, decimal digits. A fraction of zeros ("12.0", written by tools that
// store integer columns with nulls as floating point) is accepted; any other fraction is
// HasFraction.
ParseError parseInt64(std::string_view text, int64_t& out);
// As parseInt64, restricted to int32 without INT32_MIN (the null sentinel).
ParseError parseInt32(std::string_view text, int32_t& out);

// A decimal number as an integer scaled by 1000 (kMilli), exactly: digits beyond the third
// decimal are rounded half away from zero. Accepts "12", "-0.5", ".25", "3.", "1.5e2".
// OutOfRange beyond ±INT32_MAX (INT32_MIN is the null sentinel).
ParseError parseDecimalMilli(std::string_view text, int32_t& milli);
ParseError parseDecimalMilli64(std::string_view text, int64_t& milli);

// A finite double (fast_float, round to nearest); "nan" and "inf" are NotNumber.
ParseError parseDouble(std::string_view text, double& out);

// true/false, 1/0, yes/no, t/f in any letter case.
ParseError parseBool(std::string_view text, bool& out);

// YYYY-MM-DD (years 0001-9999) as days since 1970-01-01; impossible dates are NoSuchDate.
ParseError parseDate(std::string_view text, int32_t& days);

// Days since 1970-01-01 of a proleptic Gregorian date (no validation).
constexpr int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm: shifts the year to start in March so leap days come last.
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

constexpr bool isLeapYear(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned daysInMonth(int64_t y, unsigned m)
{
    constexpr unsigned kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

} // namespace streamlens::io
