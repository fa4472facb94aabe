// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"

#include <span>
#include <string>
#include <vector>

namespace streamlens::stats {

enum class PAdjustMethod {
    Bonferroni,
    Holm,              // step-down family-wise error control
    Hochberg,          // step-up family-wise error control (independent tests)
    BenjaminiHochberg, // false discovery rate ("BH" / "fdr")
    BenjaminiYekutieli // false discovery rate under any dependence ("BY")
};

// Adjusted p-values exactly as R's p.adjust(p, method); the output keeps the input order.
class MultipleComparisons {
public:
    static Expected<std::vector<double>> adjust(std::span<const double> pValues,
                                                PAdjustMethod method);
    // R's method name: "bonferroni", "holm", "hochberg", "BH", "BY".
    static std::string methodName(PAdjustMethod method);
};

} // namespace streamlens::stats
