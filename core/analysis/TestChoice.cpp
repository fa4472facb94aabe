// SPDX-License-Identifier: MIT
#include "analysis/TestChoice.h"

#include <algorithm>
#include <cmath>

namespace streamlens::analysis {

stats::Expected<TestChoice> TestChooser::choose(const GroupDistribution& d)
{
    using Result = stats::Expected<TestChoice>;
    if (d.groups.size() < 2)
        return Result::failure("comparing groups needs at least two groups with values; " + d.by +
                               " has " + std::to_string(d.groups.size()) + " in the selection");
    const bool two = d.groups.size() == 2;

    if (d.metric.type == VariableType::Binary) {
        if (!two)
            return TestChoice{TestKind::ChiSquare, TestChoiceReason::ManyRates};
        // Expected counts of the 2 × 2 table under independence.
        double n = 0, successes = 0;
        for (const auto& g : d.groups) {
            n += double(g.n);
            successes += std::round(g.mean * double(g.n));
        }
        double smallest = n;
        for (const auto& g : d.groups) {
            smallest = std::min(smallest, double(g.n) * successes / n);
            smallest = std::min(smallest, double(g.n) * (n - successes) / n);
        }
        if (smallest < 5.0)
            return TestChoice{TestKind::Fisher, TestChoiceReason::TwoRatesSmallCounts};
        return TestChoice{TestKind::PropZ, TestChoiceReason::TwoRatesLargeCounts};
    }

    const bool smallSkewed = std::any_of(d.groups.begin(), d.groups.end(), [](const auto& g) {
        return g.n < kSmallGroup && g.skewness && std::abs(*g.skewness) > kSkewed;
    });
    if (two)
        return smallSkewed
                   ? TestChoice{TestKind::MannWhitney, TestChoiceReason::TwoGroupsSmallSkewed}
                   : TestChoice{TestKind::WelchT, TestChoiceReason::TwoGroupsMeans};
    if (smallSkewed)
        return TestChoice{TestKind::Kruskal, TestChoiceReason::ManyGroupsSmallSkewed};
    double lo = INFINITY, hi = 0;
    for (const auto& g : d.groups) {
        const double sd = g.sd.value_or(0.0);
        lo = std::min(lo, sd);
        hi = std::max(hi, sd);
    }
    if (lo > 0 && hi / lo <= kSpreadRatio)
        return TestChoice{TestKind::Anova, TestChoiceReason::ManyGroupsEqualSpread};
    return TestChoice{TestKind::WelchAnova, TestChoiceReason::ManyGroupsUnequalSpread};
}

} // namespace streamlens::analysis
