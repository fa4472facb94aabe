// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::io::mapping {

// A date/time pattern in Qt's notation ("dd-MM-yy", "MM/dd/yyyy h:mm AP", "dd.MM.yyyy
// HH:mm:ss.zzz t"), parsed without the locale: month names are English. Written here rather
// than with QDateTime::fromString because Qt 6.4 reads "yy" as 19xx; here two-digit years
// follow POSIX strptime (00-68 are 20xx, 69-99 are 19xx), which is what exports of recent
// data mean.
//
// Tokens: d dd (day), M MM (month), MMM MMMM (Jan, January), yy yyyy (year), H HH (hour 0-23),
// h hh (hour 1-12 with AP/ap), m mm, s ss, z (1-3 digit fraction) zzz (milliseconds),
// AP ap A a (AM/PM), t (zone: Z, ±HH:MM, ±HHMM, ±HH); 'text' is literal; any other character
// must appear as written. Single-letter numeric tokens accept one or two digits.
class DatePattern {
public:
    struct Fields {
        int year = 1970, month = 1, day = 1;
        int hour = 0, minute = 0, second = 0, millisecond = 0;
        bool hasOffset = false;
        int offsetMinutes = 0;
    };

    // Fails (nullopt, *error says why) on an empty pattern, a pattern without a year, month
    // and day, or an unterminated quote.
    static std::optional<DatePattern> compile(std::string_view pattern, std::string* error);

    // Reads the whole text; on failure *reason says what did not match.
    bool parse(std::string_view text, Fields& out, std::string* reason) const;
    bool hasTime() const { return m_hasTime; }
    const std::string& pattern() const { return m_pattern; }

    // "YYYY-MM-DD" and "YYYY-MM-DDTHH:MM:SS.mmm" plus "Z" or the offset: what the contract
    // importer reads.
    static std::string isoDate(const Fields& f);
    static std::string isoTimestamp(const Fields& f);

private:
    enum class Token {
        Literal,
        Day,
        Day2,
        Month,
        Month2,
        MonthShort,
        MonthLong,
        Year2,
        Year4,
        Hour24,
        Hour24_2,
        Hour12,
        Hour12_2,
        Minute,
        Minute2,
        Second,
        Second2,
        Fraction,
        Millis3,
        AmPm,
        Zone
    };
    struct Part {
        Token token;
        std::string literal;
    };
    std::vector<Part> m_parts;
    std::string m_pattern;
    bool m_hasTime = false;
    bool m_twelveHour = false;
};

} // namespace streamlens::io::mapping
