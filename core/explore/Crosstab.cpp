// SPDX-License-Identifier: MIT
#include "explore/Crosstab.h"

#include "data/Dataset.h"
#include "explore/SplitSelection.h"
#include "query/DimensionColumn.h"
#include "query/KpiEngine.h"

#include <algorithm>
#include <map>

namespace streamlens::explore {

namespace {

// Groups of one dimension in display order, without the null group unless asked, cut to max
// for dimensions ordered by attempts.
std::vector<std::string> keptKeys(const query::GroupedKpis& groups, query::DimensionId dimension,
                                  size_t max, bool includeNull)
{
    std::vector<std::string> keys;
    for (const auto& key : groups.keys)
        if (includeNull || !key.empty())
            keys.push_back(key);
    if (query::dimensionInfo(dimension).order == query::DimensionOrder::ByAttempts &&
        keys.size() > max)
        keys.resize(max);
    return keys;
}

} // namespace

std::optional<Crosstab> computeCrosstab(const Dataset& dataset, const query::Selection& selection,
                                        query::DimensionId rows, query::DimensionId columns,
                                        const CrosstabOptions& options, std::string* error,
                                        const std::atomic<bool>* cancel)
{
    Crosstab out;
    out.rowDimension = rows;
    out.columnDimension = columns;
    const auto rowGroups =
        query::computeKpisBy(dataset, selection, query::dimensionInfo(rows).name, error, cancel);
    if (!rowGroups)
        return std::nullopt;
    if (rowGroups->cancelled) {
        out.cancelled = true;
        return out;
    }
    out.rowKeys = keptKeys(*rowGroups, rows, options.maxRows, options.includeNull);
    auto split = splitSelection(dataset, selection, rows, out.rowKeys, error, cancel);
    if (!split)
        return std::nullopt;
    if (split->cancelled) {
        out.cancelled = true;
        return out;
    }

    std::vector<query::GroupedKpis> perRow;
    perRow.reserve(out.rowKeys.size());
    for (const auto& part : split->parts) {
        auto groups =
            query::computeKpisBy(dataset, part, query::dimensionInfo(columns).name, error, cancel);
        if (!groups)
            return std::nullopt;
        if (groups->cancelled) {
            out.cancelled = true;
            return out;
        }
        perRow.push_back(std::move(*groups));
    }

    // Columns: natural dimensions in their own order, the others by attempts over all rows.
    const auto column = query::DimensionColumn::resolve(dataset, columns, error);
    if (!column)
        return std::nullopt;
    std::map<std::string, int64_t> attempts;
    for (const auto& groups : perRow)
        for (size_t i = 0; i < groups.size(); ++i)
            attempts[groups.keys[i]] += groups.values[i].attempts;
    for (const auto& [key, n] : attempts)
        if (options.includeNull || !key.empty())
            out.columnKeys.push_back(key);
    const bool natural = query::dimensionInfo(columns).order == query::DimensionOrder::Natural;
    const auto rank = [&](const std::string& key) {
        const auto code = column->findCode(key);
        return code ? column->naturalRank(*code) : INT64_MAX;
    };
    std::stable_sort(out.columnKeys.begin(), out.columnKeys.end(),
                     [&](const std::string& a, const std::string& b) {
                         if (a.empty() != b.empty())
                             return b.empty();
                         if (natural)
                             return rank(a) < rank(b);
                         return attempts[a] > attempts[b];
                     });
    if (!natural && out.columnKeys.size() > options.maxColumns)
        out.columnKeys.resize(options.maxColumns);

    out.cells.resize(out.rowKeys.size() * out.columnKeys.size());
    for (size_t r = 0; r < perRow.size(); ++r)
        for (size_t c = 0; c < out.columnKeys.size(); ++c)
            if (auto v = perRow[r].find(out.columnKeys[c]))
                out.cells[r * out.columnKeys.size() + c] = *v;
    return out;
}

} // namespace streamlens::explore
