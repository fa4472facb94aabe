// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/VariableCatalog.h"

#include <cstdint>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// Per-user sums over the user's sessions in a selection, from one pass over the selected rows
// on all cores (each thread sums into its own per-user array; the arrays are then added).
// Only users with at least one selected session are units.
class UserAggregates {
public:
    // The caller has checked the sessions table (equal column lengths) and that the selection
    // was made on it. withMedians also collects every startup time per user for
    // median_startup_ms (a second pass).
    UserAggregates(const Dataset& dataset, const query::Selection& selection, bool withMedians,
                   int threads = 0);

    // Users with sessions in the selection, ascending.
    const std::vector<uint32_t>& users() const { return m_users; }
    // Selected sessions whose user reference points outside the users table.
    int64_t danglingSessions() const { return m_dangling; }

    // The aggregate for every unit in users(), NaN where undefined (no started session...).
    std::vector<double> values(UserMetric metric) const;

private:
    struct Sums {
        int32_t attempts = 0;
        int32_t started = 0;
        int32_t startFailures = 0;
        int32_t exits = 0;
        int32_t mobile = 0;
        int32_t cellular = 0;
        int32_t vodStarted = 0;
        int32_t vodCompleted = 0;
        int64_t playingMsAll = 0;
        int64_t playingMsStarted = 0;
        int64_t rebufferMsStarted = 0;
        int64_t startupMsSum = 0;
        int64_t bitratePlayingMs = 0;   // playing time of started sessions with a bitrate
        double bitrateTimesPlaying = 0; // Σ milli-kbps × playing ms over the same sessions

        void add(const Sums& o);
    };

    void collectMedians(const Dataset& dataset, const query::Selection& selection);

    const Dataset& m_dataset;
    std::vector<Sums> m_sums; // per user of the table
    std::vector<uint32_t> m_users;
    std::vector<double> m_medianStartup; // per user of the table, when collected
    int64_t m_dangling = 0;
};

} // namespace streamlens::analysis
