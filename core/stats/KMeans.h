// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/Standardizer.h"

#include <Eigen/Core>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::stats {

class Random;

struct KMeansOptions {
    int k = 3;
    int restarts = 10;       // independent k-means++ starts; the lowest WCSS wins
    int maxIterations = 100; // Lloyd iterations per start
    uint64_t seed = 1;
    bool standardize = true; // cluster on z-scores (features in different units)
    int threads = 0;         // assignment step and silhouette workers (0: all cores)
};

struct KMeansResult {
    int k = 0;
    Eigen::MatrixXd centers;         // k × d, in the space clustered (z-scores if standardised)
    Eigen::MatrixXd centersOriginal; // k × d, in the original units: the cluster profiles
    std::vector<int> labels;         // 0-based cluster per row
    std::vector<int64_t> sizes;
    Eigen::VectorXd withinSS; // per cluster, in the clustered space
    double totalWithinSS = 0.0;
    double totalSS = 0.0;
    double betweenSS = 0.0;
    int iterations = 0;
    bool converged = false;
    std::optional<Standardizer> standardizer;
    std::string note; // emptied clusters re-seeded, non-convergence …
};

// One row of the "choose k" table.
struct KSelection {
    int k = 0;
    double totalWithinSS = 0.0;
    std::optional<double> silhouette; // mean silhouette width; absent for k = 1
};

// k-means by Lloyd's algorithm with k-means++ seeding (Arthur & Vassilvitskii 2007) and
// several restarts. Lloyd's updates follow R's kmeans(algorithm = "Lloyd") exactly: nearest
// centre by squared Euclidean distance (first on ties), stop when no assignment changes.
// An emptied cluster is re-seeded with the point farthest from its centre (R stops with
// "empty cluster" instead); the note says so.
class KMeans {
public:
    static Expected<KMeansResult> fit(const Eigen::MatrixXd& data, const KMeansOptions& options);

    // Lloyd iterations from given initial centres (k × d, same units as data), without
    // standardisation — the exact counterpart of kmeans(x, centers, algorithm = "Lloyd").
    static Expected<KMeansResult> fromCenters(const Eigen::MatrixXd& data,
                                              const Eigen::MatrixXd& initialCenters,
                                              int maxIterations = 100, int threads = 0);

    // k-means++ initial centres (k × d) drawn from rows of data.
    static Eigen::MatrixXd plusPlusSeeds(const Eigen::MatrixXd& data, int k, Random& rng);

    // WCSS and mean silhouette for each k in [kMin, kMax] with the same options otherwise.
    static Expected<std::vector<KSelection>> scan(const Eigen::MatrixXd& data, int kMin, int kMax,
                                                  const KMeansOptions& options);
};

} // namespace streamlens::stats
