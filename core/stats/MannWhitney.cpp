// SPDX-License-Identifier: MIT
#include "stats/MannWhitney.h"

#include "stats/Distributions.h"
#include "stats/InputCheck.h"
#include "stats/Ranking.h"

#include <algorithm>
#include <cmath>

namespace streamlens::stats {

std::vector<double> MannWhitney::exactDistribution(int m, int n)
{
    // f[k][s]: ways to pick k of the first t ranks whose (rank − position-in-pick) sum is s;
    // adding rank t+1 as the (k+1)-th pick adds t − k to W. All additions of positive
    // numbers, so the counts keep full relative precision even beyond 2^53.
    const int maxW = m * n;
    std::vector<std::vector<double>> f(static_cast<size_t>(m + 1),
                                       std::vector<double>(static_cast<size_t>(maxW + 1), 0.0));
    f[0][0] = 1.0;
    for (int t = 0; t < m + n; ++t) {
        for (int k = std::min(t, m - 1); k >= 0; --k) {
            const int add = t - k;
            if (add > n)
                continue; // this pick would leave too few ranks: contributes beyond maxW
            auto& src = f[static_cast<size_t>(k)];
            auto& dst = f[static_cast<size_t>(k + 1)];
            for (int s = maxW - add; s >= 0; --s)
                if (src[static_cast<size_t>(s)] != 0.0)
                    dst[static_cast<size_t>(s + add)] += src[static_cast<size_t>(s)];
        }
    }
    auto dist = f[static_cast<size_t>(m)];
    double total = 0.0;
    for (double c : dist)
        total += c;
    for (double& c : dist)
        c /= total;
    return dist;
}

Expected<TestResult> MannWhitney::test(std::span<const double> x, std::span<const double> y,
                                       const MannWhitneyOptions& options)
{
    using E = Expected<TestResult>;
    if (x.empty() || y.empty())
        return E::failure("Mann–Whitney test needs at least 1 observation in each group");
    if (auto e = checkFinite(x, "x"); !e.empty())
        return E::failure(e);
    if (auto e = checkFinite(y, "y"); !e.empty())
        return E::failure(e);

    std::vector<double> all(x.begin(), x.end());
    all.insert(all.end(), y.begin(), y.end());
    const Ranking rk = Ranking::of(all);
    const auto nx = static_cast<double>(x.size()), ny = static_cast<double>(y.size());
    double rx = 0.0;
    for (size_t i = 0; i < x.size(); ++i)
        rx += rk.ranks[i];
    const double w = rx - nx * (nx + 1.0) / 2.0;

    TestResult r;
    r.test = "Wilcoxon rank-sum (Mann–Whitney U) test";
    r.statistic_name = "W";
    r.statistic = w;
    r.group_sizes = {static_cast<int64_t>(x.size()), static_cast<int64_t>(y.size())};
    r.effect_size = 2.0 * w / (nx * ny) - 1.0;
    r.effect_size_name = "rank-biserial r";

    const bool ties = rk.hasTies();
    const bool small = x.size() < 50 && y.size() < 50;
    bool exact = !ties && (options.method == PValueMethod::Exact ||
                           (options.method == PValueMethod::Auto && small));
    // The counting table has (nx + 1)·(nx·ny + 1) cells; beyond ~8 M (64 MB) the normal
    // approximation is used instead (it is excellent at such sizes) and the note says so.
    bool tooLarge = false;
    if (exact && (nx + 1.0) * (nx * ny + 1.0) > 8.0e6) {
        exact = false;
        tooLarge = true;
    }
    if (exact) {
        const auto d = exactDistribution(static_cast<int>(x.size()), static_cast<int>(y.size()));
        const auto wi = static_cast<size_t>(std::llround(w));
        double p = 0.0;
        if (w > nx * ny / 2.0) {
            for (size_t s = wi; s < d.size(); ++s)
                p += d[s];
        } else {
            for (size_t s = 0; s <= wi; ++s)
                p += d[s];
        }
        r.p_value = std::min(1.0, 2.0 * p);
        r.method_note = "exact p-value";
        return r;
    }

    const double n = nx + ny;
    const double sigma =
        std::sqrt((nx * ny / 12.0) * ((n + 1.0) - rk.tieCorrectionSum() / (n * (n - 1.0))));
    if (!(sigma > 0.0))
        return E::failure("all values are tied: the rank-sum test is undefined");
    double z = w - nx * ny / 2.0;
    const double correction = options.continuityCorrection ? (z > 0   ? 0.5
                                                              : z < 0 ? -0.5
                                                                      : 0.0)
                                                           : 0.0;
    z = (z - correction) / sigma;
    r.p_value = dist::normalTwoSided(z);
    r.method_note = std::string("normal approximation") +
                    (options.continuityCorrection ? " with continuity correction" : "") +
                    (ties ? ", tie-corrected variance" : "");
    if (ties && options.method == PValueMethod::Exact)
        r.method_note += " (exact p-value unavailable with ties)";
    if (tooLarge)
        r.method_note += " (samples too large for the exact distribution)";
    return r;
}

} // namespace streamlens::stats
