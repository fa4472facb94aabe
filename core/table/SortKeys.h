// SPDX-License-Identifier: MIT
#pragma once

#include "table/ColumnSpec.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace streamlens::table {

// Per-row order keys of one column: a row's key compares as the cell compares. Built on all
// cores; nullopt when cancelled.
//
// keys[i] belongs to rows[i]; kNullKey marks a null cell. Text-like columns get the rank of
// their text among the distinct values, so the sort itself only ever compares integers.
inline constexpr int64_t kNullKey = INT64_MIN;
std::optional<std::vector<int64_t>> sortKeys(const Dataset& data, const ColumnSpec& column,
                                             const std::vector<uint32_t>& rows,
                                             const std::atomic<bool>* cancel, int threads);

} // namespace streamlens::table
