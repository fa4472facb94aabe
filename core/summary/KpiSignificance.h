// SPDX-License-Identifier: MIT
#pragma once

#include "query/KpiValues.h"
#include "stats/Expected.h"
#include "stats/TestResult.h"
#include "summary/KpiChange.h"
#include "summary/PeriodTally.h"

#include <span>
#include <string_view>
#include <vector>

namespace streamlens::summary {

// Decides whether the change of a tile between two periods is real. One test per KPI that
// fits how the KPI is made:
//   per-session rates (VSF, EBVS, playback failure, completion, churn): two-proportion z;
//   ratios of sums (rebuffering ratio, average bitrate): z from delta-method variances with
//     sessions as the unit (the same variance a session bootstrap estimates);
//   startup median: Wilcoxon rank-sum from the exact per-millisecond counts;
//   startup p95: quantile test (shares above the pooled p95, two-proportion z);
//   counts (attempts, playing hours): paired t over the periods' aligned days (hours when a
//     period is ≤ 3 days), which respects day-to-day variation instead of treating 10M
//     sessions as 10M independent Poisson draws.
// The p-values of the tiles are adjusted together with Holm. A tile is coloured only when
// the adjusted p < alpha AND the change is practically relevant: |relative change| ≥ 5 %
// for rates and ≥ 2 % for the other KPIs, so that 10M rows do not paint 0.1 % moves.
class KpiSignificance {
public:
    static constexpr double kAlpha = 0.05;
    static constexpr double kRateFloor = 0.05;
    static constexpr double kOtherFloor = 0.02;

    // The tiles in reading order.
    static std::span<const std::string_view> tileKeys();
    // Relevance floor of a key (relative change).
    static double relevanceFloor(std::string_view key);
    // +1 when higher is better, −1 when lower is better, 0 for attempts (no better side).
    static int polarity(std::string_view key);

    // Values from the engine (current, previous) and the tallies from the scan.
    static std::vector<KpiChange> evaluate(const query::KpiValues& current,
                                           const query::KpiValues* previous,
                                           const PeriodTally& currentTally,
                                           const PeriodTally* previousTally);

    // The test behind one key (public so tests can check each one).
    static stats::Expected<stats::TestResult> test(std::string_view key, const PeriodTally& current,
                                                   const PeriodTally& previous);
    // z test of two ratios of sums with delta-method standard errors.
    static stats::Expected<stats::TestResult> ratioTest(const RatioMoments& a,
                                                        const RatioMoments& b);
    // Paired t test of a − b over aligned buckets (R: t.test(a, b, paired = TRUE)).
    static stats::Expected<stats::TestResult> pairedT(std::span<const double> a,
                                                      std::span<const double> b);
};

} // namespace streamlens::summary
