// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/ClusterRequest.h"
#include "stats/KMeans.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::analysis {

struct ClusterProfile {
    int cluster = 0; // 1-based for people
    int64_t size = 0;
    double share = 0;
    std::vector<double> centre;  // per column, original units (a level share for dummies)
    std::vector<double> zCentre; // per column, in standard deviations from the overall mean
    double withinSS = 0;
    std::optional<double> silhouette;
    std::string description; // "high rebuffer_pct (2.1 % vs 0.4 %), low sessions (3 vs 21)"
};

struct ClusterAnswer {
    ClusterRequest request;
    int64_t units = 0;
    int64_t n = 0;                    // units used
    int64_t nullValues = 0;           // left out: a null in a feature
    std::vector<std::string> columns; // clustered columns (dummies expanded)
    std::vector<Unit> columnUnits;
    std::vector<double> overallMean; // per column
    std::vector<ClusterProfile> clusters;
    double totalWithinSS = 0;
    double betweenSS = 0;
    double totalSS = 0;
    int iterations = 0;
    bool converged = false;
    std::optional<double> silhouette;
    bool silhouetteSampled = false;
    std::vector<stats::KSelection> scan;
    std::string note;
    std::string sentence;

    // {"level", "k", "features", "columns", "n", "units", "excluded", "clusters": [{"cluster",
    //  "size", "share", "centre": {column: value}, "z_centre": {...}, "within_ss",
    //  "silhouette", "description"}], "total_within_ss", "between_ss", "total_ss",
    //  "between_over_total", "silhouette", "silhouette_sampled", "scan": [{"k", "wcss",
    //  "silhouette"}], "converged", "iterations", "seed", "note", "sentence"}
    QJsonObject toJson() const;
};

} // namespace streamlens::analysis
