// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace streamlens::table {

// One cell as stored, before any formatting: the view formats it for the locale, exports in
// the contract's text. Decimals stay integers in thousandths so nothing is rounded on the way.
struct CellValue {
    enum class Kind : uint8_t {
        Null,
        Text,      // text (points into the dataset or the caller's id buffer)
        Integer,   // number
        Milli,     // number / 1000, exact
        Boolean,   // number 0 or 1
        Date,      // number: days since 1970-01-01
        Timestamp, // number: UTC milliseconds
    };
    Kind kind = Kind::Null;
    int64_t number = 0;
    std::string_view text;

    bool isNull() const { return kind == Kind::Null; }
    static CellValue null() { return {}; }
    static CellValue of(Kind kind, int64_t number) { return {kind, number, {}}; }
    static CellValue ofText(std::string_view text) { return {Kind::Text, 0, text}; }
};

// The contract's text of a value (as the CSV files hold it, unquoted): ISO-8601 UTC
// timestamps, YYYY-MM-DD dates, true/false, decimals without trailing zeros, "" for null.
std::string contractText(const CellValue& value);

} // namespace streamlens::table
