// SPDX-License-Identifier: MIT
#pragma once

#include "data/IdColumn.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace streamlens::generator {

// prefix1, prefix2, … prefixN as a numeric IdColumn, built in one step instead of parsing N
// strings (the generator's ids are all of this form).
inline IdColumn sequentialIds(const std::string& prefix, size_t count)
{
    if (count > UINT32_MAX)
        throw std::length_error("too many rows for 32-bit identifiers");
    std::vector<uint32_t> numbers(count);
    for (size_t i = 0; i < count; ++i)
        numbers[i] = static_cast<uint32_t>(i + 1);
    IdColumn column;
    if (!IdColumn::fromNumbers(prefix, 0, std::move(numbers), column))
        throw std::invalid_argument("unusable identifier prefix: " + prefix);
    return column;
}

} // namespace streamlens::generator
