// SPDX-License-Identifier: MIT
#include "summary/StartupCounts.h"

#include "stats/Distributions.h"
#include "stats/ProportionZ.h"

#include <cmath>

namespace streamlens::summary {

void StartupCounts::merge(const StartupCounts& other)
{
    if (!other.m_bins.empty()) {
        if (m_bins.empty())
            m_bins.assign(kBins, 0);
        for (size_t i = 0; i < m_bins.size(); ++i)
            m_bins[i] += other.m_bins[i];
    }
    for (const auto& [v, n] : other.m_outliers)
        m_outliers[v] += n;
    m_count += other.m_count;
}

int64_t StartupCounts::countAbove(double ms) const
{
    int64_t above = 0;
    forEachValue([&](int32_t v, int64_t n) {
        if (v > ms)
            above += n;
    });
    return above;
}

std::optional<double> StartupCounts::quantile(double p) const
{
    if (m_count == 0)
        return std::nullopt;
    // Type 7: h = (n − 1)·p, between the order statistics floor(h) and floor(h) + 1.
    const double h = static_cast<double>(m_count - 1) * p;
    const auto lo = static_cast<int64_t>(std::floor(h));
    const int64_t hi = std::min<int64_t>(lo + 1, m_count - 1);
    double loValue = 0, hiValue = 0;
    int64_t seen = 0;
    bool haveLo = false, haveHi = false;
    forEachValue([&](int32_t v, int64_t n) {
        if (haveHi)
            return;
        seen += n;
        if (!haveLo && seen > lo) {
            loValue = v;
            haveLo = true;
        }
        if (seen > hi) {
            hiValue = v;
            haveHi = true;
        }
    });
    return loValue + (h - static_cast<double>(lo)) * (hiValue - loValue);
}

stats::Expected<stats::TestResult> StartupCounts::mannWhitney(const StartupCounts& a,
                                                              const StartupCounts& b)
{
    using E = stats::Expected<stats::TestResult>;
    if (a.count() == 0 || b.count() == 0)
        return E::failure("the rank test needs startup times in both periods");
    // Walk the merged distinct values once: each tie block gets its mid-rank; the rank sum
    // of a and the tie term Σ(t³ − t) follow without expanding the values.
    std::map<int32_t, std::pair<int64_t, int64_t>> merged;
    a.forEachValue([&](int32_t v, int64_t n) { merged[v].first += n; });
    // A map over 65,536 possible values stays small; b is added the same way.
    b.forEachValue([&](int32_t v, int64_t n) { merged[v].second += n; });
    long double rankSumA = 0, tieTerm = 0, below = 0;
    for (const auto& [v, counts] : merged) {
        const auto t = static_cast<long double>(counts.first + counts.second);
        const long double midRank = below + (t + 1) / 2;
        rankSumA += midRank * static_cast<long double>(counts.first);
        tieTerm += t * t * t - t;
        below += t;
    }
    const auto nx = static_cast<long double>(a.count()), ny = static_cast<long double>(b.count());
    const long double w = rankSumA - nx * (nx + 1) / 2;
    const long double z0 = w - nx * ny / 2;
    const long double sigma =
        std::sqrt(nx * ny / 12 * ((nx + ny + 1) - tieTerm / ((nx + ny) * (nx + ny - 1))));
    if (sigma == 0)
        return E::failure("all startup times are equal: the rank test has no variance");
    // R's continuity correction: move |z0| towards zero by 0.5.
    const long double correction = z0 > 0 ? 0.5L : (z0 < 0 ? -0.5L : 0.0L);
    stats::TestResult r;
    r.test = "Wilcoxon rank-sum (Mann–Whitney) test";
    r.statistic_name = "W";
    r.statistic = static_cast<double>(w);
    r.p_value = stats::dist::normalTwoSided(static_cast<double>((z0 - correction) / sigma));
    r.effect_size = static_cast<double>(2 * w / (nx * ny) - 1);
    r.effect_size_name = "rank-biserial r";
    r.group_sizes = {a.count(), b.count()};
    r.method_note = "normal approximation with tie correction and continuity correction, "
                    "from the exact per-millisecond counts";
    return r;
}

stats::Expected<stats::TestResult> StartupCounts::quantileTest(const StartupCounts& a,
                                                               const StartupCounts& b, double p)
{
    using E = stats::Expected<stats::TestResult>;
    StartupCounts pooled = a;
    pooled.merge(b);
    const auto threshold = pooled.quantile(p);
    if (!threshold || a.count() == 0 || b.count() == 0)
        return E::failure("the quantile test needs startup times in both periods");
    auto r = stats::ProportionZ::test(a.countAbove(*threshold), a.count(), b.countAbove(*threshold),
                                      b.count());
    if (!r)
        return r;
    stats::TestResult t = std::move(r).value();
    t.test = "Quantile test (share above the pooled p" +
             std::to_string(static_cast<int>(std::lround(p * 100))) + ", two-proportion z)";
    t.method_note = "Mood's median test generalised: shares of each period above the pooled "
                    "quantile of " +
                    std::to_string(static_cast<int64_t>(std::llround(*threshold))) +
                    " ms, compared with the pooled-SE z test";
    return t;
}

} // namespace streamlens::summary
