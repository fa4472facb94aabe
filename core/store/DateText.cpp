// SPDX-License-Identifier: MIT
#include "store/DateText.h"

#include "util/CivilDate.h"

#include <charconv>
#include <cstdio>

namespace streamlens::store {

namespace {

using util::daysFromCivil;

void civilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d)
{
    const util::CivilDate c = util::civilFromDays(z);
    y = c.year;
    m = c.month;
    d = c.day;
}

bool isLeap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(int64_t y, unsigned m)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

} // namespace

std::string formatDate(int32_t days)
{
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%s%04lld-%02u-%02u", y < 0 ? "-" : "",
                                static_cast<long long>(y < 0 ? -y : y), m, d);
    return std::string(buf, static_cast<size_t>(n));
}

bool parseDate(std::string_view text, int32_t& days)
{
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    // At least "YYYY-MM-DD"; the year may be longer.
    if (text.size() < 10 || text[text.size() - 3] != '-' || text[text.size() - 6] != '-')
        return false;
    const std::string_view yearText = text.substr(0, text.size() - 6);
    auto number = [](std::string_view s, int64_t& out) {
        if (s.empty() || s.size() > 12)
            return false;
        for (char c : s)
            if (c < '0' || c > '9')
                return false;
        auto r = std::from_chars(s.data(), s.data() + s.size(), out);
        return r.ec == std::errc() && r.ptr == s.data() + s.size();
    };
    int64_t y = 0, m = 0, d = 0;
    if (yearText.size() < 4 || !number(yearText, y) ||
        !number(text.substr(text.size() - 5, 2), m) || !number(text.substr(text.size() - 2), d))
        return false;
    if (negative)
        y = -y;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, static_cast<unsigned>(m)))
        return false;
    const int64_t z = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    if (z < INT32_MIN || z > INT32_MAX)
        return false;
    days = static_cast<int32_t>(z);
    return true;
}

std::string formatTimestampMs(int64_t ms)
{
    const int64_t msPerDay = 86400000;
    int64_t day = ms / msPerDay, rest = ms % msPerDay;
    if (rest < 0) {
        rest += msPerDay;
        --day;
    }
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(day, y, m, d);
    char buf[64];
    const int n = std::snprintf(
        buf, sizeof buf, "%s%04lld-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", y < 0 ? "-" : "",
        static_cast<long long>(y < 0 ? -y : y), m, d, static_cast<long long>(rest / 3600000),
        static_cast<long long>(rest / 60000 % 60), static_cast<long long>(rest / 1000 % 60),
        static_cast<long long>(rest % 1000));
    return std::string(buf, static_cast<size_t>(n));
}

} // namespace streamlens::store
