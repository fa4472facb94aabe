// SPDX-License-Identifier: MIT
#pragma once

#include "table/TableKind.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::table {

enum class SortOrder : uint8_t { Ascending, Descending };

// Reorders rows (row indices of table, in any order) by one column. The order is stable: rows
// with equal values keep their order in the input, in both directions. Nulls come last in both
// directions (what a reader looks for is at the top). Text is ordered byte by byte (UTF-8 code
// point order); identifiers that share a prefix are ordered by their number, so "u9" < "u10".
//
// Each row gets a number whose order is the column's order (categories and text by the rank of
// their text, computed once per distinct value), then a parallel least-significant-digit radix
// sort moves (key, row) pairs one byte at a time, skipping bytes that no key uses. Returns false,
// leaving rows unchanged, when cancel turns true or column is out of range.
bool sortRows(const Dataset& data, TableKind table, int column, SortOrder order,
              std::vector<uint32_t>& rows, const std::atomic<bool>* cancel = nullptr,
              int threads = 0);

} // namespace streamlens::table
