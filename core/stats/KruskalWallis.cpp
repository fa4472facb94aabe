// SPDX-License-Identifier: MIT
#include "stats/KruskalWallis.h"

#include "stats/Distributions.h"
#include "stats/InputCheck.h"
#include "stats/Ranking.h"

namespace streamlens::stats {

Expected<TestResult> KruskalWallis::test(std::span<const std::vector<double>> groups)
{
    using E = Expected<TestResult>;
    if (groups.size() < 2)
        return E::failure("Kruskal–Wallis test needs at least 2 groups");
    std::vector<double> all;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty())
            return E::failure("Kruskal–Wallis test: group " + std::to_string(g + 1) + " is empty");
        if (auto e = checkFinite(groups[g], "group " + std::to_string(g + 1)); !e.empty())
            return E::failure(e);
        all.insert(all.end(), groups[g].begin(), groups[g].end());
    }
    const Ranking rk = Ranking::of(all);
    const auto n = static_cast<double>(all.size());
    const double denom = 1.0 - rk.tieCorrectionSum() / (n * n * n - n);
    if (!(denom > 0.0))
        return E::failure("Kruskal–Wallis test: all values are tied");
    double s = 0.0;
    size_t pos = 0;
    TestResult r;
    for (const auto& g : groups) {
        double sum = 0.0;
        for (size_t i = 0; i < g.size(); ++i)
            sum += rk.ranks[pos + i];
        pos += g.size();
        s += sum * sum / static_cast<double>(g.size());
        r.group_sizes.push_back(static_cast<int64_t>(g.size()));
    }
    r.test = "Kruskal–Wallis rank-sum test";
    r.statistic_name = "H";
    r.statistic = (12.0 * s / (n * (n + 1.0)) - 3.0 * (n + 1.0)) / denom;
    r.df = static_cast<double>(groups.size() - 1);
    r.p_value = dist::chiSquaredUpper(r.statistic, *r.df);
    r.effect_size = r.statistic / (n - 1.0);
    r.effect_size_name = "epsilon-squared";
    r.method_note =
        rk.hasTies() ? "chi-squared approximation, tie-corrected" : "chi-squared approximation";
    return r;
}

} // namespace streamlens::stats
