// SPDX-License-Identifier: MIT
#pragma once

#include "query/Selection.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::explore {

// Histogram of startup_time_ms over the started sessions of a selection, with its CDF.
// Bin i counts [i·binWidthMs, (i+1)·binWidthMs); negative times count in bin 0, times at or
// past the last bin in overflow.
struct StartupDistribution {
    int32_t binWidthMs = 100;
    std::vector<int64_t> counts;
    int64_t overflow = 0;
    int64_t total = 0;
    bool cancelled = false;

    // Share of started sessions with a startup time below the end of bin i.
    double cdf(size_t bin) const;
    // Bins a chart shows: up to the one where the CDF reaches share (the long tail of a
    // few very slow starts would squeeze the rest into one bar). At least one bin.
    size_t binsUpTo(double share) const;
};

StartupDistribution computeStartupDistribution(const Dataset& dataset,
                                               const query::Selection& selection,
                                               int32_t binWidthMs = 100, int32_t bins = 600,
                                               const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::explore
