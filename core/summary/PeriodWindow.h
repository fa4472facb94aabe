// SPDX-License-Identifier: MIT
#pragma once

#include "facets/TimeExtent.h"
#include "query/Filter.h"

#include <cstdint>
#include <optional>

namespace streamlens::summary {

// The two periods the Overview compares. The current period is the filter's start_ts range
// [from, to); an open end is closed by the data (the first session's midnight, the midnight
// after the last session's day). The previous period is the same length immediately before.
// A filter without any time bound has no previous period: the current period is then the
// whole span of the data and no change is shown (never an invented delta).
struct PeriodWindow {
    int64_t currentFromMs = 0;
    int64_t currentToMs = 0; // exclusive
    bool hasPrevious = false;
    int64_t previousFromMs = 0;
    int64_t previousToMs = 0; // exclusive, equals currentFromMs

    // Period length ≤ this many days: sparklines and count tests use hourly buckets.
    static constexpr int64_t kHourlyDays = 3;

    int64_t lengthMs() const { return currentToMs - currentFromMs; }
    bool hourly() const;
    int64_t bucketMs() const;
    // Buckets per period (the last one may be partial when the length is not a multiple).
    int64_t bucketCount() const;

    // The filter narrowed to the current / previous period (its other clauses unchanged).
    query::Filter currentFilter(const query::Filter& filter) const;
    query::Filter previousFilter(const query::Filter& filter) const;
    // Both periods at once: what one scan over the two periods selects.
    query::Filter spanFilter(const query::Filter& filter) const;

    // nullopt when the data has no sessions (nothing to summarise).
    static std::optional<PeriodWindow> of(const query::Filter& filter,
                                          const facets::TimeExtent& extent);
};

} // namespace streamlens::summary
