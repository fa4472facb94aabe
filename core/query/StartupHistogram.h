// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <span>
#include <vector>

namespace streamlens::query {

// Exact distribution of startup_time_ms (an integer) for medians and p95 without sorting:
// one count per millisecond for 0..65,535 ms and a list for anything outside. Bins are
// allocated on the first value (calloc: pages stay untouched until a value lands in them),
// and the used range is tracked so merging and walking only visit that range.
class StartupHistogram {
public:
    static constexpr int32_t kBins = 65536;

    [[gnu::always_inline]] void add(int32_t ms)
    {
        if (static_cast<uint32_t>(ms) < static_cast<uint32_t>(kBins)) {
            if (!m_bins)
                allocate();
            ++m_bins[ms];
            m_lo = ms < m_lo ? ms : m_lo;
            m_hi = ms > m_hi ? ms : m_hi;
        } else {
            m_outliers.push_back(ms);
        }
    }
    // Hints the cache about the bin a coming value will land in (see KpiScan.h).
    [[gnu::always_inline]] void prefetch(int32_t ms) const
    {
        if (m_bins && static_cast<uint32_t>(ms) < static_cast<uint32_t>(kBins))
            __builtin_prefetch(m_bins.get() + ms, 1);
    }
    void merge(const StartupHistogram& other);
    int64_t count() const;

    // Type-7 quantiles (see Quantile.h) for each p; count() must be > 0.
    void quantiles(std::span<const double> ps, std::span<double> out) const;
    // Σ over values of the Mux startup score 100·8/(8 + ms/1000).
    double scoreSum() const;

    // The score of one startup time, shared with the sparse path so both agree bit for bit.
    static double startupScore(int32_t ms);

private:
    struct Free {
        void operator()(uint32_t* p) const { std::free(p); }
    };
    void allocate();
    int64_t inRangeCount() const;
    // The k-th smallest value (0-based) for ascending ranks, in one walk.
    void orderStatistics(std::span<const size_t> ranks, std::span<double> out) const;

    std::unique_ptr<uint32_t[], Free> m_bins;
    int32_t m_lo = kBins; // used range [m_lo, m_hi], empty when m_lo > m_hi
    int32_t m_hi = -1;
    std::vector<int32_t> m_outliers; // negative or >= kBins; unsorted
};

} // namespace streamlens::query
