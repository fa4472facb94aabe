// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace streamlens::io::mapping {

// Reads a running time written for people: "90 min", "1 h 30 min", "1h30m", "45 s",
// "2 hours", "1:30:00" (h:mm:ss), "95:10" (m:ss), or a bare number of minutes ("90").
// "2 Seasons" counts seasons, not time: it is refused unless secondsPerSeason > 0, in which
// case it becomes that many seconds per season. On failure *reason says why.
bool parseDurationText(std::string_view text, int64_t secondsPerSeason, int64_t& milliseconds,
                       std::string* reason);

} // namespace streamlens::io::mapping
