// SPDX-License-Identifier: MIT
#pragma once

#include "generator/CivilTime.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::generator {

// The five planted effects: each can be switched off or resized, and each is described in
// ground_truth.json so an analysis can be checked against what was put in.

// (a) One CDN serves one region badly at peak hours: the stall ratio of the sessions it
// serves there is multiplied.
struct CdnDegradationEffect {
    bool enabled = true;
    std::string cdn = "cdn_b";
    std::vector<std::string> countries = {"DE", "FR", "NL", "BE", "AT"};
    int fromHourUtc = 18; // inclusive
    int toHourUtc = 23;   // exclusive
    double rebufferMultiplier = 3.0;
};

// (b) One player release is slow to start on one OS.
struct SlowStartupEffect {
    bool enabled = true;
    std::string os = "tizen";
    std::string playerVersion = "5.2.0";
    double startupMultiplier = 1.8;
};

// (c) A window of hours in which one CDN's start failures spike.
struct IncidentEffect {
    bool enabled = true;
    std::string cdn = "cdn_c";
    int day = -1; // day index in the window; -1 = two thirds through it
    int fromHourUtc = 14;
    int hours = 3;
    double startFailureMultiplier = 8.0;
};

// (d) Rebuffering shortens viewing: playing time × exp(−k × rebuffer ratio in %).
struct ElasticityEffect {
    bool enabled = true;
    double lossPerRebufferPct = 0.05; // k: 1 % rebuffering → e^-0.05 ≈ 4.9 % less played
};

// (e) Users who experienced worse quality churn more (logistic model; plan terms stay when
// this is off).
struct ChurnEffect {
    bool enabled = true;
    double logOddsPerRebufferPct = 0.35;  // per percentage point of the user's rebuffer ratio
    double logOddsPerStartupSecond = 0.2; // per second of the user's mean startup time
};

struct GeneratorOptions {
    int64_t sessions = 1'000'000;
    int64_t users = 0;   // 0 = sessions / 20 (at least 1)
    int64_t content = 0; // 0 = sessions / 500, at least 50
    int days = 90;
    // First day (days since 1970-01-01); unset = the window ends on kDefaultEndDate, a fixed
    // date rather than "today" so that output is reproducible.
    std::optional<int32_t> startDate;
    uint64_t seed = 42;
    bool withEvents = true;
    int threads = 0; // 0 = all cores; the output does not depend on it

    CdnDegradationEffect cdnDegradation;
    SlowStartupEffect slowStartup;
    IncidentEffect incident;
    ElasticityEffect elasticity;
    ChurnEffect churn;

    // Fraction done; returning false cancels (generate() then returns an empty Dataset).
    std::function<bool(double)> progress;

    static constexpr int32_t kDefaultEndDate = daysFromCivil(2026, 11, 23);
    static constexpr int64_t kMaxSessions = 250'000'000; // keeps event rows within int32

    void setAllEffects(bool on);
    int64_t resolvedUsers() const;
    int64_t resolvedContent() const;
    int32_t resolvedStartDate() const;
    int resolvedIncidentDay() const;
};

// Empty when the options are usable, otherwise a message naming the bad option.
std::string validate(const GeneratorOptions& options);

} // namespace streamlens::generator
