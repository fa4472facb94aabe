// SPDX-License-Identifier: MIT
#pragma once

#include "query/KpiValues.h"
#include "summary/PeriodWindow.h"

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::summary {

// The KPIs per time bucket behind the tiles' sparklines: UTC days, or hours when a period is
// at most three days. The buckets run over the previous period (when there is one) and then
// the current one, every bucket present (a bucket without sessions has attempts 0 and null
// rates, drawn as a gap), so the line shows where the change happened.
struct Sparklines {
    bool hourly = false;
    std::vector<int64_t> bucketStartMs;
    size_t currentBegin = 0; // index of the first bucket of the current period
    std::vector<query::KpiValues> values;

    // The series of one KPI (nullopt where a bucket has no data).
    std::vector<std::optional<double>> series(std::string_view key) const;
    QJsonObject toJson(std::span<const std::string_view> keys) const;

    // From the engine's values per day (or per day and hour) of each period's selection.
    // nullopt with *error on a malformed dataset; a cancelled run returns an empty result
    // with *cancelled set.
    static std::optional<Sparklines> compute(const Dataset& dataset,
                                             const query::Selection& current,
                                             const query::Selection* previous,
                                             const PeriodWindow& window, std::string* error,
                                             const std::atomic<bool>* cancel, bool* cancelled);
};

} // namespace streamlens::summary
