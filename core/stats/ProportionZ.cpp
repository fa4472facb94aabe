// SPDX-License-Identifier: MIT
#include "stats/ProportionZ.h"

#include "stats/Distributions.h"

#include <algorithm>
#include <cmath>

namespace streamlens::stats {

Expected<TestResult> ProportionZ::test(int64_t successes1, int64_t trials1, int64_t successes2,
                                       int64_t trials2, double level)
{
    using E = Expected<TestResult>;
    if (trials1 <= 0 || trials2 <= 0)
        return E::failure("two-proportion test needs at least 1 trial in each group");
    if (successes1 < 0 || successes1 > trials1 || successes2 < 0 || successes2 > trials2)
        return E::failure("two-proportion test: successes must lie between 0 and trials");
    if (!(level > 0.0 && level < 1.0))
        return E::failure("confidence level must lie in (0, 1)");
    const auto n1 = static_cast<double>(trials1), n2 = static_cast<double>(trials2);
    const double p1 = static_cast<double>(successes1) / n1;
    const double p2 = static_cast<double>(successes2) / n2;
    const double pooled = static_cast<double>(successes1 + successes2) / (n1 + n2);
    if (pooled == 0.0 || pooled == 1.0)
        return E::failure("two-proportion test is undefined: " +
                          std::string(pooled == 0.0 ? "no successes" : "only successes") +
                          " in both groups");
    TestResult r;
    r.test = "Two-proportion z test";
    r.statistic_name = "z";
    r.statistic = (p1 - p2) / std::sqrt(pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2));
    r.p_value = dist::normalTwoSided(r.statistic);
    const double half = dist::normalQuantile(0.5 + level / 2.0) *
                        std::sqrt(p1 * (1.0 - p1) / n1 + p2 * (1.0 - p2) / n2);
    // Same clipping to [−1, 1] as prop.test.
    r.ci_low = std::max(p1 - p2 - half, -1.0);
    r.ci_high = std::min(p1 - p2 + half, 1.0);
    r.ci_name = "difference in proportions (p1 − p2)";
    r.ci_level = level;
    r.effect_size = 2.0 * std::asin(std::sqrt(p1)) - 2.0 * std::asin(std::sqrt(p2));
    r.effect_size_name = "Cohen's h";
    r.group_sizes = {trials1, trials2};
    r.method_note = "pooled standard error, no continuity correction; Wald interval";
    return r;
}

} // namespace streamlens::stats
