// SPDX-License-Identifier: MIT
#pragma once

#include "data/StringColumn.h"
#include "io/TableColumns.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::io {

// Rows of one contract table on their way into a Dataset: the table's columns, the line each
// row came from (for rejects found later, such as duplicate keys) and the text of columns
// the contract does not know. Used both for one thread's share of a block and for the
// staging of a whole import.
//
// References (SessionTable::userIndex, contentIndex, EventTable::sessionIndex) are encoded
// while staged: r >= 0 is row r of the target dataset, r < 0 is staged row (-1 - r); see
// StagedRef.
template <class Table> struct StagedRows {
    Table table;
    std::vector<int64_t> lines;
    std::vector<StringColumn> extras; // one per unknown column, one value per row
    std::vector<std::string> extraNames;

    size_t size() const { return lines.size(); }
};

namespace StagedRef {
inline constexpr int32_t kMissing = INT32_MIN;
constexpr int32_t fromStaged(size_t row)
{
    return -1 - static_cast<int32_t>(row);
}
constexpr bool isStaged(int32_t ref)
{
    return ref < 0;
}
constexpr size_t stagedRow(int32_t ref)
{
    return static_cast<size_t>(-1 - ref);
}
} // namespace StagedRef

} // namespace streamlens::io
