// SPDX-License-Identifier: MIT
#include "explore/StartupDistribution.h"

#include "data/Dataset.h"
#include "data/Nulls.h"
#include "util/ParallelFor.h"

#include <algorithm>

namespace streamlens::explore {

double StartupDistribution::cdf(size_t bin) const
{
    if (total == 0)
        return 0;
    int64_t below = 0;
    for (size_t i = 0; i <= bin && i < counts.size(); ++i)
        below += counts[i];
    return static_cast<double>(below) / static_cast<double>(total);
}

size_t StartupDistribution::binsUpTo(double share) const
{
    int64_t below = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        below += counts[i];
        if (total > 0 && static_cast<double>(below) >= share * static_cast<double>(total))
            return i + 1;
    }
    return std::max<size_t>(1, counts.size());
}

StartupDistribution computeStartupDistribution(const Dataset& dataset,
                                               const query::Selection& selection,
                                               int32_t binWidthMs, int32_t bins,
                                               const std::atomic<bool>* cancel)
{
    StartupDistribution out;
    out.binWidthMs = std::max(1, binWidthMs);
    bins = std::max(1, bins);
    const auto& startup = dataset.sessions.startupTimeMs;
    if (startup.size() != selection.rowCount())
        return out;
    const int threads = resolveThreads(0);
    // Per thread: the bins, then overflow and total.
    std::vector<std::vector<int64_t>> local(static_cast<size_t>(threads));
    std::atomic<bool> stopped = false;
    const int32_t width = out.binWidthMs;
    parallelFor(selection.wordCount(), threads, 2048, [&](size_t begin, size_t end, int worker) {
        auto& counts = local[static_cast<size_t>(worker)];
        counts.assign(static_cast<size_t>(bins) + 2, 0);
        constexpr size_t kChunk = 1024;
        for (size_t w = begin; w < end; w += kChunk) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            selection.forEachInWords(w, std::min(end, w + kChunk), [&](size_t row) {
                const int32_t ms = startup[row];
                if (ms == kNullInt32)
                    return;
                const int32_t bin = std::min(std::max(ms, 0) / width, bins);
                ++counts[static_cast<size_t>(bin)];
                ++counts[static_cast<size_t>(bins) + 1];
            });
        }
    });
    if (stopped) {
        out.cancelled = true;
        return out;
    }
    out.counts.assign(static_cast<size_t>(bins), 0);
    for (const auto& counts : local) {
        if (counts.empty())
            continue;
        for (size_t i = 0; i < out.counts.size(); ++i)
            out.counts[i] += counts[i];
        out.overflow += counts[static_cast<size_t>(bins)];
        out.total += counts[static_cast<size_t>(bins) + 1];
    }
    return out;
}

} // namespace streamlens::explore
