// SPDX-License-Identifier: MIT
#pragma once

#include "stats/Expected.h"
#include "stats/TestResult.h"

#include <span>
#include <vector>

namespace streamlens::stats {

// Kruskal–Wallis rank-sum test with the tie correction, as R's kruskal.test(list(...)).
// p from χ²(k − 1). Effect size: epsilon-squared ε² = H / (n − 1) (Tomczak & Tomczak 2014).
class KruskalWallis {
public:
    static Expected<TestResult> test(std::span<const std::vector<double>> groups);
};

} // namespace streamlens::stats
