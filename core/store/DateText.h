// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace streamlens::store {

// Dates as the store writes them: "YYYY-MM-DD" (proleptic Gregorian; years outside
// 0000..9999 get more digits or a '-' sign so every int32 day survives a round trip).
std::string formatDate(int32_t daysSinceEpoch);
// Strict inverse of formatDate; false for anything else (e.g. "2026-02-30").
bool parseDate(std::string_view text, int32_t& daysSinceEpoch);
// "2026-03-01T18:22:05.123Z" for UTC milliseconds (the contract's timestamp form).
std::string formatTimestampMs(int64_t msSinceEpoch);

} // namespace streamlens::store
