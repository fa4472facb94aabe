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

namespace streamlens::explore {

// The largest groups of a dimension with their KPIs, and the rest folded into one "others"
// group whose KPIs are computed over its sessions (medians and rates of a union cannot be
// merged from the groups' values).
struct TopGroups {
    query::DimensionId dimension = query::DimensionId::DeviceType;
    std::vector<std::string> keys;
    std::vector<query::KpiValues> values;
    std::optional<query::KpiValues> others; // set when groups were folded
    size_t otherGroups = 0;                 // how many
    bool cancelled = false;
};

struct TopGroupsOptions {
    size_t limit = 15;
    // Ranks by this metric (largest first) instead of the dimension's display order.
    std::string rankBy;
    bool foldOthers = true;
};

std::optional<TopGroups> computeTopGroups(const Dataset& dataset, const query::Selection& selection,
                                          query::DimensionId dimension,
                                          const TopGroupsOptions& options = {},
                                          std::string* error = nullptr,
                                          const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::explore
