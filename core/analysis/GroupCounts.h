// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"
#include "stats/Expected.h"

#include <cstdint>
#include <string>
#include <vector>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

struct GroupCount {
    std::string label;
    int64_t units = 0;
};

// The groups of a dimension among the units of a level under the selection, in display
// order (natural order for hours, age bands…, else largest first), with their unit counts;
// the null group is left out. What a "groups to compare" chooser lists.
class GroupCounts {
public:
    static stats::Expected<std::vector<GroupCount>> of(const Dataset& dataset,
                                                       const query::Selection& selection,
                                                       Level level, const std::string& by,
                                                       int threads = 0);
};

} // namespace streamlens::analysis
