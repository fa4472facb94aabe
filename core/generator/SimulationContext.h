// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "generator/AliasTable.h"
#include "generator/Catalog.h"
#include "generator/GeneratorOptions.h"
#include "generator/UserGenerator.h"

#include <array>
#include <cstdint>
#include <vector>

namespace streamlens::generator {

// Everything a session needs that is the same for all sessions of a run: the samplers, the
// dictionary codes of every value, and the planted effects resolved to indices and times.
// Built once, then only read (by several threads at once).
struct SimulationContext {
    // Interns every value the sessions and events can take into the dataset's dictionaries,
    // so workers only write codes.
    SimulationContext(const GeneratorOptions& options, Dataset& dataset,
                      const std::vector<UserTraits>& users, const std::vector<double>& activity,
                      const std::vector<double>& popularity);

    // A player release for a session on window day `day` (catalog index).
    uint32_t sampleRelease(int64_t day, Random& rng) const;

    const GeneratorOptions& options;
    const Catalog& cat;
    const std::vector<UserTraits>& users;
    const ContentTable& content;

    int32_t startDay = 0;
    int days = 0;
    int64_t windowStartMs = 0;
    int64_t windowEndMs = 0;

    AliasTable userPick, contentPick, countryPick, dayPick, hourWeekday, hourWeekend, cdnPick;
    std::array<AliasTable, 6> osPick;   // per device; draws an index into devices[d].os
    std::array<AliasTable, 6> connPick; // per device
    std::array<std::vector<uint16_t>, 6> osCode;
    std::vector<uint16_t> releaseCode;
    std::vector<std::vector<double>> releaseCdf; // per day, cumulative release shares
    std::vector<uint16_t> countryCode;
    std::vector<uint16_t> cdnCode;
    std::vector<std::vector<uint16_t>> fixedIspCode;  // per country
    std::vector<std::vector<uint16_t>> mobileIspCode; // per country
    std::vector<std::vector<uint16_t>> popCode;       // per cdn × country: pops × 2 codes
    AliasTable startErrorPick, playbackErrorPick, warningPick;
    std::vector<uint16_t> startErrorCode, playbackErrorCode, warningCode;
    uint16_t incidentErrorCode = 0;
    std::array<uint8_t, 12> rungResolution{}; // ladder rung → contract resolution code

    // Planted effects, resolved (an effect that is off never matches).
    bool degradeOn = false;
    int degradeCdn = -1;
    std::vector<uint8_t> degradeCountry; // per catalog country
    int degradeFromHour = 0, degradeToHour = 0;
    double degradeMultiplier = 1.0;
    bool slowOn = false;
    int slowOs = -1;      // os dictionary code
    int slowRelease = -1; // catalog release index
    double slowMultiplier = 1.0;
    bool incidentOn = false;
    int incidentCdn = -1;
    int64_t incidentFromMs = 0, incidentToMs = 0;
    double incidentMultiplier = 1.0;
    double elasticity = 0.0; // k, 0 when the effect is off
};

} // namespace streamlens::generator
