// SPDX-License-Identifier: MIT
#include "stats/KMeans.h"

#include "stats/Random.h"
#include "stats/Silhouette.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamlens::stats {

namespace {

// Lloyd's algorithm on points stored as columns (d × n) for contiguous access.
KMeansResult lloyd(const Eigen::MatrixXd& pts, Eigen::MatrixXd centers, int maxIterations,
                   int threads)
{
    const Eigen::Index n = pts.cols(), k = centers.cols();
    KMeansResult r;
    r.k = static_cast<int>(k);
    r.labels.assign(static_cast<size_t>(n), -1);
    int emptied = 0;
    int iter = 0;
    for (; iter < maxIterations; ++iter) {
        // Assignment in parallel (each row independent, so the result does not depend on the
        // thread count); the centre update below stays sequential for the same reason.
        std::vector<char> changed(static_cast<size_t>(resolveThreads(threads)), 0);
        parallelFor(static_cast<size_t>(n), threads, 4096, [&](size_t begin, size_t end, int w) {
            for (size_t i = begin; i < end; ++i) {
                const auto col = pts.col(static_cast<Eigen::Index>(i));
                int best = 0;
                double bestD = std::numeric_limits<double>::infinity();
                for (Eigen::Index c = 0; c < k; ++c) {
                    const double d = (col - centers.col(c)).squaredNorm();
                    if (d < bestD) {
                        bestD = d;
                        best = static_cast<int>(c);
                    }
                }
                if (r.labels[i] != best) {
                    changed[static_cast<size_t>(w)] = 1;
                    r.labels[i] = best;
                }
            }
        });
        const bool updated = std::any_of(changed.begin(), changed.end(), [](char c) { return c; });
        if (!updated)
            break;
        centers.setZero();
        std::vector<int64_t> counts(static_cast<size_t>(k), 0);
        for (Eigen::Index i = 0; i < n; ++i) {
            const int c = r.labels[static_cast<size_t>(i)];
            centers.col(c) += pts.col(i);
            ++counts[static_cast<size_t>(c)];
        }
        for (Eigen::Index c = 0; c < k; ++c) {
            if (counts[static_cast<size_t>(c)] > 0) {
                centers.col(c) /= static_cast<double>(counts[static_cast<size_t>(c)]);
                continue;
            }
            // Empty: take the point farthest from its own centre (computed with the centres
            // updated so far), and let the next assignment pass settle it.
            ++emptied;
            double far = -1.0;
            Eigen::Index farIdx = 0;
            for (Eigen::Index i = 0; i < n; ++i) {
                const int own = r.labels[static_cast<size_t>(i)];
                const double d = (pts.col(i) - centers.col(own)).squaredNorm();
                if (d > far) {
                    far = d;
                    farIdx = i;
                }
            }
            centers.col(c) = pts.col(farIdx);
        }
    }
    r.converged = iter < maxIterations;
    r.iterations = std::min(iter + 1, maxIterations);
    r.centers = centers.transpose();
    r.sizes.assign(static_cast<size_t>(k), 0);
    r.withinSS = Eigen::VectorXd::Zero(k);
    for (Eigen::Index i = 0; i < n; ++i) {
        const int c = r.labels[static_cast<size_t>(i)];
        ++r.sizes[static_cast<size_t>(c)];
        r.withinSS(c) += (pts.col(i) - centers.col(c)).squaredNorm();
    }
    r.totalWithinSS = r.withinSS.sum();
    const Eigen::VectorXd mean = pts.rowwise().mean();
    r.totalSS = (pts.colwise() - mean).squaredNorm();
    r.betweenSS = r.totalSS - r.totalWithinSS;
    if (emptied > 0)
        r.note = "an empty cluster was re-seeded " + std::to_string(emptied) + " time(s). ";
    if (!r.converged)
        r.note += "Lloyd iterations did not converge within " + std::to_string(maxIterations) +
                  " iterations. ";
    return r;
}

std::string checkData(const Eigen::MatrixXd& data, int k)
{
    if (k < 1)
        return "k-means needs k ≥ 1";
    if (data.cols() < 1)
        return "k-means needs at least one feature column";
    if (data.rows() < k)
        return "k-means needs at least k = " + std::to_string(k) + " rows, got " +
               std::to_string(data.rows());
    if (!data.allFinite())
        return "k-means: the data contain a non-finite value (drop nulls first)";
    return {};
}

} // namespace

Eigen::MatrixXd KMeans::plusPlusSeeds(const Eigen::MatrixXd& data, int k, Random& rng)
{
    const Eigen::Index n = data.rows();
    Eigen::MatrixXd centers(k, data.cols());
    centers.row(0) = data.row(static_cast<Eigen::Index>(rng.below(static_cast<uint64_t>(n))));
    Eigen::VectorXd d2(n);
    for (Eigen::Index i = 0; i < n; ++i)
        d2(i) = (data.row(i) - centers.row(0)).squaredNorm();
    for (int c = 1; c < k; ++c) {
        const double total = d2.sum();
        Eigen::Index pick = 0;
        if (total > 0.0) {
            // Draw with probability proportional to D², the k-means++ rule.
            const double u = rng.uniform() * total;
            double acc = 0.0;
            pick = n - 1;
            for (Eigen::Index i = 0; i < n; ++i) {
                acc += d2(i);
                if (u < acc && d2(i) > 0.0) {
                    pick = i;
                    break;
                }
            }
        } else {
            pick = static_cast<Eigen::Index>(rng.below(static_cast<uint64_t>(n)));
        }
        centers.row(c) = data.row(pick);
        for (Eigen::Index i = 0; i < n; ++i)
            d2(i) = std::min(d2(i), (data.row(i) - centers.row(c)).squaredNorm());
    }
    return centers;
}

Expected<KMeansResult> KMeans::fromCenters(const Eigen::MatrixXd& data,
                                           const Eigen::MatrixXd& initialCenters, int maxIterations,
                                           int threads)
{
    using E = Expected<KMeansResult>;
    const int k = static_cast<int>(initialCenters.rows());
    if (auto e = checkData(data, k); !e.empty())
        return E::failure(e);
    if (initialCenters.cols() != data.cols() || !initialCenters.allFinite())
        return E::failure("initial centres must be finite with one column per feature");
    if (maxIterations < 1)
        return E::failure("maxIterations must be at least 1");
    auto r = lloyd(data.transpose(), initialCenters.transpose(), maxIterations, threads);
    r.centersOriginal = r.centers;
    return r;
}

Expected<KMeansResult> KMeans::fit(const Eigen::MatrixXd& data, const KMeansOptions& options)
{
    using E = Expected<KMeansResult>;
    if (auto e = checkData(data, options.k); !e.empty())
        return E::failure(e);
    if (options.restarts < 1 || options.maxIterations < 1)
        return E::failure("k-means needs at least 1 restart and 1 iteration");
    std::optional<Standardizer> st;
    Eigen::MatrixXd x = data;
    if (options.standardize) {
        auto s = Standardizer::fit(data);
        if (!s)
            return E::failure("k-means: " + s.error());
        st = *s;
        x = st->transform(data);
    }
    Random rng(options.seed);
    const Eigen::MatrixXd pts = x.transpose();
    std::optional<KMeansResult> best;
    for (int r = 0; r < options.restarts; ++r) {
        const Eigen::MatrixXd seeds = plusPlusSeeds(x, options.k, rng);
        auto res = lloyd(pts, seeds.transpose(), options.maxIterations, options.threads);
        if (!best || res.totalWithinSS < best->totalWithinSS)
            best = std::move(res);
    }
    best->standardizer = st;
    best->centersOriginal = st ? st->inverse(best->centers) : best->centers;
    return *best;
}

Expected<std::vector<KSelection>> KMeans::scan(const Eigen::MatrixXd& data, int kMin, int kMax,
                                               const KMeansOptions& options)
{
    using E = Expected<std::vector<KSelection>>;
    if (kMin < 1 || kMax < kMin)
        return E::failure("k range must satisfy 1 ≤ kMin ≤ kMax");
    std::vector<KSelection> rows;
    for (int k = kMin; k <= kMax; ++k) {
        KMeansOptions o = options;
        o.k = k;
        auto r = fit(data, o);
        if (!r)
            return E::failure(r.error());
        KSelection row;
        row.k = k;
        row.totalWithinSS = r->totalWithinSS;
        if (k >= 2) {
            const Eigen::MatrixXd x =
                r->standardizer ? r->standardizer->transform(data) : Eigen::MatrixXd(data);
            auto s = Silhouette::compute(x, r->labels,
                                         {.seed = options.seed, .threads = options.threads});
            if (s)
                row.silhouette = s->mean;
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace streamlens::stats
