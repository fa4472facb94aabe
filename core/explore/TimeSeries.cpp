// SPDX-License-Identifier: MIT
#include "explore/TimeSeries.h"

#include "explore/Crosstab.h"
#include "query/KpiEngine.h"
#include "query/UtcCalendar.h"

namespace streamlens::explore {

std::optional<TimeSeries> computeTimeSeries(const Dataset& dataset,
                                            const query::Selection& selection, std::string* error,
                                            const std::atomic<bool>* cancel)
{
    TimeSeries out;
    auto days = query::computeKpisBy(dataset, selection, "day", error, cancel);
    if (!days)
        return std::nullopt;
    if (days->cancelled) {
        out.cancelled = true;
        return out;
    }
    std::vector<int64_t> dayNumbers;
    for (const auto& key : days->keys)
        dayNumbers.push_back(query::parseIsoDate(key).value_or(INT64_MIN));
    const bool fewDays = !dayNumbers.empty() && dayNumbers.front() != INT64_MIN &&
                         dayNumbers.back() != INT64_MIN &&
                         dayNumbers.back() - dayNumbers.front() < TimeSeries::kHourlyDays;
    if (!fewDays) {
        for (size_t i = 0; i < days->size(); ++i) {
            if (dayNumbers[i] == INT64_MIN) // the null day: no place on a time axis
                continue;
            out.bucketStartMs.push_back(dayNumbers[i] * query::kMsPerDay);
            out.values.push_back(days->values[i]);
        }
        return out;
    }
    out.hourly = true;
    auto table = computeCrosstab(dataset, selection, query::DimensionId::Day,
                                 query::DimensionId::Hour, {}, error, cancel);
    if (!table)
        return std::nullopt;
    if (table->cancelled) {
        out.cancelled = true;
        return out;
    }
    for (size_t r = 0; r < table->rowKeys.size(); ++r) {
        const int64_t day = query::parseIsoDate(table->rowKeys[r]).value_or(0);
        for (size_t c = 0; c < table->columnKeys.size(); ++c) {
            const auto& v = table->cell(r, c);
            if (v.attempts == 0)
                continue;
            out.bucketStartMs.push_back(day * query::kMsPerDay +
                                        std::stoll(table->columnKeys[c]) * query::kMsPerHour);
            out.values.push_back(v);
        }
    }
    return out;
}

} // namespace streamlens::explore
