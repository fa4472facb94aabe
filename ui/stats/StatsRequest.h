// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ClusterRequest.h"
#include "analysis/ModelRequest.h"
#include "analysis/Question.h"
#include "analysis/TestRequest.h"

#include <cstdint>

namespace streamlens::ui {

// The questions the Statistics page can answer.
enum class StatsQuestionKind : uint8_t {
    CompareGroups,   // a variable between the groups of a dimension
    RelateVariables, // two variables on the same units (correlation + scatter)
    SegmentViewers,  // k-means segments of per-user (or per-session) features
    Predict,         // linear or logistic regression
    ReadyMade,       // one of core/analysis/Question
};

// What the user asked, as the core runners take it: only the part of `kind` is used.
struct StatsRequest {
    StatsQuestionKind kind = StatsQuestionKind::CompareGroups;
    analysis::TestRequest test;       // CompareGroups, RelateVariables
    bool autoTest = true;             // CompareGroups: pick test.kind from the data
    analysis::ClusterRequest cluster; // SegmentViewers (scan: the k − 2 … k + 2 comparison)
    analysis::ModelRequest model;     // Predict
    analysis::Question question = analysis::Question::ChurnFromQuality; // ReadyMade
    uint64_t questionSeed = 1;
};

} // namespace streamlens::ui
