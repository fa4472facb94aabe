// SPDX-License-Identifier: MIT
#include "stats/Anova.h"

#include "stats/Distributions.h"
#include "stats/InputCheck.h"

#include <cmath>

namespace streamlens::stats {

namespace {

struct GroupMoments {
    double n = 0.0;
    double mean = 0.0;
    double ss = 0.0; // Σ (x − mean)²
};

std::string momentsOf(std::span<const std::vector<double>> groups, std::vector<GroupMoments>& out,
                      size_t minPerGroup)
{
    if (groups.size() < 2)
        return "needs at least 2 groups, got " + std::to_string(groups.size());
    out.clear();
    for (size_t g = 0; g < groups.size(); ++g) {
        const auto& v = groups[g];
        if (v.size() < minPerGroup)
            return "group " + std::to_string(g + 1) + " has " + std::to_string(v.size()) +
                   " observations; at least " + std::to_string(minPerGroup) + " needed";
        if (auto e = checkFinite(v, "group " + std::to_string(g + 1)); !e.empty())
            return e;
        GroupMoments m;
        m.n = static_cast<double>(v.size());
        long double s = 0.0L;
        for (double x : v)
            s += x;
        long double mean = s / v.size();
        long double c = 0.0L;
        for (double x : v)
            c += x - mean;
        mean += c / v.size();
        long double ss = 0.0L;
        for (double x : v)
            ss += (x - mean) * (x - mean);
        m.mean = static_cast<double>(mean);
        m.ss = static_cast<double>(ss);
        out.push_back(m);
    }
    return {};
}

} // namespace

Expected<TestResult> Anova::oneWay(std::span<const std::vector<double>> groups)
{
    using E = Expected<TestResult>;
    std::vector<GroupMoments> g;
    if (auto e = momentsOf(groups, g, 1); !e.empty())
        return E::failure("one-way ANOVA " + e);
    double n = 0.0;
    long double total = 0.0L;
    for (const auto& m : g) {
        n += m.n;
        total += static_cast<long double>(m.n) * m.mean;
    }
    const double k = static_cast<double>(g.size());
    if (n <= k)
        return E::failure("one-way ANOVA needs more observations than groups");
    const auto grand = static_cast<double>(total / n);
    long double ssb = 0.0L, ssw = 0.0L;
    for (const auto& m : g) {
        ssb += static_cast<long double>(m.n) * (m.mean - grand) * (m.mean - grand);
        ssw += m.ss;
    }
    if (ssw == 0.0L)
        return E::failure("one-way ANOVA: every group has zero within-group variance");
    TestResult r;
    r.test = "One-way ANOVA";
    r.statistic_name = "F";
    const double df1 = k - 1.0, df2 = n - k;
    r.statistic = static_cast<double>((ssb / df1) / (ssw / df2));
    r.df = df1;
    r.df2 = df2;
    r.p_value = dist::fUpper(r.statistic, df1, df2);
    r.effect_size = static_cast<double>(ssb / (ssb + ssw));
    r.effect_size_name = "eta-squared";
    for (const auto& m : g)
        r.group_sizes.push_back(static_cast<int64_t>(m.n));
    r.method_note = "equal variances assumed";
    return r;
}

Expected<TestResult> Anova::welch(std::span<const std::vector<double>> groups)
{
    using E = Expected<TestResult>;
    std::vector<GroupMoments> g;
    if (auto e = momentsOf(groups, g, 2); !e.empty())
        return E::failure("Welch ANOVA " + e);
    const double k = static_cast<double>(g.size());
    // Same formula as R's oneway.test(var.equal = FALSE).
    std::vector<double> w(g.size());
    double sumW = 0.0;
    for (size_t i = 0; i < g.size(); ++i) {
        const double var = g[i].ss / (g[i].n - 1.0);
        if (!(var > 0.0))
            return E::failure("Welch ANOVA: group " + std::to_string(i + 1) + " has zero variance");
        w[i] = g[i].n / var;
        sumW += w[i];
    }
    double tmp = 0.0, m = 0.0;
    for (size_t i = 0; i < g.size(); ++i) {
        const double a = 1.0 - w[i] / sumW;
        tmp += a * a / (g[i].n - 1.0);
        m += w[i] * g[i].mean;
    }
    tmp /= k * k - 1.0;
    m /= sumW;
    double num = 0.0;
    for (size_t i = 0; i < g.size(); ++i)
        num += w[i] * (g[i].mean - m) * (g[i].mean - m);
    TestResult r;
    r.test = "Welch one-way ANOVA";
    r.statistic_name = "F";
    r.statistic = num / ((k - 1.0) * (1.0 + 2.0 * (k - 2.0) * tmp));
    r.df = k - 1.0;
    r.df2 = 1.0 / (3.0 * tmp);
    r.p_value = dist::fUpper(r.statistic, *r.df, *r.df2);
    for (const auto& gm : g)
        r.group_sizes.push_back(static_cast<int64_t>(gm.n));
    r.method_note = "unequal variances (Welch 1951)";
    return r;
}

} // namespace streamlens::stats
