// SPDX-License-Identifier: MIT
#pragma once

#include "data/StringColumn.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens {

// Text identifiers (session_id, user_id...). Identifiers almost always look like a fixed
// prefix followed by a number ("s00012345", "42"); those are stored as the 32-bit number
// (4 bytes a row instead of ~16), which is what keeps a session row within 64 bytes.
// The first identifier that does not fit the pattern switches the column to a text arena,
// converting what was stored so far; value() is the same either way.
class IdColumn {
public:
    void append(std::string_view id);
    // Appends all of other's values: a copy of the numbers when both columns are numeric
    // with the same prefix and width (how the importer joins per-thread buffers).
    void append(const IdColumn& other);
    std::string value(size_t row) const;
    // Writes the value into buf (which must hold 64 chars) and returns a view of it; no
    // allocation, for hot loops such as CSV writing.
    std::string_view value(size_t row, char* buf) const;
    size_t size() const { return m_textMode ? m_text.size() : m_numbers.size(); }
    void reserve(size_t rows);
    void clear();
    void shrinkToFit();
    size_t memoryBytes() const;

    bool isNumeric() const { return !m_textMode; }
    // Numeric mode only: prefix, zero-padded digit width (0 = no padding), the numbers.
    const std::string& prefix() const { return m_prefix; }
    int width() const { return m_width; }
    const std::vector<uint32_t>& numbers() const { return m_numbers; }
    // Text mode only: the identifiers as text.
    const StringColumn& text() const { return m_text; }

    // Rebuild a serialised column (the store's columnar snapshot) without re-parsing every
    // identifier. fromNumbers returns false, leaving out unchanged, for a pattern append()
    // could never have produced (prefix over 48 chars or ending in a digit, width not 0 or
    // 2..10).
    static bool fromNumbers(std::string prefix, int width, std::vector<uint32_t> numbers,
                            IdColumn& out);
    static IdColumn fromText(StringColumn text);

    // Splits id into prefix and number when it fits this column's numeric pattern
    // (or would start it, for an empty column). Used by IdLookup too.
    bool matchesPattern(std::string_view id, uint32_t& number) const;

private:
    void switchToText();
    static bool split(std::string_view id, std::string_view& prefix, int& width, uint32_t& number);

    bool m_textMode = false;
    bool m_patternSet = false;
    std::string m_prefix;
    int m_width = 0;
    std::vector<uint32_t> m_numbers;
    StringColumn m_text;
};

} // namespace streamlens
