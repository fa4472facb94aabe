// SPDX-License-Identifier: MIT
#include "analysis/RocCurve.h"

namespace streamlens::analysis {

std::vector<stats::RocPoint> RocCurve::thin(std::span<const stats::RocPoint> points,
                                            size_t maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 2)
        return {points.begin(), points.end()};
    std::vector<stats::RocPoint> out;
    out.reserve(maxPoints);
    const double step = double(points.size() - 1) / double(maxPoints - 1);
    for (size_t i = 0; i < maxPoints; ++i) {
        const size_t index = i + 1 == maxPoints ? points.size() - 1 : size_t(double(i) * step);
        out.push_back(points[index]);
    }
    return out;
}

} // namespace streamlens::analysis
