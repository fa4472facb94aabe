// SPDX-License-Identifier: MIT
#include "io/RowValidator.h"

#include "io/IsoCodes.h"
#include "io/TimestampParser.h"
#include "io/Utf8.h"
#include "io/ValueParsers.h"

#include <cstdio>

namespace streamlens::io {

namespace {

constexpr size_t kMaxIdChars = 64;

// Inverse of daysFromCivil (Howard Hinnant's civil_from_days).
void civilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
}

} // namespace

RowValidator::RowValidator(const ColumnMapping& mapping, std::string fileName)
    : m_mapping(mapping)
    , m_fileName(std::move(fileName))
{
    m_fieldCountReason = "expected " + std::to_string(m_mapping.fieldCount) + " fields, found ";
}

std::string RowValidator::quoted(std::string_view value)
{
    constexpr size_t kShown = 60;
    if (value.size() <= kShown)
        return "\"" + std::string(value) + "\"";
    size_t cut = kShown;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
        --cut; // never split a UTF-8 sequence
    return "\"" + std::string(value.substr(0, cut)) + "...\"";
}

std::string RowValidator::formatDate(int32_t days)
{
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
    return buf;
}

std::string RowValidator::formatTimestamp(int64_t utcMs)
{
    constexpr int64_t kDay = 86'400'000;
    int64_t days = utcMs / kDay;
    int64_t rest = utcMs % kDay;
    if (rest < 0) {
        rest += kDay;
        --days;
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d.%03dZ",
                  formatDate(static_cast<int32_t>(days)).c_str(), int(rest / 3'600'000),
                  int(rest / 60'000 % 60), int(rest / 1000 % 60), int(rest % 1000));
    return buf;
}

bool RowValidator::checkShape(RowInput& row) const
{
    const CsvRecord& r = row.record;
    if (r.fields.size() != m_mapping.fieldCount) {
        row.errors.add(m_fileName, r.line, {}, m_fieldCountReason + std::to_string(r.size()), {});
        return false;
    }
    if (r.malformedField >= 0) {
        const auto i = static_cast<size_t>(r.malformedField);
        row.errors.add(m_fileName, r.line, m_mapping.columnName(i),
                       "text after the closing quote of a quoted field", r.fields[i]);
        return false;
    }
    return true;
}

bool RowValidator::fail(RowInput& row, int column, std::string reason) const
{
    row.errors.add(m_fileName, row.record.line,
                   std::string(columnsOf(m_mapping.table)[size_t(column)].name), std::move(reason),
                   field(row.record, column));
    return false;
}

bool RowValidator::missing(RowInput& row, int column) const
{
    return fail(row, column, "required value is missing");
}

bool RowValidator::failParse(RowInput& row, int column, ParseError error) const
{
    if (error == ParseError::Empty)
        return missing(row, column);
    return fail(row, column,
                quoted(field(row.record, column)) + " is " + std::string(describe(error)));
}

bool RowValidator::failEnum(RowInput& row, int column, std::string_view value,
                            const std::string_view* values, size_t count) const
{
    std::string reason = "unknown value " + quoted(value) + " (expected one of ";
    for (size_t i = 0; i < count; ++i)
        reason += (i ? ", " : "") + std::string(values[i]);
    reason += ")";
    return fail(row, column, std::move(reason));
}

bool RowValidator::checkText(RowInput& row, int column, std::string_view value) const
{
    if (row.checkUtf8 && !isValidUtf8(value))
        return fail(row, column, "invalid UTF-8 text");
    return true;
}

bool RowValidator::readText(RowInput& row, int column, bool required, std::string_view& out) const
{
    out = field(row.record, column);
    if (out.empty())
        return !required || missing(row, column);
    return checkText(row, column, out);
}

bool RowValidator::readId(RowInput& row, int column, std::string_view& out) const
{
    if (!readText(row, column, true, out))
        return false;
    if (out.size() > kMaxIdChars && utf8Length(out) > kMaxIdChars)
        return fail(row, column, "identifier longer than 64 characters");
    return true;
}

bool RowValidator::readInt(RowInput& row, int column, bool required, int64_t min, int64_t max,
                           const char* range, int32_t& out) const
{
    const std::string_view v = field(row.record, column);
    if (v.empty()) {
        out = kNullInt32;
        return !required || missing(row, column);
    }
    int64_t value = 0;
    const ParseError e = parseInt64(v, value);
    if (e == ParseError::OutOfRange || (e == ParseError::None && (value < min || value > max)))
        return fail(row, column, quoted(v) + " is out of range (expected " + range + ")");
    if (e != ParseError::None)
        return failParse(row, column, e);
    out = static_cast<int32_t>(value);
    return true;
}

bool RowValidator::readDecimal(RowInput& row, int column, bool required, int64_t minMilli,
                               int64_t maxMilli, const char* range, int32_t& out) const
{
    const std::string_view v = field(row.record, column);
    if (v.empty()) {
        out = kNullInt32;
        return !required || missing(row, column);
    }
    int64_t milli = 0;
    const ParseError e = parseDecimalMilli64(v, milli);
    if (e == ParseError::OutOfRange ||
        (e == ParseError::None && (milli < minMilli || milli > maxMilli)))
        return fail(row, column, quoted(v) + " is out of range (expected " + range + ")");
    if (e != ParseError::None)
        return failParse(row, column, e);
    out = static_cast<int32_t>(milli);
    return true;
}

bool RowValidator::readBool(RowInput& row, int column, bool required, uint8_t& out) const
{
    const std::string_view v = field(row.record, column);
    if (v.empty()) {
        out = kNullBool;
        return !required || missing(row, column);
    }
    bool b = false;
    const ParseError e = parseBool(v, b);
    if (e != ParseError::None)
        return failParse(row, column, e);
    out = b ? 1 : 0;
    return true;
}

bool RowValidator::readDate(RowInput& row, int column, bool required, int32_t& out) const
{
    const std::string_view v = field(row.record, column);
    if (v.empty()) {
        out = kNullInt32;
        return !required || missing(row, column);
    }
    const ParseError e = parseDate(v, out);
    return e == ParseError::None || failParse(row, column, e);
}

bool RowValidator::readTimestamp(RowInput& row, int column, int64_t& out) const
{
    const ParseError e = parseTimestamp(field(row.record, column), out);
    return e == ParseError::None || failParse(row, column, e);
}

bool RowValidator::readCountry(RowInput& row, int column, bool required,
                               std::string_view& out) const
{
    out = field(row.record, column);
    if (out.empty())
        return !required || missing(row, column);
    if (!isIsoCountryCode(out))
        return fail(row, column, quoted(out) + " is not an ISO 3166-1 alpha-2 country code");
    return true;
}

bool RowValidator::readLanguage(RowInput& row, int column, bool required,
                                std::string_view& out) const
{
    out = field(row.record, column);
    if (out.empty())
        return !required || missing(row, column);
    if (!isIsoLanguageCode(out))
        return fail(row, column, quoted(out) + " is not an ISO 639-1 language code");
    return true;
}

bool RowValidator::intern(RowInput& row, int column, std::string_view text, FastInterner& interner,
                          uint16_t& out) const
{
    if (text.empty()) {
        out = 0xFFFF;
        return true;
    }
    const uint32_t code = interner.intern(text);
    if (code >= 0xFFFF)
        return fail(row, column, "more than 65535 distinct values in this column");
    out = static_cast<uint16_t>(code);
    return true;
}

} // namespace streamlens::io
