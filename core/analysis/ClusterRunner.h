// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ClusterAnswer.h"
#include "analysis/ClusterRequest.h"
#include "stats/Expected.h"

#include <string>

namespace streamlens {
struct Dataset;
}

namespace streamlens::query {
class Selection;
}

namespace streamlens::analysis {

// k-means segments (k-means++ starts, Lloyd, restarts; features standardised) with cluster
// profiles in original units, a description of what sets each cluster apart, the mean
// silhouette (exact up to 20,000 units, else on a seeded sample) and optionally a k scan.
class ClusterRunner {
public:
    static std::string check(const ClusterRequest& request);
    static stats::Expected<ClusterAnswer>
    run(const Dataset& dataset, const query::Selection& selection, const ClusterRequest& request);
};

} // namespace streamlens::analysis
