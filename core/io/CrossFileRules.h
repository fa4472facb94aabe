// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "io/ImportStaging.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens::io {

// The contract's rules between sessions.csv and performance_events.csv: a started session
// has exactly one startup event whose duration_ms equals startup_time_ms, rebuffer events
// that number rebuffer_count and sum to rebuffer_time_ms, and bitrate_change events that
// number bitrate_switches.
//
// A session is judged on the events it will have after the import: staged events plus the
// target's events of that session that the import does not replace. A staged session that
// breaks a rule is rejected together with its staged events (one reject per row, the
// session's naming the rule); staged events that would make an already loaded session
// break a rule are rejected. Nothing is checked when there is no event log at all (no
// events imported and none loaded): sessions without events are valid data.
class CrossFileRules {
public:
    struct Result {
        bool checked = false;
        int64_t sessionsChecked = 0;
        int64_t sessionsRejected = 0;
        int64_t eventsRejected = 0;
    };

    // Requires targetRow of staged sessions and events (see StagingCommit::matchTarget).
    static Result apply(ImportStaging& staging, const Dataset& target, bool eventsImported,
                        const std::vector<std::string>& fileNames, RejectLog& log);
};

} // namespace streamlens::io
