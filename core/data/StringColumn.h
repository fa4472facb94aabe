// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace streamlens {

// Free text (titles) packed into one character arena; no per-row allocation.
class StringColumn {
public:
    void append(std::string_view s)
    {
        m_chars.insert(m_chars.end(), s.begin(), s.end());
        m_ends.push_back(m_chars.size());
    }
    std::string_view value(size_t row) const
    {
        const uint64_t begin = row == 0 ? 0 : m_ends[row - 1];
        return {m_chars.data() + begin, static_cast<size_t>(m_ends[row] - begin)};
    }
    size_t size() const { return m_ends.size(); }
    void reserve(size_t rows, size_t chars)
    {
        m_ends.reserve(rows);
        m_chars.reserve(chars);
    }
    void clear()
    {
        m_chars.clear();
        m_ends.clear();
    }
    void shrinkToFit()
    {
        m_chars.shrink_to_fit();
        m_ends.shrink_to_fit();
    }
    size_t memoryBytes() const { return m_chars.size() + m_ends.size() * sizeof(uint64_t); }

    // The raw arena, for serialisation (the store's columnar snapshot).
    const std::vector<char>& chars() const { return m_chars; }
    const std::vector<uint64_t>& ends() const { return m_ends; }
    // Adopts a serialised arena. Returns false (leaving the column unchanged) unless ends
    // never decrease and the last one equals chars.size(), so value() can never overrun.
    bool assignRaw(std::vector<char> chars, std::vector<uint64_t> ends)
    {
        uint64_t previous = 0;
        for (uint64_t e : ends) {
            if (e < previous)
                return false;
            previous = e;
        }
        if (previous != chars.size())
            return false;
        m_chars = std::move(chars);
        m_ends = std::move(ends);
        return true;
    }

private:
    std::vector<char> m_chars;
    std::vector<uint64_t> m_ends;
};

} // namespace streamlens
