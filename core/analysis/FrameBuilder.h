// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/AnalysisFrame.h"
#include "stats/Expected.h"

#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

struct FrameRequest {
    Level level = Level::Session;
    std::vector<std::string> metrics;      // numeric or binary variable keys
    std::vector<std::string> categoricals; // dimension keys
    int threads = 0;                       // 0: all cores
};

// Builds the analysis frame of a request: the units of its level under the selection and the
// named variables. Fails with a message for an unknown variable, a selection made on another
// table, or a malformed dataset (columns of different lengths).
class FrameBuilder {
public:
    static stats::Expected<AnalysisFrame>
    build(const Dataset& dataset, const query::Selection& selection, const FrameRequest& request);
};

} // namespace streamlens::analysis
