// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "generator/GeneratorOptions.h"

#include <vector>

namespace streamlens::generator {

// What a user experienced over the window: the covariates of the churn model.
struct UserExperience {
    double rebufferRatioPct = 0.0; // Σ rebuffer / (Σ playing + Σ rebuffer) × 100, started sessions
    double meanStartupS = 0.0;     // mean startup_time_ms / 1000 over started sessions
    int32_t sessions = 0;
    int32_t started = 0;
    int32_t firstDay = 0; // days since epoch of the first / last session (when sessions > 0)
    int32_t lastDay = 0;
};

// Decides churn once the sessions exist: logit P(churned) = intercept + plan term
// + ChurnEffect terms on the user's experienced rebuffering and startup. A churned user's
// churn_date follows their last session; signup dates after a user's first session are moved
// back to it, so no one watches before signing up.
class ChurnModel {
public:
    static std::vector<UserExperience> experience(const Dataset& data);
    static void apply(const GeneratorOptions& options, Dataset& data);
    // The model's log-odds for one user (also used by tests).
    static double logOdds(const GeneratorOptions& options, int plan, const UserExperience& x);
};

} // namespace streamlens::generator
