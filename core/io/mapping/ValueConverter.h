// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvFormat.h"
#include "io/mapping/ColumnRule.h"
#include "io/mapping/DatePattern.h"
#include "io/mapping/ValueKind.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::io::mapping {

// One contract column's ColumnRule made ready to run on every row: the date pattern
// compiled, the value map keys folded. convert() turns the foreign text into the text the
// contract importer reads (which still validates it); a transform that cannot make sense
// of the text gives a reason instead.
class ValueConverter {
public:
    // Fails with *error when the rule cannot work (a bad date pattern, a duration transform
    // on a text column...). columnName is the contract column ("duration_s": seconds,
    // "*_ms": milliseconds).
    static std::optional<ValueConverter> prepare(const ColumnRule& rule, ValueKind kind,
                                                 std::string_view columnName,
                                                 const CsvFormat& format, std::string* error);

    bool convert(std::string_view in, std::string& out, std::string& reason) const;

private:
    enum class DateMode { Iso, UnixSeconds, UnixMillis, Pattern };

    bool convertDate(std::string_view in, std::string& out, std::string& reason) const;

    ColumnRule m_rule;
    ValueKind m_kind = ValueKind::Text;
    bool m_milliseconds = false;
    char m_decimal = '.';
    DateMode m_dateMode = DateMode::Iso;
    std::optional<DatePattern> m_pattern;
    std::vector<std::pair<std::string, std::string>> m_foldedMap; // keys lower case
};

// Lower case of UTF-8 text (ASCII fast path; other letters through Unicode rules).
std::string foldCase(std::string_view text, bool upper = false);

} // namespace streamlens::io::mapping
