// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <span>
#include <string>

namespace streamlens::stats {

// Shared validation of numeric input: an empty string means fine, otherwise the message
// names the sample and the first offending position.
inline std::string checkFinite(std::span<const double> values, const std::string& name)
{
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            return name + ": value " + std::to_string(i) +
                   " is not a finite number (drop nulls first)";
    }
    return {};
}

} // namespace streamlens::stats
