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

// Row dimensions with at most this many groups are split by every value in one pass (a
// bitmap each: 1.25 MB per group at 10M sessions); larger ones rank their groups first.
constexpr uint32_t kSplitAllLimit = 64;

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
    const auto rowColumn = query::DimensionColumn::resolve(dataset, rows, error);
    if (!rowColumn)
        return std::nullopt;
    std::vector<query::Selection> parts;
    if (rowColumn->groupCount() <= kSplitAllLimit) {
        // One pass cuts the selection by every value; the part sizes rank the rows.
        std::vector<std::string> labels;
        for (uint32_t code = 0; code < rowColumn->groupCount(); ++code)
            labels.push_back(rowColumn->label(code));
        auto split = splitSelection(dataset, selection, rows, labels, error, cancel);
        if (!split)
            return std::nullopt;
        if (split->cancelled) {
            out.cancelled = true;
            return out;
        }
        std::vector<uint32_t> codes;
        for (uint32_t code = 0; code < rowColumn->groupCount(); ++code)
            if (split->parts[code].count() > 0 &&
                (options.includeNull || code != rowColumn->nullCode()))
                codes.push_back(code);
        const bool natural = query::dimensionInfo(rows).order == query::DimensionOrder::Natural;
        std::stable_sort(codes.begin(), codes.end(), [&](uint32_t a, uint32_t b) {
            if ((a == rowColumn->nullCode()) != (b == rowColumn->nullCode()))
                return b == rowColumn->nullCode();
            if (natural)
                return rowColumn->naturalRank(a) < rowColumn->naturalRank(b);
            if (split->parts[a].count() != split->parts[b].count())
                return split->parts[a].count() > split->parts[b].count();
            return labels[a] < labels[b];
        });
        if (!natural && codes.size() > options.maxRows)
            codes.resize(options.maxRows);
        for (uint32_t code : codes) {
            out.rowKeys.push_back(labels[code]);
            parts.push_back(std::move(split->parts[code]));
        }
    } else {
        const auto rowGroups = query::computeKpisBy(dataset, selection,
                                                    query::dimensionInfo(rows).name, error, cancel);
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
        parts = std::move(split->parts);
    }

    std::vector<query::GroupedKpis> perRow;
    perRow.reserve(out.rowKeys.size());
    for (const auto& part : parts) {
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
