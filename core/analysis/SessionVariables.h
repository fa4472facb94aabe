// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/VariableCatalog.h"

#include <cstdint>
#include <span>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::analysis {

// Computes per-session variables from the raw session columns, for the given session rows,
// on all cores. The caller has checked the table's columns for equal lengths.
class SessionVariables {
public:
    // out[i] = the variable of session rows[i], NaN where it is not defined.
    static std::vector<double> compute(const Dataset& dataset, SessionMetric metric,
                                       std::span<const uint32_t> rows, int threads = 0);
};

} // namespace streamlens::analysis
