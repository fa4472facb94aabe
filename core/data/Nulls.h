// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <limits>

namespace streamlens {

// One sentinel per storage type keeps null checks branch-cheap in the scan loops.
inline constexpr int32_t kNullInt32 = std::numeric_limits<int32_t>::min();
inline constexpr int16_t kNullInt16 = std::numeric_limits<int16_t>::min();
inline constexpr int64_t kNullInt64 = std::numeric_limits<int64_t>::min();
// Nullable booleans are stored as uint8: 0 false, 1 true, kNullBool null.
inline constexpr uint8_t kNullBool = 0xFF;

// Decimal columns are stored as integers scaled by 1000 (three decimals, exact for the
// contract's values); sums stay exact in 64/128-bit integers.
inline constexpr int64_t kMilli = 1000;

} // namespace streamlens
