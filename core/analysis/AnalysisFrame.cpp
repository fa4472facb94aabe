// SPDX-License-Identifier: MIT
#include "analysis/AnalysisFrame.h"

#include <algorithm>

namespace streamlens::analysis {

std::vector<uint32_t> CategoricalColumn::groupsInOrder() const
{
    std::vector<int64_t> counts(nullCode, 0);
    for (uint32_t c : codes)
        if (c < nullCode)
            ++counts[c];
    std::vector<uint32_t> order;
    for (uint32_t c = 0; c < nullCode; ++c)
        if (counts[c] > 0)
            order.push_back(c);
    if (naturalOrder) {
        std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
            const int64_t ra = a < naturalRank.size() ? naturalRank[a] : a;
            const int64_t rb = b < naturalRank.size() ? naturalRank[b] : b;
            return ra < rb;
        });
    } else {
        std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
            if (counts[a] != counts[b])
                return counts[a] > counts[b];
            return labels[a] < labels[b];
        });
    }
    return order;
}

const NumericColumn* AnalysisFrame::numeric(std::string_view key) const
{
    for (const auto& c : m_numeric)
        if (c.info.key == key)
            return &c;
    return nullptr;
}

const CategoricalColumn* AnalysisFrame::categorical(std::string_view key) const
{
    for (const auto& c : m_categorical)
        if (c.info.key == key)
            return &c;
    return nullptr;
}

} // namespace streamlens::analysis
