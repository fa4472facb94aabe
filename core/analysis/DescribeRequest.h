// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <string>
#include <vector>

namespace streamlens::analysis {

// Summary statistics of one variable under the selection, overall and optionally per group.
struct DescribeRequest {
    Level level = Level::Session;
    std::string metric;
    std::string by;                  // optional dimension
    std::vector<std::string> groups; // optional subset of its groups, in order
    double confidence = 0.95;        // interval of the mean
    int threads = 0;
};

} // namespace streamlens::analysis
