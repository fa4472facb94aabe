// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace streamlens::io {

// Why a text value could not be converted. A small enum keeps the parsers allocation-free;
// the row validators turn it into a sentence only for the rows they reject.
enum class ParseError : uint8_t {
    None,
    Empty,
    NotInteger,
    HasFraction,
    NotDecimal,
    NotNumber,
    NotBoolean,
    NotDate,
    NoSuchDate,
    NotTimestamp,
    BadTimeOfDay,
    BadUtcOffset,
    OutOfRange,
};

// A short phrase such as "not an integer", meant to follow the quoted value.
std::string_view describe(ParseError error);

} // namespace streamlens::io
