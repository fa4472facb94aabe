// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/DescribeAnswer.h"
#include "stats/Expected.h"

#include <span>
#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

class DescribeRunner {
public:
    // Catalogue checks; empty when well-formed.
    static std::string check(const DescribeRequest& request);
    static stats::Expected<DescribeAnswer>
    run(const Dataset& dataset, const query::Selection& selection, const DescribeRequest& request);
    // The summary of one sample (exposed for the GUI's tables and for tests).
    static DescribeRow describe(std::string group, std::span<const double> values,
                                double confidence = 0.95);
};

} // namespace streamlens::analysis
