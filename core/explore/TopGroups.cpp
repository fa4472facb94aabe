// SPDX-License-Identifier: MIT
#include "explore/TopGroups.h"

#include "explore/SplitSelection.h"
#include "query/KpiEngine.h"

#include <algorithm>
#include <numeric>

namespace streamlens::explore {

std::optional<TopGroups> computeTopGroups(const Dataset& dataset, const query::Selection& selection,
                                          query::DimensionId dimension,
                                          const TopGroupsOptions& options, std::string* error,
                                          const std::atomic<bool>* cancel)
{
    TopGroups out;
    out.dimension = dimension;
    auto groups = query::computeKpisBy(dataset, selection, query::dimensionInfo(dimension).name,
                                       error, cancel);
    if (!groups)
        return std::nullopt;
    if (groups->cancelled) {
        out.cancelled = true;
        return out;
    }
    std::vector<size_t> order(groups->size());
    std::iota(order.begin(), order.end(), size_t(0));
    if (!options.rankBy.empty()) {
        const auto metric = [&](size_t i) {
            return groups->values[i].value(options.rankBy).value_or(-1e300);
        };
        // Ties keep the engine's order (attempts, then name), so the ranking is stable.
        std::stable_sort(order.begin(), order.end(),
                         [&](size_t a, size_t b) { return metric(a) > metric(b); });
    }
    // Folding a single group into "others" would only rename it.
    const bool fold = options.foldOthers && order.size() > options.limit + 1;
    const size_t kept = std::min(order.size(), options.limit);
    for (size_t i = 0; i < kept; ++i) {
        out.keys.push_back(groups->keys[order[i]]);
        out.values.push_back(groups->values[order[i]]);
    }
    if (!fold)
        return out;
    out.otherGroups = order.size() - kept;
    auto split = splitSelection(dataset, selection, dimension, out.keys, error, cancel);
    if (!split)
        return std::nullopt;
    if (split->cancelled) {
        out.cancelled = true;
        return out;
    }
    out.others = query::computeKpis(dataset, split->rest, cancel);
    if (out.others->cancelled)
        out.cancelled = true;
    return out;
}

} // namespace streamlens::explore
