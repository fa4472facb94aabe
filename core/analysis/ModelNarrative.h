// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ModelAnswer.h"

#include <string>

namespace streamlens::analysis {

// The plain-language summary of a fitted model: each significant term with its size and
// interval (odds ratios for logistic models), the terms that are not significant, and the
// fit and holdout measures that matter.
class ModelNarrative {
public:
    static std::string sentence(const ModelAnswer& answer);
    // "per percentage point of rebuffer_pct", "per second of startup_s", ...
    static std::string perUnit(const ModelTerm& term);
};

} // namespace streamlens::analysis
