// SPDX-License-Identifier: MIT
#include "data/IdLookup.h"

#include <algorithm>

namespace streamlens {

IdLookup::IdLookup(const IdColumn& column, std::vector<size_t>* duplicateRows)
    : m_column(&column)
    , m_count(column.size())
{
    auto duplicate = [&](size_t row) {
        if (duplicateRows)
            duplicateRows->push_back(row);
    };
    if (column.isNumeric()) {
        const auto& nums = column.numbers();
        if (nums.empty())
            return;
        const auto [lo, hi] = std::minmax_element(nums.begin(), nums.end());
        const uint64_t span = uint64_t(*hi) - *lo + 1;
        if (span <= 4 * uint64_t(nums.size()) + 1024) {
            m_base = *lo;
            m_dense.assign(span, npos);
            for (size_t i = 0; i < nums.size(); ++i) {
                int32_t& slot = m_dense[nums[i] - m_base];
                if (slot == npos)
                    slot = static_cast<int32_t>(i);
                else
                    duplicate(i);
            }
        } else {
            m_sparse.reserve(nums.size());
            for (size_t i = 0; i < nums.size(); ++i)
                if (!m_sparse.emplace(nums[i], static_cast<int32_t>(i)).second)
                    duplicate(i);
        }
        return;
    }
    m_text.reserve(column.size());
    for (size_t i = 0; i < column.size(); ++i)
        if (!m_text.emplace(column.value(i), static_cast<int32_t>(i)).second)
            duplicate(i);
}

int32_t IdLookup::find(std::string_view id) const
{
    if (!m_column)
        return npos;
    if (m_column->isNumeric()) {
        uint32_t number = 0;
        if (!m_column->matchesPattern(id, number))
            return npos;
        if (!m_dense.empty()) {
            if (number < m_base || number - m_base >= m_dense.size())
                return npos;
            return m_dense[number - m_base];
        }
        auto it = m_sparse.find(number);
        return it == m_sparse.end() ? npos : it->second;
    }
    auto it = m_text.find(std::string(id));
    return it == m_text.end() ? npos : it->second;
}

} // namespace streamlens
