// SPDX-License-Identifier: MIT
#include "io/mapping/ValueConverter.h"

#include "io/IsoCodes.h"
#include "io/Utf8.h"
#include "io/ValueParsers.h"
#include "io/mapping/CountryNames.h"
#include "io/mapping/DurationText.h"

#include <QString>

#include <algorithm>

namespace streamlens::io::mapping {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

std::string quoted(std::string_view s)
{
    return "\"" + std::string(s) + "\"";
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm, inverse of daysFromCivil).
DatePattern::Fields civilFromMs(int64_t ms)
{
    int64_t days = ms / 86'400'000;
    int64_t rest = ms % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    const int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    DatePattern::Fields f;
    f.day = int(doy - (153 * mp + 2) / 5 + 1);
    f.month = int(mp < 10 ? mp + 3 : mp - 9);
    f.year = int(int64_t(yoe) + era * 400 + (f.month <= 2));
    f.hour = int(rest / 3'600'000);
    f.minute = int(rest / 60'000 % 60);
    f.second = int(rest / 1000 % 60);
    f.millisecond = int(rest % 1000);
    f.hasOffset = true;
    return f;
}

} // namespace

std::string foldCase(std::string_view text, bool upper)
{
    if (isAscii(text.data(), text.size())) {
        std::string out(text);
        for (char& c : out) {
            if (!upper && c >= 'A' && c <= 'Z')
                c = static_cast<char>(c + ('a' - 'A'));
            else if (upper && c >= 'a' && c <= 'z')
                c = static_cast<char>(c - ('a' - 'A'));
        }
        return out;
    }
    const QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return (upper ? s.toUpper() : s.toLower()).toStdString();
}

std::optional<ValueConverter> ValueConverter::prepare(const ColumnRule& rule, ValueKind kind,
                                                      std::string_view columnName,
                                                      const CsvFormat& format, std::string* error)
{
    auto fail = [&](std::string why) -> std::optional<ValueConverter> {
        if (error)
            *error = "column " + std::string(columnName) + ": " + std::move(why);
        return std::nullopt;
    };
    ValueConverter c;
    c.m_rule = rule;
    c.m_kind = kind;
    c.m_milliseconds = columnName.ends_with("_ms");
    c.m_decimal = format.decimalSeparator;
    if (rule.durationText && kind != ValueKind::Int)
        return fail("a duration transform needs a whole-number column such as duration_s");
    if (rule.countryName && kind != ValueKind::Text)
        return fail("a country transform needs a country column");
    for (const auto& [from, to] : rule.valueMap)
        c.m_foldedMap.emplace_back(foldCase(trimmed(from)), to);
    if (kind == ValueKind::Date || kind == ValueKind::Timestamp) {
        const std::string& pattern = rule.dateFormat.empty() ? format.dateFormat : rule.dateFormat;
        if (pattern.empty() || pattern == "iso") {
            c.m_dateMode = DateMode::Iso;
        } else if (pattern == "unix_s") {
            c.m_dateMode = DateMode::UnixSeconds;
        } else if (pattern == "unix_ms") {
            c.m_dateMode = DateMode::UnixMillis;
        } else {
            std::string why;
            c.m_pattern = DatePattern::compile(pattern, &why);
            if (!c.m_pattern)
                return fail(why);
            c.m_dateMode = DateMode::Pattern;
        }
    } else if (!rule.dateFormat.empty()) {
        return fail("a date format applies to date and timestamp columns only");
    }
    return c;
}

bool ValueConverter::convertDate(std::string_view in, std::string& out, std::string& reason) const
{
    DatePattern::Fields f;
    switch (m_dateMode) {
    case DateMode::Iso:
        out.assign(in);
        return true;
    case DateMode::UnixSeconds:
    case DateMode::UnixMillis: {
        int64_t n = 0;
        if (parseInt64(in, n) != ParseError::None) {
            reason = quoted(in) + " is not a whole number of " +
                     (m_dateMode == DateMode::UnixSeconds ? "seconds" : "milliseconds") +
                     " since 1970";
            return false;
        }
        const int64_t limit = 253'402'300'799'000; // 9999-12-31T23:59:59Z
        if (m_dateMode == DateMode::UnixSeconds && (n > limit / 1000 || n < -limit / 1000)) {
            reason = quoted(in) + " is out of range";
            return false;
        }
        const int64_t ms = m_dateMode == DateMode::UnixSeconds ? n * 1000 : n;
        if (ms > limit || ms < -62'135'596'800'000) {
            reason = quoted(in) + " is out of range";
            return false;
        }
        f = civilFromMs(ms);
        break;
    }
    case DateMode::Pattern:
        if (!m_pattern->parse(in, f, &reason))
            return false;
        break;
    }
    out = m_kind == ValueKind::Date ? DatePattern::isoDate(f) : DatePattern::isoTimestamp(f);
    return true;
}

bool ValueConverter::convert(std::string_view in, std::string& out, std::string& reason) const
{
    std::string_view text = in;
    if (m_rule.source == ColumnRule::Source::Constant)
        text = m_rule.constant;
    for (const auto& nullValue : m_rule.nullValues)
        if (trimmed(text) == trimmed(nullValue)) {
            out.clear();
            return true;
        }
    if (m_rule.trim)
        text = trimmed(text);
    if (!m_rule.split.empty()) {
        std::string_view rest = text;
        std::string_view first;
        while (true) {
            const size_t at = rest.find(m_rule.split);
            first = trimmed(rest.substr(0, at));
            if (!first.empty() || at == std::string_view::npos)
                break;
            rest.remove_prefix(at + m_rule.split.size());
        }
        text = first;
    }
    if (text.empty()) {
        out.clear();
        return true;
    }
    std::string value(text);
    if (m_rule.caseFold != ColumnRule::Case::Keep)
        value = foldCase(value, m_rule.caseFold == ColumnRule::Case::Upper);
    if (!m_foldedMap.empty()) {
        const std::string key = foldCase(value);
        auto it = std::find_if(m_foldedMap.begin(), m_foldedMap.end(),
                               [&](const auto& e) { return e.first == key; });
        if (it != m_foldedMap.end()) {
            value = it->second;
        } else if (m_rule.unmapped == ColumnRule::Unmapped::Reject) {
            reason = quoted(value) + " is not in the mapping's value list";
            return false;
        } else if (m_rule.unmapped == ColumnRule::Unmapped::Null) {
            out.clear();
            return true;
        }
    }
    if (m_rule.countryName) {
        const std::string upper = foldCase(value, true);
        if (isIsoCountryCode(upper)) {
            value = upper;
        } else {
            std::string key;
            for (char ch : foldCase(value)) // single spaces between words
                if (ch != ' ' || (!key.empty() && key.back() != ' '))
                    key.push_back(ch);
            const std::string_view code = countryCodeForLowerName(key);
            if (code.empty()) {
                reason = "unknown country name " + quoted(value) + " (no ISO 3166-1 code)";
                return false;
            }
            value = std::string(code);
        }
    }
    if (m_rule.durationText) {
        int64_t ms = 0;
        if (!parseDurationText(value, m_rule.secondsPerSeason, ms, &reason))
            return false;
        value = std::to_string(m_milliseconds ? ms : (ms + 500) / 1000);
    } else if ((m_kind == ValueKind::Int || m_kind == ValueKind::Decimal) && m_decimal != '.') {
        if (value.find('.') != std::string::npos) {
            reason = quoted(value) + " holds '.' but the decimal separator is '" +
                     std::string(1, m_decimal) + "'";
            return false;
        }
        std::replace(value.begin(), value.end(), m_decimal, '.');
    }
    if (m_kind == ValueKind::Date || m_kind == ValueKind::Timestamp) {
        std::string iso;
        if (!convertDate(value, iso, reason))
            return false;
        value = std::move(iso);
    }
    if (!m_rule.idTemplate.empty()) {
        std::string t = m_rule.idTemplate;
        t.replace(t.find("{}"), 2, value);
        value = std::move(t);
    }
    out = std::move(value);
    return true;
}

} // namespace streamlens::io::mapping
