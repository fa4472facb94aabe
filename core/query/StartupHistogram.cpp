// SPDX-License-Identifier: MIT
#include "query/StartupHistogram.h"

#include "query/CompensatedSum.h"
#include "query/Quantile.h"

#include <algorithm>
#include <array>
#include <new>

namespace streamlens::query {

namespace {

// Scores of every in-range value, computed once: the walk then multiplies instead of
// dividing per bin.
const std::vector<double>& scoreTable()
{
    static const std::vector<double> table = [] {
        std::vector<double> t(StartupHistogram::kBins);
        for (int32_t ms = 0; ms < StartupHistogram::kBins; ++ms)
            t[ms] = StartupHistogram::startupScore(ms);
        return t;
    }();
    return table;
}

} // namespace

double StartupHistogram::startupScore(int32_t ms)
{
    // 100·8/(8 + ms/1000) with the division by 1000 folded in.
    return 800'000.0 / (8'000.0 + static_cast<double>(ms));
}

void StartupHistogram::allocate()
{
    auto* p = static_cast<uint32_t*>(std::calloc(kBins, sizeof(uint32_t)));
    if (!p)
        throw std::bad_alloc();
    m_bins.reset(p);
}

void StartupHistogram::merge(const StartupHistogram& other)
{
    if (other.m_bins && other.m_lo <= other.m_hi) {
        if (!m_bins)
            allocate();
        for (int32_t i = other.m_lo; i <= other.m_hi; ++i)
            m_bins[i] += other.m_bins[i];
        m_lo = std::min(m_lo, other.m_lo);
        m_hi = std::max(m_hi, other.m_hi);
    }
    m_outliers.insert(m_outliers.end(), other.m_outliers.begin(), other.m_outliers.end());
}

int64_t StartupHistogram::inRangeCount() const
{
    int64_t n = 0;
    for (int32_t i = m_lo; i <= m_hi; ++i)
        n += m_bins[i];
    return n;
}

int64_t StartupHistogram::count() const
{
    return inRangeCount() + static_cast<int64_t>(m_outliers.size());
}

void StartupHistogram::orderStatistics(std::span<const size_t> ranks, std::span<double> out) const
{
    std::vector<int32_t> outliers = m_outliers;
    std::sort(outliers.begin(), outliers.end());
    const auto below = static_cast<size_t>(std::lower_bound(outliers.begin(), outliers.end(), 0) -
                                           outliers.begin());
    const auto inRange = static_cast<size_t>(inRangeCount());

    int32_t bin = m_lo;
    size_t before = 0; // values in bins before `bin`
    for (size_t i = 0; i < ranks.size(); ++i) {
        size_t k = ranks[i];
        if (k < below) {
            out[i] = outliers[k];
            continue;
        }
        k -= below;
        if (k >= inRange) {
            out[i] = outliers[below + (k - inRange)];
            continue;
        }
        // Ranks ascend, so the walk resumes where the previous rank stopped.
        while (before + m_bins[bin] <= k) {
            before += m_bins[bin];
            ++bin;
        }
        out[i] = bin;
    }
}

void StartupHistogram::quantiles(std::span<const double> ps, std::span<double> out) const
{
    const auto n = static_cast<size_t>(count());
    std::vector<Type7Position> pos;
    std::vector<std::pair<size_t, size_t>> ranks; // (rank, slot)
    for (size_t i = 0; i < ps.size(); ++i) {
        pos.push_back(type7Position(n, ps[i]));
        ranks.emplace_back(pos.back().lo, 2 * i);
        ranks.emplace_back(pos.back().hi, 2 * i + 1);
    }
    std::sort(ranks.begin(), ranks.end());
    std::vector<size_t> sortedRanks;
    for (const auto& r : ranks)
        sortedRanks.push_back(r.first);
    std::vector<double> values(ranks.size());
    orderStatistics(sortedRanks, values);
    std::vector<double> bySlot(ranks.size());
    for (size_t j = 0; j < ranks.size(); ++j)
        bySlot[ranks[j].second] = values[j];
    for (size_t i = 0; i < ps.size(); ++i)
        out[i] = type7Interpolate(bySlot[2 * i], bySlot[2 * i + 1], pos[i].h);
}

double StartupHistogram::scoreSum() const
{
    const auto& table = scoreTable();
    CompensatedSum sum;
    for (int32_t i = m_lo; i <= m_hi; ++i)
        if (m_bins[i])
            sum.add(static_cast<double>(m_bins[i]) * table[i]);
    for (int32_t v : m_outliers)
        sum.add(startupScore(v));
    return sum.value();
}

} // namespace streamlens::query
