// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>

// The constants of the session model in one place, so the simulator, ground_truth.json and
// docs/generator.md tell the same story. Sources are given in docs/generator.md.
namespace streamlens::generator::model {

// Random streams: each (stream, index) pair has its own generator, so a session's numbers do
// not depend on any other session, on block boundaries or on the thread count.
enum Stream : uint64_t { UserStream = 1, ContentStream = 2, SessionStream = 3, ChurnStream = 4 };

inline constexpr int kBlockSessions = 16384; // work unit of the parallel generation

// Population
inline constexpr double kActivitySigma = 1.1; // sessions per user ∝ log-normal weight
inline constexpr double kZipfExponent = 0.95; // title popularity ∝ rank^-s
inline constexpr double kPrimaryDeviceShare = 0.72;
inline constexpr double kTravelShare = 0.015; // sessions watched away from the home country
inline constexpr double kSignupBeforeWindowShare = 0.75;
inline constexpr double kSignupMeanDaysBefore = 500;
inline constexpr double kWeeklyGrowth = 0.10; // session volume grows 10 % over the window

// Null shares of optional columns (real logs miss some values)
inline constexpr double kOsNullShare = 0.005;
inline constexpr double kVersionNullShare = 0.01;
inline constexpr double kIspNullShare = 0.01;
inline constexpr double kPopNullShare = 0.03;

// Startup time: log-normal, median × device × connection × country × CDN factors
inline constexpr double kStartupMedianMs = 1150;
inline constexpr double kStartupSigma = 0.5;
inline constexpr double kUserNetworkStartupSigma = 0.2; // exp(0.2·z) per user
inline constexpr double kLiveStartupFactor = 1.2;
inline constexpr double kPeakFactorStartup = 1.08;
inline constexpr int kPeakFromLocalHour = 19; // viewer local time, inclusive
inline constexpr int kPeakToLocalHour = 23;   // exclusive
inline constexpr double kMinStartupMs = 150;
inline constexpr double kMaxStartupMs = 60000;

// Start outcome
inline constexpr double kStartFailureBase = 0.011;
inline constexpr double kIncidentErrorShare = 0.8; // incident failures that report HTTP_503
inline constexpr double kAbandonBase = 0.008;      // leave early whatever the wait
inline constexpr double kAbandonPerSecond = 0.058; // Krishnan & Sitaraman 2012
inline constexpr double kAbandonAfterSeconds = 2.0;
inline constexpr double kAbandonMax = 0.95;

// Viewing
inline constexpr std::array<double, 4> kCompleteIntent = {0.42, 0.55, 0.0, 0.70}; // by type
inline constexpr double kLiveWatchMedianMs = 20 * 60'000.0;
inline constexpr double kLiveWatchSigma = 1.0;
inline constexpr double kMinIntendedMs = 5000;
inline constexpr double kMinPlayingMs = 500;

// Rebuffering: whether a session stalls, then its stall ratio r (rebuffer / (play + rebuffer))
inline constexpr double kRebufferProbabilityBase = 0.24;
inline constexpr double kUserRebufferSigma = 0.35; // exp(0.35·z) on the probability
inline constexpr double kPeakFactorStall = 1.15;
inline constexpr double kStallRatioMedian = 0.006;
inline constexpr double kStallRatioSigma = 0.9;
inline constexpr double kUserStallRatioSigma = 0.4;
inline constexpr double kStallRatioMin = 0.0001;
inline constexpr double kStallRatioMax = 0.3;
inline constexpr double kMeanStallMs = 10000; // count = 1 + Poisson(rebuffer time / 10 s)
inline constexpr int kMaxStalls = 60;

// Failures after the first frame, warnings
inline constexpr double kPlaybackFailureBase = 0.004;
inline constexpr double kPlaybackFailurePerStallRatio = 30; // × (1 + 30·r)
inline constexpr double kWarningRate = 0.015;

// Bitrate: throughput log-normal by connection; the ABR settles on the highest rung below
// 80 % of it, capped by device and plan, starts 0-3 rungs lower and ramps up
inline constexpr double kThroughputSigma = 0.8;
inline constexpr double kUserThroughputSigma = 0.3;
inline constexpr double kLadderHeadroom = 0.8;
inline constexpr std::array<double, 4> kStartGapCdf = {0.45, 0.75, 0.93, 1.0};
inline constexpr double kRampMeanMs = 4000;
inline constexpr double kSwitchesPerMinute = 0.015; // × 3 when the session stalls
inline constexpr int kMaxRandomSwitches = 40;
inline constexpr int kMaxSeeks = 8;
inline constexpr double kSeeksBase = 0.1;        // vod seeks per session: Poisson(base +
inline constexpr double kSeeksPerMinute = 0.005; //   per_minute × playing minutes)

// Churn: logit P(churned) = intercept + plan term + quality terms (ChurnEffect)
inline constexpr double kChurnIntercept = -3.0;
inline constexpr double kChurnDelayMeanDays = 7;

// Content
inline constexpr double kLiveTitleShare = 0.08;

} // namespace streamlens::generator::model
