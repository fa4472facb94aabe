// SPDX-License-Identifier: MIT
#pragma once

#include "data/Nulls.h"
#include "io/ContractSchema.h"
#include "io/CsvRecord.h"
#include "io/FastInterner.h"
#include "io/ParseError.h"
#include "io/RowErrors.h"
#include "io/ShortText.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace streamlens::io {

// One record being validated: where its rejects go and whether its text needs a UTF-8 check
// (only blocks that are not pure ASCII do).
struct RowInput {
    const CsvRecord& record;
    RowErrors& errors;
    bool checkUtf8;
};

// Field access and typed reads shared by the four tables' row parsers. Each read either
// stores the value (or the column's null) and returns true, or records the reject (file,
// line, column, reason, raw value) and returns false, so a parser stops at a row's first
// problem.
class RowValidator {
public:
    RowValidator(const ColumnMapping& mapping, std::string fileName);
    const ColumnMapping& mapping() const { return m_mapping; }
    const std::string& fileName() const { return m_fileName; }

    std::string_view field(const CsvRecord& record, int column) const
    {
        const int i = m_mapping.fileIndex[static_cast<size_t>(column)];
        return i < 0 ? std::string_view() : record.fields[static_cast<size_t>(i)];
    }

    // Field count and quoting of the whole record.
    bool checkShape(RowInput& row) const;
    // Always false: records a reject of column with reason, the field's text as value.
    bool fail(RowInput& row, int column, std::string reason) const;
    bool failParse(RowInput& row, int column, ParseError error) const;

    bool readText(RowInput& row, int column, bool required, std::string_view& out) const;
    // A key or reference: required, at most 64 characters.
    bool readId(RowInput& row, int column, std::string_view& out) const;
    // Integers within [min, max]; kNullInt32 when empty and optional. range is the text
    // for the reject ("13 to 110", ">= 0").
    bool readInt(RowInput& row, int column, bool required, int64_t min, int64_t max,
                 const char* range, int32_t& out) const;
    // Decimals ×1000 within [minMilli, maxMilli]; kNullInt32 when empty and optional.
    bool readDecimal(RowInput& row, int column, bool required, int64_t minMilli, int64_t maxMilli,
                     const char* range, int32_t& out) const;
    // 0/1, kNullBool when empty and optional.
    bool readBool(RowInput& row, int column, bool required, uint8_t& out) const;
    bool readDate(RowInput& row, int column, bool required, int32_t& out) const;
    bool readTimestamp(RowInput& row, int column, int64_t& out) const;
    // Index of the value in a closed set; 0xFF when empty and optional.
    template <size_t N>
    bool readEnum(RowInput& row, int column, bool required,
                  const std::array<std::string_view, N>& values, uint8_t& out) const
    {
        const std::string_view v = field(row.record, column);
        if (v.empty()) {
            out = 0xFF;
            return !required || missing(row, column);
        }
        for (size_t i = 0; i < N; ++i) {
            if (ShortText::equal(values[i], v)) {
                out = static_cast<uint8_t>(i);
                return true;
            }
        }
        return failEnum(row, column, v, values.data(), N);
    }
    bool readCountry(RowInput& row, int column, bool required, std::string_view& out) const;
    bool readLanguage(RowInput& row, int column, bool required, std::string_view& out) const;
    // Code of a text value in a thread's interner; kNull (0xFFFF) for empty text. Fails
    // when the column has more distinct values than its 16-bit codes hold.
    bool intern(RowInput& row, int column, std::string_view text, FastInterner& interner,
                uint16_t& out) const;

    // The row's unknown columns, for StagedRows::extras.
    template <class Extras> void appendExtras(const CsvRecord& record, Extras& extras) const
    {
        for (size_t k = 0; k < m_mapping.unknownIndexes.size(); ++k)
            extras[k].append(record.fields[static_cast<size_t>(m_mapping.unknownIndexes[k])]);
    }

    // "2026-03-01T18:22:05.123Z", "2026-03-01": for reasons that cite another value.
    static std::string formatTimestamp(int64_t utcMs);
    static std::string formatDate(int32_t days);
    // The value as shown inside a reason: quoted, shortened when long.
    static std::string quoted(std::string_view value);

private:
    bool missing(RowInput& row, int column) const;
    bool failEnum(RowInput& row, int column, std::string_view value, const std::string_view* values,
                  size_t count) const;
    bool checkText(RowInput& row, int column, std::string_view value) const;

    ColumnMapping m_mapping;
    std::string m_fileName;
    std::string m_fieldCountReason;
};

} // namespace streamlens::io
