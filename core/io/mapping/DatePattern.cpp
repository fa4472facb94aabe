// SPDX-License-Identifier: MIT
#include "io/mapping/DatePattern.h"

#include "io/ValueParsers.h"

#include <array>
#include <cstdio>

namespace streamlens::io::mapping {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads between minDigits and maxDigits digits at pos.
bool readNumber(std::string_view text, size_t& pos, int minDigits, int maxDigits, int& out)
{
    int n = 0, value = 0;
    while (n < maxDigits && pos < text.size() && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++n;
    }
    out = value;
    return n >= minDigits;
}

std::string quoted(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

} // namespace

std::optional<DatePattern> DatePattern::compile(std::string_view pattern, std::string* error)
{
    auto fail = [&](std::string message) -> std::optional<DatePattern> {
        if (error)
            *error = "date format " + quoted(pattern) + ": " + std::move(message);
        return std::nullopt;
    };
    DatePattern p;
    p.m_pattern = std::string(pattern);
    bool hasYear = false, hasMonth = false, hasDay = false, hasAmPm = false;
    size_t i = 0;
    auto run = [&](char c) {
        size_t n = 0;
        while (i + n < pattern.size() && pattern[i + n] == c)
            ++n;
        return n;
    };
    auto literal = [&](std::string text) {
        if (!p.m_parts.empty() && p.m_parts.back().token == Token::Literal)
            p.m_parts.back().literal += text;
        else
            p.m_parts.push_back({Token::Literal, std::move(text)});
    };
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c == '\'') {
            const size_t end = pattern.find('\'', i + 1);
            if (end == std::string_view::npos)
                return fail("unterminated quote");
            literal(end == i + 1 ? std::string("'")
                                 : std::string(pattern.substr(i + 1, end - i - 1)));
            i = end + 1;
            continue;
        }
        size_t n = run(c);
        Token token = Token::Literal;
        switch (c) {
        case 'd':
            if (n > 2)
                return fail("day is d or dd (day names are not read)");
            token = n == 1 ? Token::Day : Token::Day2;
            hasDay = true;
            break;
        case 'M':
            if (n > 4)
                return fail("month is M, MM, MMM or MMMM");
            token = n == 1   ? Token::Month
                    : n == 2 ? Token::Month2
                    : n == 3 ? Token::MonthShort
                             : Token::MonthLong;
            hasMonth = true;
            break;
        case 'y':
            if (n != 2 && n != 4)
                return fail("year is yy or yyyy");
            token = n == 2 ? Token::Year2 : Token::Year4;
            hasYear = true;
            break;
        case 'H':
        case 'h':
            if (n > 2)
                return fail("hour is H, HH, h or hh");
            token = c == 'H' ? (n == 1 ? Token::Hour24 : Token::Hour24_2)
                             : (n == 1 ? Token::Hour12 : Token::Hour12_2);
            p.m_twelveHour = p.m_twelveHour || c == 'h';
            p.m_hasTime = true;
            break;
        case 'm':
            if (n > 2)
                return fail("minute is m or mm");
            token = n == 1 ? Token::Minute : Token::Minute2;
            break;
        case 's':
            if (n > 2)
                return fail("second is s or ss");
            token = n == 1 ? Token::Second : Token::Second2;
            break;
        case 'z':
            if (n != 1 && n != 3)
                return fail("milliseconds are z or zzz");
            token = n == 1 ? Token::Fraction : Token::Millis3;
            break;
        case 'A':
        case 'a':
            if (i + 1 < pattern.size() && lowerAscii(pattern[i + 1]) == 'p')
                n = 2;
            else
                n = 1;
            token = Token::AmPm;
            hasAmPm = true;
            break;
        case 't':
            n = 1;
            token = Token::Zone;
            break;
        default:
            literal(std::string(1, c));
            ++i;
            continue;
        }
        p.m_parts.push_back({token, {}});
        i += n;
    }
    if (!hasYear || !hasMonth || !hasDay)
        return fail("needs a year (yy or yyyy), a month (M...) and a day (d or dd)");
    if (p.m_twelveHour && !hasAmPm)
        return fail("h/hh (12-hour clock) needs AP or ap");
    return p;
}

bool DatePattern::parse(std::string_view text, Fields& out, std::string* reason) const
{
    Fields f;
    size_t pos = 0;
    int hour12 = -1;
    int pm = -1;
    auto fail = [&](const std::string& what) {
        if (reason)
            *reason = quoted(text) + " does not match the date format " + quoted(m_pattern) + " (" +
                      what + ")";
        return false;
    };
    for (const Part& part : m_parts) {
        int v = 0;
        switch (part.token) {
        case Token::Literal:
            if (text.substr(pos, part.literal.size()) != part.literal)
                return fail("expected " + quoted(part.literal) + " at character " +
                            std::to_string(pos + 1));
            pos += part.literal.size();
            break;
        case Token::Day:
        case Token::Day2:
            if (!readNumber(text, pos, part.token == Token::Day ? 1 : 2, 2, f.day))
                return fail("day");
            break;
        case Token::Month:
        case Token::Month2:
            if (!readNumber(text, pos, part.token == Token::Month ? 1 : 2, 2, f.month))
                return fail("month");
            break;
        case Token::MonthShort:
        case Token::MonthLong: {
            int found = 0;
            for (size_t m = 0; m < kMonths.size() && !found; ++m) {
                const std::string_view name =
                    part.token == Token::MonthShort ? kMonths[m].substr(0, 3) : kMonths[m];
                if (text.size() - pos < name.size())
                    continue;
                bool same = true;
                for (size_t k = 0; k < name.size() && same; ++k)
                    same = lowerAscii(text[pos + k]) == name[k];
                if (same) {
                    found = int(m) + 1;
                    pos += name.size();
                }
            }
            if (!found)
                return fail("month name");
            f.month = found;
            break;
        }
        case Token::Year2:
            if (!readNumber(text, pos, 2, 2, v))
                return fail("two-digit year");
            f.year = v < 69 ? 2000 + v : 1900 + v;
            break;
        case Token::Year4:
            if (!readNumber(text, pos, 4, 4, f.year))
                return fail("four-digit year");
            break;
        case Token::Hour24:
        case Token::Hour24_2:
            if (!readNumber(text, pos, part.token == Token::Hour24 ? 1 : 2, 2, f.hour))
                return fail("hour");
            break;
        case Token::Hour12:
        case Token::Hour12_2:
            if (!readNumber(text, pos, part.token == Token::Hour12 ? 1 : 2, 2, hour12))
                return fail("hour");
            break;
        case Token::Minute:
        case Token::Minute2:
            if (!readNumber(text, pos, part.token == Token::Minute ? 1 : 2, 2, f.minute))
                return fail("minute");
            break;
        case Token::Second:
        case Token::Second2:
            if (!readNumber(text, pos, part.token == Token::Second ? 1 : 2, 2, f.second))
                return fail("second");
            break;
        case Token::Fraction:
        case Token::Millis3: {
            const size_t start = pos;
            if (!readNumber(text, pos, part.token == Token::Fraction ? 1 : 3, 3, v))
                return fail("milliseconds");
            for (size_t digits = pos - start; digits < 3; ++digits)
                v *= 10;
            f.millisecond = v;
            break;
        }
        case Token::AmPm: {
            const std::string_view rest = text.substr(pos);
            if (rest.size() >= 2 && lowerAscii(rest[1]) == 'm' &&
                (lowerAscii(rest[0]) == 'a' || lowerAscii(rest[0]) == 'p')) {
                pm = lowerAscii(rest[0]) == 'p';
                pos += 2;
            } else {
                return fail("AM or PM");
            }
            break;
        }
        case Token::Zone: {
            if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
                ++pos;
                f.hasOffset = true;
                f.offsetMinutes = 0;
                break;
            }
            if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-'))
                return fail("time zone (Z or +HH:MM)");
            const int sign = text[pos] == '-' ? -1 : 1;
            ++pos;
            int hh = 0, mm = 0;
            if (!readNumber(text, pos, 2, 2, hh))
                return fail("time zone hours");
            if (pos < text.size() && text[pos] == ':')
                ++pos;
            if (pos < text.size() && isDigit(text[pos]) && !readNumber(text, pos, 2, 2, mm))
                return fail("time zone minutes");
            if (hh > 23 || mm > 59)
                return fail("time zone beyond ±23:59");
            f.hasOffset = true;
            f.offsetMinutes = sign * (hh * 60 + mm);
            break;
        }
        }
    }
    if (pos != text.size())
        return fail("unexpected " + quoted(text.substr(pos)) + " at the end");
    if (hour12 >= 0) {
        if (hour12 < 1 || hour12 > 12)
            return fail("12-hour clock hour must be 1-12");
        f.hour = hour12 % 12 + (pm == 1 ? 12 : 0);
    }
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.year < 1 ||
        unsigned(f.day) > daysInMonth(f.year, unsigned(f.month))) {
        if (reason)
            *reason = quoted(text) + " is not a date that exists";
        return false;
    }
    if (f.hour > 23 || f.minute > 59 || f.second > 59) {
        if (reason)
            *reason = quoted(text) + " has no such time of day";
        return false;
    }
    out = f;
    return true;
}

std::string DatePattern::isoDate(const Fields& f)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", f.year, f.month, f.day);
    return buf;
}

std::string DatePattern::isoTimestamp(const Fields& f)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", f.year, f.month, f.day,
                  f.hour, f.minute, f.second, f.millisecond);
    std::string out = buf;
    if (!f.hasOffset || f.offsetMinutes == 0) {
        out += 'Z';
    } else {
        const int m = f.offsetMinutes < 0 ? -f.offsetMinutes : f.offsetMinutes;
        std::snprintf(buf, sizeof buf, "%c%02d:%02d", f.offsetMinutes < 0 ? '-' : '+', m / 60,
                      m % 60);
        out += buf;
    }
    return out;
}

} // namespace streamlens::io::mapping
