// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace streamlens::summary {

// Exact distribution of startup_time_ms of one period: a count per millisecond below
// kBins and an ordered map above. Unlike query::StartupHistogram it exposes its counts, which
// the rank test and the quantile test of the Overview need.
class StartupCounts {
public:
    static constexpr int32_t kBins = 65536;

    void add(int32_t ms)
    {
        if (static_cast<uint32_t>(ms) < static_cast<uint32_t>(kBins)) {
            if (m_bins.empty())
                m_bins.assign(kBins, 0);
            ++m_bins[static_cast<size_t>(ms)];
        } else {
            ++m_outliers[ms];
        }
        ++m_count;
    }
    void merge(const StartupCounts& other);
    int64_t count() const { return m_count; }
    // Sessions whose startup time is greater than ms.
    int64_t countAbove(double ms) const;
    // Type-7 quantile (R's default), nullopt when empty.
    std::optional<double> quantile(double p) const;

    // Calls fn(value, count) for each distinct value in ascending order.
    template <typename Fn> void forEachValue(const Fn& fn) const
    {
        for (const auto& [v, n] : m_outliers)
            if (v < 0)
                fn(v, n);
        for (size_t i = 0; i < m_bins.size(); ++i)
            if (m_bins[i])
                fn(static_cast<int32_t>(i), static_cast<int64_t>(m_bins[i]));
        for (const auto& [v, n] : m_outliers)
            if (v >= kBins)
                fn(v, n);
    }

    // Wilcoxon rank-sum / Mann–Whitney test of a against b from the counts, normal
    // approximation with the tie-corrected variance and continuity correction: the same W
    // and p-value as R's wilcox.test(a, b, exact = FALSE) on the expanded values.
    static stats::Expected<stats::TestResult> mannWhitney(const StartupCounts& a,
                                                          const StartupCounts& b);
    // Quantile test (Mood's median test generalised to p): the share of each period above
    // the pooled p-quantile, compared with the two-proportion z test. Under "same
    // distribution" both shares are equal, so a shift of the p95 shows as unequal shares.
    static stats::Expected<stats::TestResult> quantileTest(const StartupCounts& a,
                                                           const StartupCounts& b, double p);

private:
    std::vector<uint32_t> m_bins;
    std::map<int32_t, int64_t> m_outliers;
    int64_t m_count = 0;
};

} // namespace streamlens::summary
