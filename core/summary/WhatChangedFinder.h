// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"
#include "summary/Finding.h"
#include "summary/KpiChange.h"
#include "summary/PeriodWindow.h"
#include "summary/SummaryScan.h"

#include <vector>

namespace streamlens::summary {

// Finds the 3–6 statements the Overview leads with, ranked by impact:
//  - segments (one value of a dimension, or a pair or triple such as cdn × country × part of
//    day) whose rebuffering ratio, start failures, exits before start, playback failures or
//    share of slow starts is worse than the rest of the selection. Every segment with at
//    least kMinSessions sessions is tested against the rest (delta-method z for the ratio,
//    two-proportion z for the rates) and all these p-values are adjusted together with Holm;
//    a segment is reported only when significant after that correction and at least
//    kMinFactor times the rest. Nested segments of the same KPI are reported once, the more
//    specific one when it holds most of the excess.
//  - KPIs whose change against the previous period is significant on the tiles (Holm over the
//    tiles, relevance floor), with the segment that carries the largest part of the change
//    (an exact additive split of the change of a ratio over the values of one dimension).
class WhatChangedFinder {
public:
    static constexpr size_t kMaxFindings = 6;
    static constexpr int64_t kMinSessions = 200;
    static constexpr double kMinFactor = 1.25;
    static constexpr double kAlpha = 0.05;

    struct Result {
        std::vector<Finding> findings;
        int segmentComparisons = 0; // size of the Holm family of the segment tests
        int significantSegments = 0;
    };

    // filter: the user's filter (segment filters add to it). slowStartMs: the current median
    // startup time that defined "slow" in the scan.
    static Result find(const ScanOutput& scan, const std::vector<KpiChange>& tiles,
                       const PeriodWindow& window, const query::Filter& filter, double slowStartMs);
};

} // namespace streamlens::summary
