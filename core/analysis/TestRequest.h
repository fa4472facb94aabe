// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/TestKind.h"
#include "analysis/Variable.h"

#include <string>
#include <vector>

namespace streamlens::analysis {

// A hypothesis test asked in terms of the data: "startup_time_ms of started sessions, smart_tv
// vs mobile" is {WelchT, Session, "startup_time_ms", "", "device_type", {"smart_tv",
// "mobile"}}. The selection (filter) is passed alongside.
struct TestRequest {
    TestKind kind = TestKind::WelchT;
    Level level = Level::Session;
    std::string metric;
    std::string with; // the second variable of pearson and spearman
    std::string by;   // the dimension whose groups are compared
    // Groups to compare, in order; empty = every group (two-group tests then need the
    // dimension to have exactly two groups in the selection).
    std::vector<std::string> groups;
    double confidence = 0.95; // also sets the significance level α = 1 − confidence
    bool yates = false;       // continuity correction of chi_square on a 2 × 2 table
    int threads = 0;
};

} // namespace streamlens::analysis
