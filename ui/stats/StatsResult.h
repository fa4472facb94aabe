// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ClusterAnswer.h"
#include "analysis/GroupDistribution.h"
#include "analysis/ModelAnswer.h"
#include "analysis/QuestionAnswer.h"
#include "analysis/ScatterSample.h"
#include "analysis/TestAnswer.h"
#include "analysis/TestChoice.h"
#include "stats/StatsRequest.h"

#include <optional>
#include <string>

namespace streamlens::ui {

// Everything one run of the Statistics page produced: the core answers for the question's
// kind, or the message of why the data cannot answer it.
struct StatsResult {
    StatsRequest request;
    std::string error; // non-empty: nothing else is set
    bool cancelled = false;

    std::optional<analysis::TestChoice> choice;              // CompareGroups with auto test
    std::optional<analysis::GroupDistribution> distribution; // CompareGroups
    std::optional<analysis::TestAnswer> test;                // CompareGroups, RelateVariables
    std::optional<analysis::ScatterSample> scatter;          // RelateVariables
    std::optional<analysis::ClusterAnswer> cluster;          // SegmentViewers
    std::optional<analysis::ModelAnswer> model;              // Predict, ReadyMade
    std::optional<analysis::QuestionAnswer> question;        // ReadyMade

    bool ok() const { return error.empty() && !cancelled; }
};

} // namespace streamlens::ui
