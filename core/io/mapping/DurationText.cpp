// SPDX-License-Identifier: MIT
#include "io/mapping/DurationText.h"

#include <cmath>
#include <string>

namespace streamlens::io::mapping {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + ('a' - 'A'));
    return out;
}

// Milliseconds per unit word; 0 for "season", -1 when unknown.
int64_t unitMs(const std::string& unit)
{
    if (unit == "ms" || unit == "msec" || unit == "millisecond" || unit == "milliseconds")
        return 1;
    if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" || unit == "seconds")
        return 1000;
    if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes")
        return 60'000;
    if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours")
        return 3'600'000;
    if (unit == "season" || unit == "seasons")
        return 0;
    return -1;
}

bool clock(std::string_view text, int64_t& ms)
{
    // h:mm:ss or m:ss
    int64_t parts[3] = {0, 0, 0};
    int n = 0;
    size_t i = 0;
    while (i < text.size()) {
        if (n == 3 || !isDigit(text[i]))
            return false;
        int64_t v = 0;
        size_t digits = 0;
        while (i < text.size() && isDigit(text[i]) && digits < 9) {
            v = v * 10 + (text[i] - '0');
            ++i;
            ++digits;
        }
        parts[n++] = v;
        if (i < text.size()) {
            if (text[i] != ':')
                return false;
            ++i;
            if (i == text.size())
                return false;
        }
    }
    if (n < 2)
        return false;
    if (n == 2)
        ms = (parts[0] * 60 + parts[1]) * 1000;
    else
        ms = (parts[0] * 3600 + parts[1] * 60 + parts[2]) * 1000;
    return parts[n - 1] < 60 && (n == 2 || parts[1] < 60);
}

} // namespace

bool parseDurationText(std::string_view text, int64_t secondsPerSeason, int64_t& milliseconds,
                       std::string* reason)
{
    auto fail = [&](std::string why) {
        if (reason)
            *reason = std::move(why);
        return false;
    };
    const std::string quotedText = "\"" + std::string(text) + "\"";
    if (text.empty())
        return fail("empty duration");
    if (text.find(':') != std::string_view::npos) {
        if (clock(text, milliseconds))
            return true;
        return fail(quotedText + " is not a duration (h:mm:ss or m:ss)");
    }
    int64_t total = 0;
    size_t i = 0;
    bool any = false;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        if (i == text.size())
            break;
        const size_t numberStart = i;
        while (i < text.size() && (isDigit(text[i]) || text[i] == '.'))
            ++i;
        if (i == numberStart)
            return fail(quotedText + " is not a duration (a number and a unit such as "
                                     "\"90 min\" or \"1 h 30 min\")");
        double number = 0;
        try {
            number = std::stod(std::string(text.substr(numberStart, i - numberStart)));
        } catch (...) {
            return fail(quotedText + " is not a duration");
        }
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        const size_t unitStart = i;
        while (i < text.size() && (isLetter(text[i]) || text[i] == '.'))
            ++i;
        std::string unit = lower(text.substr(unitStart, i - unitStart));
        while (!unit.empty() && unit.back() == '.')
            unit.pop_back();
        int64_t perUnit = unit.empty() && !any && i == text.size() ? 60'000 : unitMs(unit);
        if (perUnit < 0)
            return fail(quotedText + ": unknown unit \"" + unit + "\"");
        if (perUnit == 0) {
            if (secondsPerSeason <= 0)
                return fail(quotedText + " counts seasons, not a running time (give the mapping a "
                                         "length per season to import it)");
            perUnit = secondsPerSeason * 1000;
        }
        total += std::llround(number * double(perUnit));
        any = true;
    }
    if (!any)
        return fail(quotedText + " is not a duration");
    milliseconds = total;
    return true;
}

} // namespace streamlens::io::mapping
