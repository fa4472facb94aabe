// SPDX-License-Identifier: MIT
#include "io/KeyIndex.h"

#include <algorithm>

namespace streamlens::io {

KeyIndex::KeyIndex(const IdColumn& keys, std::vector<size_t>* duplicateRows)
    : m_column(&keys)
    , m_count(keys.size())
{
    auto duplicate = [&](size_t row) {
        if (duplicateRows)
            duplicateRows->push_back(row);
    };
    if (keys.size() == 0)
        return;
    if (keys.isNumeric()) {
        m_prefix = keys.prefix();
        m_width = keys.width();
        const auto& numbers = keys.numbers();
        const auto [lo, hi] = std::minmax_element(numbers.begin(), numbers.end());
        const uint64_t span = uint64_t(*hi) - *lo + 1;
        // Dense when the array is at most about four slots per key.
        if (span <= 4 * uint64_t(numbers.size()) + 1024) {
            m_base = *lo;
            m_dense.assign(span, npos);
            for (size_t i = 0; i < numbers.size(); ++i) {
                int32_t& slot = m_dense[numbers[i] - m_base];
                if (slot == npos)
                    slot = static_cast<int32_t>(i);
                else
                    duplicate(i);
            }
            return;
        }
        m_sparse.reserve(numbers.size());
        for (size_t i = 0; i < numbers.size(); ++i)
            if (!m_sparse.emplace(numbers[i], static_cast<int32_t>(i)).second)
                duplicate(i);
        return;
    }
    m_text.reserve(keys.size());
    char buf[64];
    for (size_t i = 0; i < keys.size(); ++i)
        if (!m_text.emplace(std::string(keys.value(i, buf)), static_cast<int32_t>(i)).second)
            duplicate(i);
}

int32_t KeyIndex::findSlow(std::string_view key) const
{
    if (!m_column || m_count == 0)
        return npos;
    if (m_column->isNumeric()) {
        uint32_t number = 0;
        if (!m_column->matchesPattern(key, number))
            return npos;
        const auto it = m_sparse.find(number);
        return it == m_sparse.end() ? npos : it->second;
    }
    const auto it = m_text.find(key);
    return it == m_text.end() ? npos : it->second;
}

} // namespace streamlens::io
