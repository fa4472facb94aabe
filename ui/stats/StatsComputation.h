// SPDX-License-Identifier: MIT
#pragma once

#include "stats/StatsResult.h"

#include <atomic>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Filter;
}

namespace streamlens::ui {

// Runs a Statistics page request on a worker thread: the filter becomes a selection and the
// core runners answer (the same calls as `streamlens stats`). The cancel flag is checked
// between the steps; the runners themselves run to the end.
class StatsComputation {
public:
    static StatsResult run(const Dataset& dataset, const query::Filter& filter,
                           const StatsRequest& request, const std::atomic<bool>& cancel);
};

} // namespace streamlens::ui
