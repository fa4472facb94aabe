// SPDX-License-Identifier: MIT
#pragma once

#include "io/ContractSchema.h"

#include <cstddef>

namespace streamlens::io::mapping {

// What a contract column holds, as far as converting foreign text is concerned: which
// transforms make sense (dates need a pattern, decimals a separator) and what is written.
enum class ValueKind { Text, Enum, Int, Decimal, Bool, Date, Timestamp };

ValueKind valueKindOf(TableKind table, size_t column);

} // namespace streamlens::io::mapping
