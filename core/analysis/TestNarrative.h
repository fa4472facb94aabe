// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/TestAnswer.h"
#include "analysis/Variable.h"

#include <optional>
#include <string>

namespace streamlens::analysis {

// The plain-language sentence of a test result, e.g. "Startup time is longer for device_type
// = smart_tv (mean 1.90 s) than for mobile (1.43 s): t(18432.1) = 41.20, p < .001, d = 0.41."
// Significance is judged at α = 1 − confidence; a difference that is not significant is
// said to be so, never turned into a direction.
class TestNarrative {
public:
    static std::string sentence(const TestAnswer& answer, const VariableInfo& metric,
                                const std::optional<VariableInfo>& with = std::nullopt);
    // "Startup time" from "startup time".
    static std::string capitalized(std::string_view text);
};

} // namespace streamlens::analysis
