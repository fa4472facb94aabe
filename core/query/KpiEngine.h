// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/GroupedKpis.h"
#include "query/KpiValues.h"
#include "query/QueryOptions.h"
#include "query/Selection.h"

#include <atomic>
#include <optional>
#include <string>
#include <string_view>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {

// Computes the contract's KPIs over a selection, overall or per group of a dimension, in one
// pass over the rows on all cores (per-thread accumulators, merged). Medians come from exact
// per-group histograms of startup_time_ms (per-group sorted values when there are many
// groups); churn counts distinct users with per-group bitsets (sorted pairs when the
// bitsets would be too large). A cancelled query returns a result marked cancelled.
class KpiEngine {
public:
    explicit KpiEngine(QueryOptions options = {})
        : m_options(options)
    {
    }

    // Throws std::invalid_argument when the dataset is malformed (columns of different
    // lengths) or the selection was made on a table of another size.
    KpiValues all(const Dataset& dataset, const Selection& selection) const;
    std::optional<GroupedKpis> by(const Dataset& dataset, const Selection& selection,
                                  std::string_view dimension, std::string* error = nullptr) const;
    std::optional<GroupedKpis> by(const Dataset& dataset, const Selection& selection,
                                  DimensionId dimension, std::string* error = nullptr) const;

    const QueryOptions& options() const { return m_options; }

private:
    QueryOptions m_options;
};

struct KpiAccumulator;
// The KPIs an accumulator holds: all but the startup median, p95 and score (which need the
// startup times) and churn (distinct users); those stay null.
KpiValues additiveKpis(const KpiAccumulator& accumulator);

KpiValues computeKpis(const Dataset& dataset, const Selection& selection,
                      const std::atomic<bool>* cancel = nullptr);
// nullopt with *error for an unknown dimension or a malformed dataset.
std::optional<GroupedKpis> computeKpisBy(const Dataset& dataset, const Selection& selection,
                                         std::string_view dimension, std::string* error = nullptr,
                                         const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::query
