// SPDX-License-Identifier: MIT
#include "io/ParseError.h"

namespace streamlens::io {

std::string_view describe(ParseError error)
{
    switch (error) {
    case ParseError::None:
        return "valid";
    case ParseError::Empty:
        return "empty";
    case ParseError::NotInteger:
        return "not an integer";
    case ParseError::HasFraction:
        return "not an integer (has a fractional part)";
    case ParseError::NotDecimal:
        return "not a decimal number";
    case ParseError::NotNumber:
        return "not a finite number";
    case ParseError::NotBoolean:
        return "not a boolean (expected true/false, 1/0, yes/no or t/f)";
    case ParseError::NotDate:
        return "not a date (expected YYYY-MM-DD)";
    case ParseError::NoSuchDate:
        return "no such calendar date";
    case ParseError::NotTimestamp:
        return "not a timestamp (expected ISO-8601 such as 2026-03-01T18:22:05.123Z)";
    case ParseError::BadTimeOfDay:
        return "invalid time of day";
    case ParseError::BadUtcOffset:
        return "invalid UTC offset";
    case ParseError::OutOfRange:
        return "out of range";
    }
    return "invalid";
}

} // namespace streamlens::io
