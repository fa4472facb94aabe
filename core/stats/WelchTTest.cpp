// SPDX-License-Identifier: MIT
#include "stats/WelchTTest.h"

#include "stats/Descriptive.h"
#include "stats/Distributions.h"
#include "stats/InputCheck.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamlens::stats {

Expected<TestResult> WelchTTest::test(std::span<const double> x, std::span<const double> y,
                                      double level)
{
    using E = Expected<TestResult>;
    if (!(level > 0.0 && level < 1.0))
        return E::failure("confidence level must lie in (0, 1)");
    if (x.size() < 2 || y.size() < 2)
        return E::failure("Welch t test needs at least 2 observations in each group (got " +
                          std::to_string(x.size()) + " and " + std::to_string(y.size()) + ")");
    if (auto e = checkFinite(x, "x"); !e.empty())
        return E::failure(e);
    if (auto e = checkFinite(y, "y"); !e.empty())
        return E::failure(e);
    const auto dx = Descriptive::of(x).value();
    const auto dy = Descriptive::of(y).value();
    const double nx = static_cast<double>(dx.n()), ny = static_cast<double>(dy.n());
    const double vx = dx.variance().value(), vy = dy.variance().value();
    const double sex2 = vx / nx, sey2 = vy / ny;
    const double se = std::sqrt(sex2 + sey2);
    // Same guard as R: a standard error at rounding level means constant data.
    if (se < 10.0 * std::numeric_limits<double>::epsilon() *
                 std::max(std::fabs(dx.mean()), std::fabs(dy.mean())) ||
        se == 0.0)
        return E::failure("data are essentially constant: both groups have zero variance");

    TestResult r;
    r.test = "Welch two-sample t test";
    r.statistic_name = "t";
    const double diff = dx.mean() - dy.mean();
    r.statistic = diff / se;
    const double df =
        (sex2 + sey2) * (sex2 + sey2) / (sex2 * sex2 / (nx - 1.0) + sey2 * sey2 / (ny - 1.0));
    r.df = df;
    r.p_value = dist::tTwoSided(r.statistic, df);
    const double half = dist::tQuantile(0.5 + level / 2.0, df) * se;
    r.ci_low = diff - half;
    r.ci_high = diff + half;
    r.ci_name = "difference in means (x − y)";
    r.ci_level = level;
    const double pooled = ((nx - 1.0) * vx + (ny - 1.0) * vy) / (nx + ny - 2.0);
    if (pooled > 0.0) {
        r.effect_size = diff / std::sqrt(pooled);
        r.effect_size_name = "Cohen's d";
    }
    r.group_sizes = {dx.n(), dy.n()};
    r.method_note = "Welch–Satterthwaite degrees of freedom; d uses the pooled SD";
    return r;
}

} // namespace streamlens::stats
