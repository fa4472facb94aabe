// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/TestAnswer.h"
#include "analysis/TestRequest.h"
#include "stats/Expected.h"

#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// Turns a test request into a result: extracts the variable(s) from the selection, drops and
// counts nulls, runs the core/stats test and writes the sentence.
class TestRunner {
public:
    // Checks that need no data (known variables, a 0/1 outcome for the rate tests, --with
    // only for correlations...). Empty when the request is well-formed.
    static std::string check(const TestRequest& request);
    // Fails with check()'s message, or with why the data cannot answer (no such group, too
    // few observations, zero variance, a dimension with more than two groups for a
    // two-group test...).
    static stats::Expected<TestAnswer>
    run(const Dataset& dataset, const query::Selection& selection, const TestRequest& request);
};

} // namespace streamlens::analysis
