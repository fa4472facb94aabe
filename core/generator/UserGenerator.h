// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "generator/GeneratorOptions.h"

#include <cstdint>
#include <vector>

namespace streamlens::generator {

// What the session simulator needs to know about a user beyond the users.csv columns: where
// and on what they watch, and how good their network is (one latent z drives all four
// network factors, so a user's sessions share their quality).
struct UserTraits {
    uint16_t country;
    uint8_t primaryDevice;
    uint8_t secondaryDevice;
    uint8_t plan;
    uint8_t fixedIsp;  // index into the country's fixed-line ISPs
    uint8_t mobileIsp; // index into its mobile carriers
    uint8_t pop;       // index into its CDN edge locations × 2
    float startupFactor;
    float stallProbabilityFactor;
    float stallRatioFactor;
    float throughputFactor;
};

// Generates the subscriber population. Churn columns are left "not churned": they depend on
// the quality each user experiences and are decided after the sessions (ChurnModel).
class UserGenerator {
public:
    // Fills users and traits; returns each user's activity weight (sessions are drawn in
    // proportion to it).
    static std::vector<double> generate(const GeneratorOptions& options, UserTable& users,
                                        std::vector<UserTraits>& traits);
};

} // namespace streamlens::generator
