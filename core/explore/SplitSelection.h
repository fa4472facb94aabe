// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/Selection.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::explore {

// A selection cut by the values of one dimension: parts[i] holds the selected rows whose
// value is keys[i], rest the selected rows with any other value.
struct SplitSelection {
    std::vector<query::Selection> parts;
    query::Selection rest;
    bool cancelled = false;
};

// One pass over the selected rows (all cores). Running the KPI engine on each part then costs
// no more than one pass over the selection in total, because a part's scan only visits its
// own rows: this is how the crosstabs reuse computeKpisBy instead of a second engine.
// nullopt with *error for a malformed dataset; keys that no session can have give empty parts.
std::optional<SplitSelection>
splitSelection(const Dataset& dataset, const query::Selection& selection,
               query::DimensionId dimension, const std::vector<std::string>& keys,
               std::string* error = nullptr, const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::explore
