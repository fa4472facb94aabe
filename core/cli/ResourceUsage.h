// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace streamlens::cli {

// Peak resident set size of this process so far, in bytes (0 where unknown).
int64_t peakResidentBytes();

} // namespace streamlens::cli
