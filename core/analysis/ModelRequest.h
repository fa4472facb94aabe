// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace streamlens::analysis {

enum class ModelKind : uint8_t { Linear, Logistic };

std::string_view modelKindName(ModelKind kind);
std::optional<ModelKind> parseModelKind(std::string_view name);

// A regression asked in terms of the data: target and features are variable keys of one
// level (numeric, 0/1, or categorical — the latter become treatment dummies). Units with a
// null in any of them are left out and counted.
struct ModelRequest {
    ModelKind kind = ModelKind::Linear;
    Level level = Level::User;
    std::string target;
    std::vector<std::string> features;
    // Reference level per categorical feature ({"plan", "free"}); default: the first level
    // in alphabetical order, as R's factor.
    std::vector<std::pair<std::string, std::string>> references;
    // 0/1 variables: units where one of them is 1 are left out (e.g. playback_failure, whose
    // truncation of viewing would bias a playing-time model).
    std::vector<std::string> excludeWhen;
    uint64_t seed = 1;          // the train/test split
    double testFraction = 0.25; // share held out for AUC, accuracy... (0: no holdout)
    double threshold = 0.5;     // logistic: predicted positive when p ≥ threshold
    double confidence = 0.95;   // coefficient intervals
    int threads = 0;
};

} // namespace streamlens::analysis
