// SPDX-License-Identifier: MIT
#pragma once

#include "query/DimensionColumn.h"
#include "summary/PeriodTally.h"
#include "summary/SegmentAxis.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::summary {

// A family resolved against one dataset: the columns of its axes, their group counts, and
// the tallies of every group in the current (period 0) and previous (period 1) period.
struct FamilyTallies {
    SegmentFamily family;
    std::vector<size_t> axisIndex;     // per axis, into ScanOutput::axisColumns
    int base = -1;                     // family it is summed from; -1: counted per row
    std::vector<uint32_t> groupCounts; // per axis, the null group included
    size_t groups = 0;
    std::vector<SegmentTally> tallies; // [group * 2 + period]

    const SegmentTally& at(size_t group, int period) const { return tallies[group * 2 + period]; }
    // The code of each axis of a group.
    std::vector<uint32_t> codesOf(size_t group) const;
};

struct ScanInput {
    const query::Selection* current = nullptr;
    const query::Selection* previous = nullptr; // may be null: no previous period
    double slowStartThresholdMs = 0;            // startups above it are "slow"
    int threads = 0;
    const std::atomic<bool>* cancel = nullptr;
};

struct ScanOutput {
    PeriodTally periods[2];
    std::vector<FamilyTallies> families; // the families that fit (few enough groups)
    // The distinct axes of all families and their columns, kept so that the labels of the
    // groups can be read afterwards.
    std::vector<SegmentAxis> axes;
    std::vector<query::DimensionColumn> axisColumns;
    bool cancelled = false;
};

// One parallel pass over the sessions of each period, filling the period tallies and the
// tallies of every segment family at once (the rows are read once, not once per family).
// Only "base" families are counted per row; a family whose axes all belong to a base family
// (cdn × country from cdn × country × part of day) is summed from the base's groups
// afterwards, which keeps the per-row work to a handful of families. Families with more
// than kMaxGroups groups are left out. nullopt with *error for a
// malformed dataset.
class SummaryScan {
public:
    static constexpr size_t kMaxGroups = 8192;
    static std::optional<ScanOutput> run(const Dataset& dataset,
                                         const std::vector<SegmentFamily>& families,
                                         const ScanInput& input, std::string* error);
};

} // namespace streamlens::summary
