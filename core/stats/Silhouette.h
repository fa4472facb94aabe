// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"

#include <Eigen/Core>

#include <cstdint>
#include <span>
#include <vector>

namespace streamlens::stats {

struct SilhouetteOptions {
    // Up to this many rows the silhouette is exact (O(n²) distances). Beyond it a seeded
    // uniform subsample of exactLimit rows is drawn and the silhouette of that subsample
    // (distances among sampled rows only) is reported.
    int64_t exactLimit = 20000;
    uint64_t seed = 1;
    int threads = 0; // 0: all cores
};

struct SilhouetteResult {
    double mean = 0.0;                // average silhouette width over the rows used
    std::vector<double> perCluster;   // average width per cluster label (0 for empty ones)
    std::vector<int64_t> clusterRows; // rows used per cluster
    std::vector<double> values;       // width per row used, in the order of `rows`
    std::vector<int64_t> rows;        // row indices used (all rows when exact)
    bool sampled = false;
};

// Silhouette widths s(i) = (b − a)/max(a, b) with Euclidean distances, as
// cluster::silhouette(labels, dist(x)): a is the mean distance to the other members of the
// own cluster, b the smallest mean distance to another cluster; s = 0 for a singleton.
class Silhouette {
public:
    // labels are 0-based; needs at least 2 non-empty clusters.
    static Expected<SilhouetteResult> compute(const Eigen::MatrixXd& data,
                                              std::span<const int> labels,
                                              const SilhouetteOptions& options = {});
};

} // namespace streamlens::stats
