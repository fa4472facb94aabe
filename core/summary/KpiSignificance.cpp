// SPDX-License-Identifier: MIT
#include "summary/KpiSignificance.h"

#include "stats/Distributions.h"
#include "stats/MultipleComparisons.h"
#include "stats/ProportionZ.h"

#include <array>
#include <cmath>

namespace streamlens::summary {

namespace {

constexpr std::array<std::string_view, 11> kTiles = {
    "attempts",
    "playing_hours",
    "startup_time_ms_median",
    "startup_time_ms_p95",
    "rebuffer_ratio",
    "vsf_rate",
    "ebvs_rate",
    "playback_failure_rate",
    "avg_bitrate_kbps",
    "completion_rate",
    "churn_rate",
};

using E = stats::Expected<stats::TestResult>;

} // namespace

std::span<const std::string_view> KpiSignificance::tileKeys()
{
    return kTiles;
}

double KpiSignificance::relevanceFloor(std::string_view key)
{
    for (const auto& m : query::metricKeys())
        if (m.key == key)
            return m.unit == query::MetricUnit::Fraction ? kRateFloor : kOtherFloor;
    return kOtherFloor;
}

int KpiSignificance::polarity(std::string_view key)
{
    if (key == "attempts" || key == "started")
        return 0;
    for (const auto& m : query::metricKeys())
        if (m.key == key)
            return m.higherIsBetter ? 1 : -1;
    return 0;
}

E KpiSignificance::ratioTest(const RatioMoments& a, const RatioMoments& b)
{
    const auto ra = a.ratio(), rb = b.ratio();
    const auto va = a.variance(), vb = b.variance();
    if (!ra || !rb || !va || !vb)
        return E::failure("the ratio test needs at least two sessions with time in each period");
    const double se = std::sqrt(*va + *vb);
    if (!(se > 0))
        return E::failure("the ratio has no variance in either period");
    stats::TestResult r;
    r.test = "Delta-method z test (ratio of sums)";
    r.statistic_name = "z";
    r.statistic = (*ra - *rb) / se;
    r.p_value = stats::dist::normalTwoSided(r.statistic);
    const double half = stats::dist::normalQuantile(0.975) * se;
    r.ci_low = *ra - *rb - half;
    r.ci_high = *ra - *rb + half;
    r.ci_name = "difference of the ratios (current − previous)";
    r.group_sizes = {a.n, b.n};
    r.method_note = "sessions as the unit; Var(R) ≈ Σ(x − R·y)² / (n − 1) · n / (Σy)²";
    return r;
}

E KpiSignificance::pairedT(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size() || a.size() < 2)
        return E::failure("the paired t test needs at least two aligned time buckets per period");
    const auto n = static_cast<double>(a.size());
    long double sum = 0;
    for (size_t i = 0; i < a.size(); ++i)
        sum += static_cast<long double>(a[i]) - b[i];
    const double mean = static_cast<double>(sum / a.size());
    long double ss = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        const long double d = static_cast<long double>(a[i]) - b[i] - mean;
        ss += d * d;
    }
    const double sd = std::sqrt(static_cast<double>(ss) / (n - 1));
    if (!(sd > 0))
        return E::failure("every bucket changed by the same amount: the paired t test has no "
                          "variance");
    stats::TestResult r;
    r.test = "Paired t test over aligned time buckets";
    r.statistic_name = "t";
    r.statistic = mean / (sd / std::sqrt(n));
    r.df = n - 1;
    r.p_value = stats::dist::tTwoSided(r.statistic, n - 1);
    const double half = stats::dist::tQuantile(0.975, n - 1) * sd / std::sqrt(n);
    r.ci_low = mean - half;
    r.ci_high = mean + half;
    r.ci_name = "mean difference per bucket (current − previous)";
    r.group_sizes = {static_cast<int64_t>(a.size()), static_cast<int64_t>(b.size())};
    r.method_note = "buckets paired by their position in the period";
    return r;
}

E KpiSignificance::test(std::string_view key, const PeriodTally& cur, const PeriodTally& prev)
{
    const SegmentTally& c = cur.totals;
    const SegmentTally& p = prev.totals;
    if (key == "attempts")
        return pairedT(cur.bucketAttempts, prev.bucketAttempts);
    if (key == "playing_hours")
        return pairedT(cur.bucketPlayingHours, prev.bucketPlayingHours);
    if (key == "startup_time_ms_median")
        return StartupCounts::mannWhitney(cur.startup, prev.startup);
    if (key == "startup_time_ms_p95")
        return StartupCounts::quantileTest(cur.startup, prev.startup, 0.95);
    if (key == "rebuffer_ratio")
        return ratioTest(c.rebuffer, p.rebuffer);
    if (key == "avg_bitrate_kbps")
        return ratioTest(cur.bitrate, prev.bitrate);
    if (key == "vsf_rate")
        return stats::ProportionZ::test(c.startFailures, c.attempts, p.startFailures, p.attempts);
    if (key == "ebvs_rate")
        return stats::ProportionZ::test(c.exitsBeforeStart, c.attempts, p.exitsBeforeStart,
                                        p.attempts);
    if (key == "playback_failure_rate")
        return stats::ProportionZ::test(c.playbackFailures, c.started, p.playbackFailures,
                                        p.started);
    if (key == "completion_rate")
        return stats::ProportionZ::test(cur.vodCompleted, cur.vodStarted, prev.vodCompleted,
                                        prev.vodStarted);
    if (key == "churn_rate") {
        auto r =
            stats::ProportionZ::test(cur.churnedUsers, cur.users, prev.churnedUsers, prev.users);
        if (r) {
            stats::TestResult t = std::move(r).value();
            t.method_note += "; users active in both periods count in both, so the test is "
                             "approximate (it treats the periods as independent samples)";
            return t;
        }
        return r;
    }
    return E::failure("no test for " + std::string(key));
}

std::vector<KpiChange> KpiSignificance::evaluate(const query::KpiValues& current,
                                                 const query::KpiValues* previous,
                                                 const PeriodTally& currentTally,
                                                 const PeriodTally* previousTally)
{
    std::vector<KpiChange> out;
    std::vector<double> pValues;
    std::vector<size_t> tested;
    for (std::string_view key : kTiles) {
        KpiChange k;
        k.key = std::string(key);
        k.value = current.value(key);
        if (!previous || !previousTally) {
            k.testNote = "no previous period: the filter has no date range";
            out.push_back(std::move(k));
            continue;
        }
        k.previous = previous->value(key);
        if (k.value && k.previous) {
            k.absoluteChange = *k.value - *k.previous;
            if (*k.previous != 0)
                k.relativeChange = *k.absoluteChange / std::fabs(*k.previous);
        }
        auto result = test(key, currentTally, *previousTally);
        if (result && std::isfinite(result->p_value)) {
            k.test = result->test;
            k.testNote = result->method_note;
            k.pValue = result->p_value;
            pValues.push_back(result->p_value);
            tested.push_back(out.size());
        } else {
            k.testNote = result ? "the test gave no p-value" : result.error();
        }
        out.push_back(std::move(k));
    }
    if (pValues.empty())
        return out;
    const auto holm = stats::MultipleComparisons::adjust(pValues, stats::PAdjustMethod::Holm);
    for (size_t i = 0; i < tested.size(); ++i) {
        KpiChange& k = out[tested[i]];
        k.pAdjusted = holm ? (*holm)[i] : 1.0;
        k.comparisons = static_cast<int>(tested.size());
        k.statisticallySignificant = *k.pAdjusted < kAlpha;
        k.practicallyRelevant =
            k.relativeChange && std::fabs(*k.relativeChange) >= relevanceFloor(k.key);
        k.significant = k.statisticallySignificant && k.practicallyRelevant;
        const int pol = polarity(k.key);
        if (k.significant && pol != 0 && k.absoluteChange && *k.absoluteChange != 0)
            k.direction =
                (*k.absoluteChange > 0) == (pol > 0) ? ChangeDirection::Good : ChangeDirection::Bad;
    }
    return out;
}

} // namespace streamlens::summary
