// SPDX-License-Identifier: MIT
#pragma once

#include "data/IdColumn.h"
#include "io/ShortText.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace streamlens::io {

// Key → row of an IdColumn, like IdLookup, for the importer's hot path: dense numeric keys
// resolve with one array load, and prefetch() lets a parser start that load a few rows
// ahead (a random user_id misses the cache; waiting for it cost a quarter of the import).
// Text keys are found without building a std::string.
class KeyIndex {
public:
    static constexpr int32_t npos = -1;

    KeyIndex() = default;
    // The rows of repeated keys (all but the first occurrence) go to duplicateRows.
    explicit KeyIndex(const IdColumn& keys, std::vector<size_t>* duplicateRows = nullptr);

    int32_t find(std::string_view key) const
    {
        if (m_dense.empty())
            return findSlow(key);
        uint32_t number = 0;
        if (!denseNumber(key, number) || number - m_base >= m_dense.size())
            return npos;
        return m_dense[number - m_base];
    }
    void prefetch(std::string_view key) const
    {
        uint32_t number = 0;
        if (!m_dense.empty() && denseNumber(key, number) && number - m_base < m_dense.size())
            __builtin_prefetch(m_dense.data() + (number - m_base));
    }
    size_t size() const { return m_count; }

private:
    int32_t findSlow(std::string_view key) const;
    // The number of a key of the column's pattern (prefix, then exactly `width` digits, or
    // 1-10 digits without a leading zero when unpadded), as IdColumn::matchesPattern decides,
    // without its general splitting.
    bool denseNumber(std::string_view key, uint32_t& number) const
    {
        const size_t p = m_prefix.size();
        const size_t digits = key.size() - p;
        if (key.size() <= p || digits > 10 || (m_width != 0 && digits != size_t(m_width)) ||
            (m_width == 0 && digits > 1 && key[p] == '0') ||
            !ShortText::equal(key.substr(0, p), m_prefix))
            return false;
        uint64_t value = 0;
        for (size_t i = p; i < key.size(); ++i) {
            const auto d = static_cast<unsigned>(key[i] - '0');
            if (d > 9)
                return false;
            value = value * 10 + d;
        }
        number = static_cast<uint32_t>(value);
        return value <= UINT32_MAX;
    }

    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    const IdColumn* m_column = nullptr;
    std::string m_prefix; // of a numeric column
    int m_width = 0;
    size_t m_count = 0;
    uint32_t m_base = 0;
    std::vector<int32_t> m_dense;
    std::unordered_map<uint32_t, int32_t> m_sparse;
    std::unordered_map<std::string, int32_t, Hash, std::equal_to<>> m_text;
};

} // namespace streamlens::io
