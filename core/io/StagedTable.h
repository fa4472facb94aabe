// SPDX-License-Identifier: MIT
#pragma once

#include "io/ColumnOps.h"
#include "io/KeyIndex.h"
#include "io/StagedRows.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace streamlens::io {

// All rows of one contract table that an import has validated so far (from one or more
// files), before anything touches the target dataset.
template <class Table> struct StagedTable {
    StagedRows<Table> rows; // extras by name: rows.extraNames[i] names rows.extras[i]
    // Rows rejected after they were staged (duplicate key, cross-file rule...): 1 = rejected.
    // Empty while there are none.
    std::vector<uint8_t> rejected;
    // First staged row of each file, with the file's index in the import.
    std::vector<std::pair<size_t, int>> fileStarts;
    // Key → first staged row, built once the table is complete.
    KeyIndex lookup;
    // The target row each staged row replaces (-1: appended; empty: none is replaced) and,
    // when committing, the row it ends up at (-1: rejected).
    std::vector<int32_t> targetRow;
    std::vector<int32_t> finalIndex;

    size_t size() const { return rows.size(); }
    bool isRejected(size_t row) const { return !rejected.empty() && rejected[row]; }
    void reject(size_t row)
    {
        if (rejected.empty())
            rejected.assign(size(), 0);
        rejected[row] = 1;
    }
    int fileOf(size_t row) const
    {
        auto it = std::upper_bound(fileStarts.begin(), fileStarts.end(), row,
                                   [](size_t r, const auto& s) { return r < s.first; });
        return it == fileStarts.begin() ? -1 : std::prev(it)->second;
    }
    // Index of the extra column called name, created (padded with empty text) if new.
    size_t extraColumn(const std::string& name)
    {
        for (size_t i = 0; i < rows.extraNames.size(); ++i)
            if (rows.extraNames[i] == name)
                return i;
        rows.extraNames.push_back(name);
        rows.extras.emplace_back();
        for (size_t r = 0; r < size(); ++r)
            rows.extras.back().append({});
        return rows.extras.size() - 1;
    }
};

} // namespace streamlens::io
