// SPDX-License-Identifier: MIT
#include "io/ValueParsers.h"

#include <fast_float/fast_float.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace streamlens::io {

namespace {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Case-insensitive comparison with a lower-case ASCII word.
bool equalsLower(std::string_view text, std::string_view word)
{
    if (text.size() != word.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (lower(text[i]) != word[i])
            return false;
    return true;
}

} // namespace

ParseError parseInt64(std::string_view text, int64_t& out)
{
    if (text.empty())
        return ParseError::Empty;
    // Fast path: up to 18 plain digits (cannot overflow), optionally negative.
    if (text.size() <= 18) {
        const bool negative = text[0] == '-';
        size_t i = negative;
        int64_t value = 0;
        for (; i < text.size(); ++i) {
            const auto d = static_cast<unsigned>(text[i] - '0');
            if (d > 9)
                break;
            value = value * 10 + d;
        }
        if (i == text.size() && i > size_t(negative)) {
            out = negative ? -value : value;
            return ParseError::None;
        }
    }
    const char* p = text.data();
    const char* end = p + text.size();
    // from_chars accepts '-' but not '+'.
    if (*p == '+') {
        ++p;
        if (p == end || !isDigit(*p))
            return ParseError::NotInteger;
    }
    int64_t value = 0;
    const auto [ptr, ec] = std::from_chars(p, end, value);
    if (ec == std::errc::result_out_of_range)
        return ParseError::OutOfRange;
    if (ec != std::errc())
        return ParseError::NotInteger;
    if (ptr != end) {
        if (*ptr != '.')
            return ParseError::NotInteger;
        const char* q = ptr + 1;
        bool zeros = true;
        for (; q != end; ++q) {
            if (!isDigit(*q))
                return ParseError::NotInteger;
            zeros = zeros && *q == '0';
        }
        if (!zeros)
            return ParseError::HasFraction;
    }
    out = value;
    return ParseError::None;
}

ParseError parseInt32(std::string_view text, int32_t& out)
{
    int64_t value = 0;
    const ParseError e = parseInt64(text, value);
    if (e != ParseError::None)
        return e;
    if (value <= std::numeric_limits<int32_t>::min() || value > std::numeric_limits<int32_t>::max())
        return ParseError::OutOfRange;
    out = static_cast<int32_t>(value);
    return ParseError::None;
}

namespace {

// The usual shape, [-]d{1,12}[.d{1,3}], without the general path's digit bookkeeping.
// Returns false when the text has another shape (the general path decides then).
bool plainDecimal(std::string_view text, int64_t& milli)
{
    const char* p = text.data();
    const char* end = p + text.size();
    const bool negative = *p == '-';
    p += negative;
    const char* intBegin = p;
    int64_t value = 0;
    while (p != end && isDigit(*p))
        value = value * 10 + (*p++ - '0');
    if (p == intBegin || p - intBegin > 12)
        return false;
    int scale = 1000;
    if (p != end) {
        if (*p != '.' || end - p > 4 || end - p < 2)
            return false;
        for (++p; p != end; ++p) {
            if (!isDigit(*p))
                return false;
            scale /= 10;
            value = value * 10 + (*p - '0');
        }
    }
    value *= scale;
    milli = negative ? -value : value;
    return true;
}

} // namespace

ParseError parseDecimalMilli64(std::string_view text, int64_t& milli)
{
    if (text.empty())
        return ParseError::Empty;
    if (plainDecimal(text, milli))
        return ParseError::None;
    const char* p = text.data();
    const char* end = p + text.size();
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    // The mantissa's digits (without the point) and the position of the point among them.
    const char* digitsBegin = p;
    int64_t intDigits = 0;
    int64_t fracDigits = 0;
    while (p != end && isDigit(*p)) {
        ++p;
        ++intDigits;
    }
    const char* fracBegin = p;
    if (p != end && *p == '.') {
        fracBegin = ++p;
        while (p != end && isDigit(*p)) {
            ++p;
            ++fracDigits;
        }
    }
    if (intDigits + fracDigits == 0)
        return ParseError::NotDecimal;
    int64_t exponent = 0;
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        bool expNegative = false;
        if (p != end && (*p == '+' || *p == '-')) {
            expNegative = *p == '-';
            ++p;
        }
        if (p == end)
            return ParseError::NotDecimal;
        while (p != end && isDigit(*p)) {
            // Beyond ±10000 the value is zero or out of range anyway; stop growing.
            if (exponent < 100000)
                exponent = exponent * 10 + (*p - '0');
            ++p;
        }
        if (expNegative)
            exponent = -exponent;
    }
    if (p != end)
        return ParseError::NotDecimal;

    // Digit i of the mantissa (0-based over integer then fraction digits).
    const int64_t total = intDigits + fracDigits;
    auto digit = [&](int64_t i) -> int {
        if (i < 0 || i >= total)
            return 0;
        return i < intDigits ? digitsBegin[i] - '0' : fracBegin[i - intDigits] - '0';
    };
    // value × 1000 = the digits up to (point + 3); the next digit decides the rounding.
    const int64_t cut = intDigits + exponent + 3;
    uint64_t scaled = 0;
    int64_t first = 0;
    while (first < total && first < cut && digit(first) == 0)
        ++first; // leading zeros
    if (cut - first > 12)
        return ParseError::OutOfRange; // at least 13 significant integer digits
    for (int64_t i = first; i < cut; ++i) {
        scaled = scaled * 10 + static_cast<uint64_t>(digit(i));
        if (scaled > (uint64_t(1) << 62))
            return ParseError::OutOfRange;
    }
    if (cut >= 0 && digit(cut) >= 5)
        ++scaled; // half away from zero: the magnitude rounds up, the sign is applied after
    milli = negative ? -static_cast<int64_t>(scaled) : static_cast<int64_t>(scaled);
    return ParseError::None;
}

ParseError parseDecimalMilli(std::string_view text, int32_t& milli)
{
    int64_t value = 0;
    const ParseError e = parseDecimalMilli64(text, value);
    if (e != ParseError::None)
        return e;
    if (value > std::numeric_limits<int32_t>::max() || value < -std::numeric_limits<int32_t>::max())
        return ParseError::OutOfRange;
    milli = static_cast<int32_t>(value);
    return ParseError::None;
}

ParseError parseDouble(std::string_view text, double& out)
{
    if (text.empty())
        return ParseError::Empty;
    const char* p = text.data();
    const char* end = p + text.size();
    if (*p == '+')
        ++p; // fast_float, like from_chars, rejects a leading '+'
    double value = 0;
    const auto [ptr, ec] = fast_float::from_chars(p, end, value);
    if (ptr != end || p == end)
        return ParseError::NotNumber;
    if (ec == std::errc::result_out_of_range)
        return ParseError::OutOfRange;
    if (ec != std::errc() || !std::isfinite(value))
        return ParseError::NotNumber;
    out = value;
    return ParseError::None;
}

ParseError parseBool(std::string_view text, bool& out)
{
    // Fast path for the contract's own spelling: four or five letters, case folded at once.
    if (text.size() == 4 || text.size() == 5) {
        uint32_t word;
        std::memcpy(&word, text.data(), 4);
        word |= 0x20202020u; // ASCII letters to lower case (other bytes never match below)
        uint32_t t, f;
        std::memcpy(&t, "true", 4);
        std::memcpy(&f, "fals", 4);
        if (text.size() == 4 && word == t) {
            out = true;
            return ParseError::None;
        }
        if (text.size() == 5 && word == f && (text[4] | 0x20) == 'e') {
            out = false;
            return ParseError::None;
        }
    }
    switch (text.size()) {
    case 0:
        return ParseError::Empty;
    case 1:
        switch (text[0]) {
        case '1':
        case 't':
        case 'T':
            out = true;
            return ParseError::None;
        case '0':
        case 'f':
        case 'F':
            out = false;
            return ParseError::None;
        }
        return ParseError::NotBoolean;
    case 2:
        if (equalsLower(text, "no")) {
            out = false;
            return ParseError::None;
        }
        return ParseError::NotBoolean;
    case 3:
        if (equalsLower(text, "yes")) {
            out = true;
            return ParseError::None;
        }
        return ParseError::NotBoolean;
    case 4:
        if (equalsLower(text, "true")) {
            out = true;
            return ParseError::None;
        }
        return ParseError::NotBoolean;
    case 5:
        if (equalsLower(text, "false")) {
            out = false;
            return ParseError::None;
        }
        return ParseError::NotBoolean;
    }
    return ParseError::NotBoolean;
}

ParseError parseDate(std::string_view text, int32_t& days)
{
    if (text.empty())
        return ParseError::Empty;
    const char* s = text.data();
    if (text.size() != 10 || s[4] != '-' || s[7] != '-')
        return ParseError::NotDate;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(s[i]))
            return ParseError::NotDate;
    const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const unsigned m = static_cast<unsigned>((s[5] - '0') * 10 + (s[6] - '0'));
    const unsigned d = static_cast<unsigned>((s[8] - '0') * 10 + (s[9] - '0'));
    if (y == 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m))
        return ParseError::NoSuchDate;
    days = static_cast<int32_t>(daysFromCivil(y, m, d));
    return ParseError::None;
}

} // namespace streamlens::io
