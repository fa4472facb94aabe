// SPDX-License-Identifier: MIT
#include "data/IdColumn.h"

#include <charconv>
#include <cstring>

namespace streamlens {

bool IdColumn::split(std::string_view id, std::string_view& prefix, int& width, uint32_t& number)
{
    size_t digits = 0;
    while (digits < id.size() && id[id.size() - 1 - digits] >= '0' &&
           id[id.size() - 1 - digits] <= '9')
        ++digits;
    // Long prefixes stay text so that value(row, buf) always fits its 64-char buffer.
    if (digits == 0 || digits > 10 || id.size() - digits > 48)
        return false;
    const std::string_view num = id.substr(id.size() - digits);
    uint64_t value = 0;
    for (char c : num)
        value = value * 10 + static_cast<uint64_t>(c - '0');
    if (value > UINT32_MAX)
        return false;
    prefix = id.substr(0, id.size() - digits);
    // A leading zero means the number is padded to a fixed width; otherwise width 0.
    width = (num.size() > 1 && num[0] == '0') ? static_cast<int>(num.size()) : 0;
    number = static_cast<uint32_t>(value);
    return true;
}

bool IdColumn::matchesPattern(std::string_view id, uint32_t& number) const
{
    std::string_view prefix;
    int width = 0;
    if (!split(id, prefix, width, number))
        return false;
    if (!m_patternSet)
        return true;
    if (prefix != m_prefix)
        return false;
    if (m_width == 0)
        return width == 0;
    // Padded column: the digit count must equal the width exactly.
    return id.size() - prefix.size() == static_cast<size_t>(m_width);
}

void IdColumn::append(std::string_view id)
{
    if (m_textMode) {
        m_text.append(id);
        return;
    }
    std::string_view prefix;
    int width = 0;
    uint32_t number = 0;
    if (!split(id, prefix, width, number)) {
        switchToText();
        m_text.append(id);
        return;
    }
    if (!m_patternSet) {
        m_patternSet = true;
        m_prefix = std::string(prefix);
        m_width = width;
        m_numbers.push_back(number);
        return;
    }
    const size_t digits = id.size() - prefix.size();
    bool fits = prefix == m_prefix;
    if (fits && m_width == 0) {
        // An unpadded column stays unpadded only while no value has a leading zero.
        fits = width == 0;
    } else if (fits) {
        fits = digits == static_cast<size_t>(m_width);
    }
    if (!fits) {
        switchToText();
        m_text.append(id);
        return;
    }
    m_numbers.push_back(number);
}

void IdColumn::append(const IdColumn& other)
{
    if (other.size() == 0)
        return;
    const bool samePattern =
        !m_patternSet || (m_prefix == other.m_prefix && m_width == other.m_width);
    if (!m_textMode && !other.m_textMode && samePattern) {
        if (!m_patternSet) {
            m_patternSet = true;
            m_prefix = other.m_prefix;
            m_width = other.m_width;
        }
        m_numbers.insert(m_numbers.end(), other.m_numbers.begin(), other.m_numbers.end());
        return;
    }
    char buf[64];
    for (size_t i = 0; i < other.size(); ++i)
        append(other.value(i, buf));
}

std::string_view IdColumn::value(size_t row, char* buf) const
{
    if (m_textMode)
        return m_text.value(row);
    char* p = buf;
    std::memcpy(p, m_prefix.data(), m_prefix.size());
    p += m_prefix.size();
    char digits[16];
    auto res = std::to_chars(digits, digits + sizeof digits, m_numbers[row]);
    const int n = static_cast<int>(res.ptr - digits);
    for (int i = n; i < m_width; ++i)
        *p++ = '0';
    std::memcpy(p, digits, static_cast<size_t>(n));
    p += n;
    return {buf, static_cast<size_t>(p - buf)};
}

std::string IdColumn::value(size_t row) const
{
    if (m_textMode)
        return std::string(m_text.value(row));
    char buf[64];
    return std::string(value(row, buf));
}

void IdColumn::switchToText()
{
    if (m_textMode)
        return;
    StringColumn text;
    text.reserve(m_numbers.capacity(), m_numbers.size() * (m_prefix.size() + 10));
    for (size_t i = 0; i < m_numbers.size(); ++i)
        text.append(value(i));
    m_text = std::move(text);
    m_numbers.clear();
    m_numbers.shrink_to_fit();
    m_textMode = true;
}

bool IdColumn::fromNumbers(std::string prefix, int width, std::vector<uint32_t> numbers,
                           IdColumn& out)
{
    if (prefix.size() > 48 || (!prefix.empty() && prefix.back() >= '0' && prefix.back() <= '9'))
        return false;
    if (width != 0 && (width < 2 || width > 10))
        return false;
    IdColumn c;
    if (!numbers.empty()) {
        c.m_patternSet = true;
        c.m_prefix = std::move(prefix);
        c.m_width = width;
        c.m_numbers = std::move(numbers);
    }
    out = std::move(c);
    return true;
}

IdColumn IdColumn::fromText(StringColumn text)
{
    IdColumn c;
    if (text.size() == 0)
        return c;
    c.m_textMode = true;
    c.m_text = std::move(text);
    return c;
}

void IdColumn::reserve(size_t rows)
{
    if (m_textMode)
        m_text.reserve(rows, rows * 12);
    else
        m_numbers.reserve(rows);
}

void IdColumn::clear()
{
    *this = IdColumn();
}

void IdColumn::shrinkToFit()
{
    m_numbers.shrink_to_fit();
    m_text.shrinkToFit();
}

size_t IdColumn::memoryBytes() const
{
    return m_textMode ? m_text.memoryBytes() : m_numbers.size() * sizeof(uint32_t);
}

} // namespace streamlens
