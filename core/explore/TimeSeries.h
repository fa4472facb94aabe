// SPDX-License-Identifier: MIT
#pragma once

#include "query/KpiValues.h"
#include "query/Selection.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::explore {

// KPIs per UTC day, or per hour when the selected sessions span at most kHourlyDays days.
struct TimeSeries {
    static constexpr int kHourlyDays = 3;
    bool hourly = false;
    std::vector<int64_t> bucketStartMs; // UTC, ascending; only buckets with sessions
    std::vector<query::KpiValues> values;
    bool cancelled = false;
};

std::optional<TimeSeries> computeTimeSeries(const Dataset& dataset,
                                            const query::Selection& selection,
                                            std::string* error = nullptr,
                                            const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::explore
