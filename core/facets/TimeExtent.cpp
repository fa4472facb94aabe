// SPDX-License-Identifier: MIT
#include "facets/TimeExtent.h"

#include "data/Dataset.h"
#include "query/UtcCalendar.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace streamlens::facets {

TimeExtent computeTimeExtent(const Dataset& dataset, const std::atomic<bool>* cancel)
{
    const auto& ts = dataset.sessions.startTs;
    const int threads = resolveThreads(0);
    std::vector<int64_t> lo(threads, std::numeric_limits<int64_t>::max());
    std::vector<int64_t> hi(threads, std::numeric_limits<int64_t>::min());
    parallelFor(ts.size(), 0, size_t(1) << 16, [&](size_t begin, size_t end, int worker) {
        int64_t a = lo[worker], b = hi[worker];
        for (size_t i = begin; i < end; ++i) {
            a = std::min(a, ts[i]);
            b = std::max(b, ts[i]);
        }
        lo[worker] = a;
        hi[worker] = b;
    });
    TimeExtent extent;
    if (ts.empty() || (cancel && cancel->load()))
        return extent;
    extent.firstDay = query::floorDiv(*std::min_element(lo.begin(), lo.end()), query::kMsPerDay);
    extent.lastDay = query::floorDiv(*std::max_element(hi.begin(), hi.end()), query::kMsPerDay);
    return extent;
}

std::optional<query::Filter> lastDaysFilter(const TimeExtent& extent, int days)
{
    if (extent.isEmpty() || days <= 0)
        return std::nullopt;
    const int64_t first = std::max(*extent.firstDay, *extent.lastDay - days + 1);
    if (first == *extent.firstDay)
        return std::nullopt;
    query::Filter filter;
    filter.setTimeRange(first * query::kMsPerDay, (*extent.lastDay + 1) * query::kMsPerDay);
    return filter;
}

} // namespace streamlens::facets
