// SPDX-License-Identifier: MIT
#include "stats/Silhouette.h"

#include "stats/Random.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamlens::stats {

Expected<SilhouetteResult> Silhouette::compute(const Eigen::MatrixXd& data,
                                               std::span<const int> labels,
                                               const SilhouetteOptions& options)
{
    using E = Expected<SilhouetteResult>;
    if (static_cast<Eigen::Index>(labels.size()) != data.rows())
        return E::failure("silhouette: one label per row is needed");
    if (!data.allFinite())
        return E::failure("silhouette: the data contain a non-finite value");
    if (options.exactLimit < 2)
        return E::failure("silhouette: exactLimit must be at least 2");
    int k = 0;
    for (int l : labels) {
        if (l < 0)
            return E::failure("silhouette: labels must be non-negative");
        k = std::max(k, l + 1);
    }

    SilhouetteResult r;
    const auto n = static_cast<int64_t>(labels.size());
    if (n > options.exactLimit) {
        r.sampled = true;
        Random rng(options.seed);
        auto perm = rng.permutation(n);
        perm.resize(static_cast<size_t>(options.exactLimit));
        std::sort(perm.begin(), perm.end());
        r.rows = std::move(perm);
    } else {
        r.rows.resize(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i)
            r.rows[static_cast<size_t>(i)] = i;
    }
    const size_t m = r.rows.size();
    std::vector<int> lab(m);
    std::vector<int64_t> count(static_cast<size_t>(k), 0);
    for (size_t i = 0; i < m; ++i) {
        lab[i] = labels[static_cast<size_t>(r.rows[i])];
        ++count[static_cast<size_t>(lab[i])];
    }
    if (std::count_if(count.begin(), count.end(), [](int64_t c) { return c > 0; }) < 2)
        return E::failure("silhouette needs at least 2 non-empty clusters");

    // Points as contiguous columns.
    Eigen::MatrixXd pts(data.cols(), static_cast<Eigen::Index>(m));
    for (size_t i = 0; i < m; ++i)
        pts.col(static_cast<Eigen::Index>(i)) = data.row(r.rows[i]).transpose();

    r.values.assign(m, 0.0);
    parallelFor(m, options.threads, 256, [&](size_t begin, size_t end, int) {
        std::vector<double> sum(static_cast<size_t>(k));
        for (size_t i = begin; i < end; ++i) {
            std::fill(sum.begin(), sum.end(), 0.0);
            const auto pi = pts.col(static_cast<Eigen::Index>(i));
            for (size_t j = 0; j < m; ++j)
                sum[static_cast<size_t>(lab[j])] +=
                    (pi - pts.col(static_cast<Eigen::Index>(j))).norm();
            const auto own = static_cast<size_t>(lab[i]);
            if (count[own] < 2)
                continue; // singleton: s = 0 by convention
            const double a = sum[own] / static_cast<double>(count[own] - 1);
            double b = std::numeric_limits<double>::infinity();
            for (size_t c = 0; c < sum.size(); ++c)
                if (c != own && count[c] > 0)
                    b = std::min(b, sum[c] / static_cast<double>(count[c]));
            const double denom = std::max(a, b);
            r.values[i] = denom > 0.0 ? (b - a) / denom : 0.0;
        }
    });

    r.perCluster.assign(static_cast<size_t>(k), 0.0);
    r.clusterRows = count;
    double total = 0.0;
    for (size_t i = 0; i < m; ++i) {
        r.perCluster[static_cast<size_t>(lab[i])] += r.values[i];
        total += r.values[i];
    }
    for (size_t c = 0; c < r.perCluster.size(); ++c)
        if (count[c] > 0)
            r.perCluster[c] /= static_cast<double>(count[c]);
    r.mean = total / static_cast<double>(m);
    return r;
}

} // namespace streamlens::stats
