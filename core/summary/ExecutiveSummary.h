// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"
#include "query/KpiValues.h"
#include "summary/Finding.h"
#include "summary/KpiChange.h"
#include "summary/PeriodWindow.h"
#include "summary/Sparkline.h"

#include <QJsonObject>

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::summary {

struct ExecutiveSummaryOptions {
    const std::atomic<bool>* cancel = nullptr;
    int threads = 0; // 0 = all cores
};

// Everything the Overview shows for one filter: the KPIs of the current period (exactly the
// engine's values for the filter), their changes against the previous period with the
// significance decision, the sparkline series, and the "what changed" findings.
struct ExecutiveSummaryResult {
    std::optional<PeriodWindow> window; // nullopt when there is nothing to summarise
    query::Filter filter;
    query::KpiValues current;
    std::optional<query::KpiValues> previous;
    std::vector<KpiChange> tiles;
    Sparklines sparklines;
    std::vector<Finding> findings;
    int segmentComparisons = 0;
    int significantSegments = 0;
    std::string note; // why there is no comparison or no summary, in plain words
    double milliseconds = 0;
    // Wall time of each step (select, kpis, scan, sparklines, findings), for the benchmark.
    std::vector<std::pair<std::string, double>> stepMilliseconds;
    bool cancelled = false;

    const KpiChange* tile(std::string_view key) const;
    QJsonObject toJson() const;
};

// Runs the whole summary as one job: selection of both periods, the engine's KPIs, one scan
// for the tests and the segments, the sparklines, the tests and the findings. Checks the
// cancel flag between the steps and inside every scan. nullopt with *error only for a
// malformed dataset.
class ExecutiveSummary {
public:
    static std::optional<ExecutiveSummaryResult> run(const Dataset& dataset,
                                                     const query::Filter& filter,
                                                     const ExecutiveSummaryOptions& options = {},
                                                     std::string* error = nullptr);
};

} // namespace streamlens::summary
