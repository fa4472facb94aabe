// SPDX-License-Identifier: MIT
#pragma once

#include "summary/RatioMoments.h"
#include "summary/SegmentTally.h"
#include "summary/StartupCounts.h"

#include <cstdint>
#include <vector>

namespace streamlens::summary {

// Everything the tile tests need about one period: the segment counts of all its sessions,
// completion counts, the bitrate moments, the exact startup distribution, the distinct users
// (and how many of them churned), and attempts and playing time per time bucket.
struct PeriodTally {
    SegmentTally totals;
    int64_t vodStarted = 0;
    int64_t vodCompleted = 0;
    RatioMoments bitrate; // x = kbps × playing s, y = playing s, over started with a bitrate
    StartupCounts startup;
    int64_t users = 0;
    int64_t churnedUsers = 0;
    // Per time bucket of the period, from its start (filled from the sparkline buckets).
    std::vector<double> bucketAttempts;
    std::vector<double> bucketPlayingHours;
};

} // namespace streamlens::summary
