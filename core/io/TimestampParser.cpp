// SPDX-License-Identifier: MIT
#include "io/TimestampParser.h"

#include "io/ValueParsers.h"

namespace streamlens::io {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Two digits at s, or -1.
inline int twoDigits(const char* s)
{
    if (!isDigit(s[0]) || !isDigit(s[1]))
        return -1;
    return (s[0] - '0') * 10 + (s[1] - '0');
}

constexpr int64_t kMsPerMinute = 60'000;
constexpr int64_t kMsPerDay = 86'400'000;

} // namespace

ParseError parseTimestamp(std::string_view text, int64_t& utcMs)
{
    if (text.empty())
        return ParseError::Empty;
    // Shortest accepted form: "YYYY-MM-DDTHH:MM" (16 characters).
    if (text.size() < 16)
        return ParseError::NotTimestamp;
    const char* s = text.data();
    const char* end = s + text.size();
    int32_t days = 0;
    const ParseError dateError = parseDate(text.substr(0, 10), days);
    if (dateError == ParseError::NoSuchDate)
        return dateError;
    if (dateError != ParseError::None)
        return ParseError::NotTimestamp;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return ParseError::NotTimestamp;
    const int hour = twoDigits(s + 11);
    const int minute = twoDigits(s + 14);
    if (hour < 0 || s[13] != ':' || minute < 0)
        return ParseError::NotTimestamp;
    const char* p = s + 16;
    int second = 0;
    int millis = 0;
    if (p != end && *p == ':') {
        if (end - p < 3)
            return ParseError::NotTimestamp;
        second = twoDigits(p + 1);
        if (second < 0)
            return ParseError::NotTimestamp;
        p += 3;
        if (p != end && (*p == '.' || *p == ',')) {
            ++p;
            const char* fracBegin = p;
            int scale = 100;
            while (p != end && isDigit(*p)) {
                millis += (*p - '0') * scale; // digits past the third have scale 0: truncated
                scale /= 10;
                ++p;
            }
            if (p == fracBegin || p - fracBegin > 9)
                return ParseError::NotTimestamp;
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return ParseError::BadTimeOfDay;

    int64_t offsetMinutes = 0;
    if (p != end) {
        if (*p == 'Z' || *p == 'z') {
            ++p;
        } else if (*p == '+' || *p == '-') {
            const int sign = *p == '-' ? -1 : 1;
            ++p;
            if (end - p < 2)
                return ParseError::NotTimestamp;
            const int oh = twoDigits(p);
            if (oh < 0)
                return ParseError::NotTimestamp;
            p += 2;
            int om = 0;
            if (p != end) {
                if (*p == ':')
                    ++p;
                if (end - p < 2)
                    return ParseError::NotTimestamp;
                om = twoDigits(p);
                if (om < 0)
                    return ParseError::NotTimestamp;
                p += 2;
            }
            if (oh > 23 || om > 59)
                return ParseError::BadUtcOffset;
            offsetMinutes = sign * (oh * 60 + om);
        } else {
            return ParseError::NotTimestamp;
        }
    }
    if (p != end)
        return ParseError::NotTimestamp;
    // Local time minus its offset is UTC.
    utcMs = days * kMsPerDay + ((hour * 60 + minute) - offsetMinutes) * kMsPerMinute +
            second * 1000 + millis;
    return ParseError::None;
}

} // namespace streamlens::io
