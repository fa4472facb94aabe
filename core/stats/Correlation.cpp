// SPDX-License-Identifier: MIT
#include "stats/Correlation.h"

#include "stats/Distributions.h"
#include "stats/InputCheck.h"
#include "stats/Ranking.h"

#include <algorithm>
#include <cmath>

namespace streamlens::stats {

namespace {

std::string checkPairs(std::span<const double> x, std::span<const double> y)
{
    if (x.size() != y.size())
        return "x and y must have the same length (" + std::to_string(x.size()) + " and " +
               std::to_string(y.size()) + ")";
    if (x.size() < 3)
        return "not enough observations: a correlation test needs at least 3 pairs";
    if (auto e = checkFinite(x, "x"); !e.empty())
        return e;
    return checkFinite(y, "y");
}

// Pearson r with centred long-double sums; empty when a variable is constant.
Expected<double> pearsonR(std::span<const double> x, std::span<const double> y)
{
    const auto n = static_cast<long double>(x.size());
    long double sx = 0.0L, sy = 0.0L;
    for (size_t i = 0; i < x.size(); ++i) {
        sx += x[i];
        sy += y[i];
    }
    const long double mx = sx / n, my = sy / n;
    long double sxx = 0.0L, syy = 0.0L, sxy = 0.0L;
    for (size_t i = 0; i < x.size(); ++i) {
        const long double dx = x[i] - mx, dy = y[i] - my;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    if (sxx == 0.0L || syy == 0.0L)
        return Expected<double>::failure(std::string("the standard deviation is zero in ") +
                                         (sxx == 0.0L ? "x" : "y") +
                                         ": the correlation is undefined");
    const double r = static_cast<double>(sxy / std::sqrt(sxx * syy));
    return std::clamp(r, -1.0, 1.0);
}

} // namespace

Expected<TestResult> Correlation::pearson(std::span<const double> x, std::span<const double> y,
                                          double level)
{
    using E = Expected<TestResult>;
    if (auto e = checkPairs(x, y); !e.empty())
        return E::failure("Pearson correlation: " + e);
    if (!(level > 0.0 && level < 1.0))
        return E::failure("confidence level must lie in (0, 1)");
    auto rr = pearsonR(x, y);
    if (!rr)
        return E::failure("Pearson correlation: " + rr.error());
    const double r = *rr;
    const auto n = static_cast<double>(x.size());
    TestResult t;
    t.test = "Pearson correlation";
    t.statistic_name = "t";
    t.df = n - 2.0;
    t.statistic = std::sqrt(n - 2.0) * r / std::sqrt(1.0 - r * r);
    t.p_value = dist::tTwoSided(t.statistic, n - 2.0);
    t.effect_size = r;
    t.effect_size_name = "Pearson r";
    if (n > 3.0) {
        const double z = std::atanh(r);
        const double half = dist::normalQuantile(0.5 + level / 2.0) / std::sqrt(n - 3.0);
        t.ci_low = std::tanh(z - half);
        t.ci_high = std::tanh(z + half);
        t.ci_name = "correlation (Fisher z)";
        t.ci_level = level;
    }
    t.group_sizes = {static_cast<int64_t>(x.size())};
    t.method_note =
        std::fabs(r) == 1.0 ? "perfect linear relation: t is infinite" : "t test on n − 2 df";
    return t;
}

Expected<TestResult> Correlation::spearman(std::span<const double> x, std::span<const double> y)
{
    using E = Expected<TestResult>;
    if (auto e = checkPairs(x, y); !e.empty())
        return E::failure("Spearman correlation: " + e);
    const Ranking rx = Ranking::of(x), ry = Ranking::of(y);
    auto rr = pearsonR(rx.ranks, ry.ranks);
    if (!rr)
        return E::failure("Spearman correlation: " + rr.error());
    const double rho = *rr;
    const auto n = static_cast<double>(x.size());
    TestResult t;
    t.test = "Spearman rank correlation";
    t.statistic_name = "S";
    t.statistic = (n * n * n - n) * (1.0 - rho) / 6.0;
    // As R: r is recovered from S, then the t approximation on n − 2 df.
    const double r = 1.0 - t.statistic / ((n * (n * n - 1.0)) / 6.0);
    const double tt = r / std::sqrt((1.0 - r * r) / (n - 2.0));
    const double pLower = dist::tUpper(tt, n - 2.0); // R: pt(..., lower.tail = !lower.tail)
    const double pUpper = dist::tCdf(tt, n - 2.0);
    const double p = t.statistic > (n * n * n - n) / 6.0 ? pUpper : pLower;
    t.p_value = std::min(1.0, 2.0 * p);
    t.effect_size = rho;
    t.effect_size_name = "Spearman rho";
    t.group_sizes = {static_cast<int64_t>(x.size())};
    t.method_note = std::string("t approximation on n − 2 df (R exact = FALSE)") +
                    (rx.hasTies() || ry.hasTies() ? ", mid-ranks for ties" : "");
    return t;
}

} // namespace streamlens::stats
