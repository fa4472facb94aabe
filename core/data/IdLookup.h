// SPDX-License-Identifier: MIT
#pragma once

#include "data/IdColumn.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace streamlens {

// Finds the row of an identifier in an IdColumn. Numeric columns whose numbers are dense
// use a direct array (one load per lookup, the common case for generated and exported
// data); sparse numeric and text columns use a hash map.
class IdLookup {
public:
    static constexpr int32_t npos = -1;

    IdLookup() = default;
    // Builds the index; the rows of duplicated identifiers (all but the first occurrence)
    // are appended to duplicateRows when it is given.
    explicit IdLookup(const IdColumn& column, std::vector<size_t>* duplicateRows = nullptr);

    int32_t find(std::string_view id) const;
    size_t size() const { return m_count; }

private:
    const IdColumn* m_column = nullptr;
    size_t m_count = 0;
    uint32_t m_base = 0;
    std::vector<int32_t> m_dense;
    std::unordered_map<uint32_t, int32_t> m_sparse;
    std::unordered_map<std::string, int32_t> m_text;
};

} // namespace streamlens
