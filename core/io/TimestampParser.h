// SPDX-License-Identifier: MIT
#pragma once

#include "io/ParseError.h"

#include <cstdint>
#include <string_view>

namespace streamlens::io {

// ISO-8601 date-time as int64 UTC milliseconds since the epoch:
//   YYYY-MM-DD('T'|'t'|' ')HH:MM[:SS[(.|,)fraction]][Z|z|±HH:MM|±HHMM|±HH]
// A value without a zone is UTC (the contract's timestamps are UTC). Digits of the fraction
// beyond milliseconds are truncated. Impossible dates are NoSuchDate, hours > 23 or
// minutes/seconds > 59 BadTimeOfDay, offsets beyond ±23:59 BadUtcOffset.
ParseError parseTimestamp(std::string_view text, int64_t& utcMs);

} // namespace streamlens::io
