// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"

#include <QJsonObject>

#include <optional>
#include <string>

namespace streamlens::summary {

// One "what changed" statement of the Overview: a segment whose QoE is worse than the rest
// of the selection, or a KPI that changed significantly against the previous period (with
// the segment that drove the change, when one stands out).
struct Finding {
    enum class Kind { Segment, Change };

    Kind kind = Kind::Segment;
    std::string metric;   // contract key of the KPI concerned
    std::string sentence; // plain language with the numbers (translated, locale numbers)
    // Share of the metric's "bad" total explained: the excess rebuffering time, failures or
    // slow starts of the segment over what the rest's rate would give, or the change of the
    // KPI relative to its current value. Findings are ranked by it.
    double impact = 0;
    // Share of playing time (rebuffering) or of attempts (the rest) in the segment.
    double share = 0;
    std::string shareOf;  // "playing_time" or "attempts"
    double value = 0;     // segment value (current value for a change)
    double reference = 0; // rest of the selection (previous value for a change)
    std::string test;
    double pValue = 1;
    double pAdjusted = 1;
    int comparisons = 0;
    std::string correction; // "Holm"
    // Applying this filter selects the segment (the current filter and the segment's values).
    query::Filter filter;
    std::string segment; // "cdn=cdn_b; country=DE; part_of_day=evening"

    QJsonObject toJson() const;
};

} // namespace streamlens::summary
