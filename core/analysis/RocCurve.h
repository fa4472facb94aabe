// SPDX-License-Identifier: MIT
#pragma once

#include "stats/ClassificationMetrics.h"

#include <cstddef>
#include <span>
#include <vector>

namespace streamlens::analysis {

// A ROC curve has one point per distinct score: a hundred thousand held-out users give a
// hundred thousand points, far more than a chart can show. Thinning keeps the first and last
// point and evenly spaced ones in between, so the drawn curve stays within one step of the
// full one (the AUC is always computed on all scores).
class RocCurve {
public:
    static constexpr size_t kMaxPoints = 1000;

    static std::vector<stats::RocPoint> thin(std::span<const stats::RocPoint> points,
                                             size_t maxPoints = kMaxPoints);
};

} // namespace streamlens::analysis
