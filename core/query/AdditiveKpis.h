// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/KpiValues.h"
#include "query/Selection.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {

// The KPIs that are sums over sessions (all but the startup median, p95 and score, and
// churn: see additiveKpis), per group of one dimension or per pair of groups of two, in one
// light pass over the selection on all cores. It keeps one accumulator per group and no
// per-group histograms or distinct-user sets, so it costs about what the selection's rows
// cost to read even for a grid of 168 cells or 20,000 titles: this is what lets the Explore
// charts whose metric is a sum redraw quickly after a filter change. Values are the KPI
// engine's own (same accumulator, same formulas); the other metrics are null.
struct AdditiveTable {
    DimensionId rowDimension = DimensionId::DeviceType;
    std::optional<DimensionId> columnDimension; // none: one column, key ""
    std::vector<std::string> rowKeys;
    std::vector<std::string> columnKeys;
    std::vector<KpiValues> cells; // row-major; a pair without sessions has attempts 0
    // One column only, with foldRest: the rows cut off, merged (as computeTopGroups's
    // "others"), and how many groups they were.
    std::optional<KpiValues> rest;
    size_t restGroups = 0;
    bool cancelled = false;

    const KpiValues& cell(size_t row, size_t column) const
    {
        return cells[row * columnKeys.size() + column];
    }
};

struct AdditiveOptions {
    // Groups kept per axis; dimensions in natural order keep all of theirs.
    size_t maxRows = 12;
    size_t maxColumns = 12;
    // Rows ranked by this additive metric (largest first) instead of the dimension's order.
    std::string rankRowsBy;
    // The null group ("") is left out unless asked for.
    bool includeNull = false;
    // Without columns: the rows past maxRows are merged into rest, when more than one.
    bool foldRest = false;
};

// Rows and columns come in the engine's order (natural, or by attempts then name; see
// DimensionOrder), cut to the options' limits; columns count attempts over the kept rows.
// nullopt with *error for a malformed dataset or a selection of another table.
std::optional<AdditiveTable>
computeAdditiveKpis(const Dataset& dataset, const Selection& selection, DimensionId rows,
                    std::optional<DimensionId> columns, const AdditiveOptions& options = {},
                    std::string* error = nullptr, const std::atomic<bool>* cancel = nullptr);

// Whether metric (a JSON key) is one of the additive KPIs computeAdditiveKpis fills.
bool isAdditiveMetric(std::string_view metric);

} // namespace streamlens::query
