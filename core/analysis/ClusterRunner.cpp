// SPDX-License-Identifier: MIT
#include "analysis/ClusterRunner.h"

#include "analysis/FrameBuilder.h"
#include "analysis/ValueFormat.h"
#include "analysis/VariableCatalog.h"
#include "stats/Silhouette.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace streamlens::analysis {

namespace {

using Result = stats::Expected<ClusterAnswer>;

// |z| of a cluster centre from which a feature is called out as distinctive.
constexpr double kDistinctiveZ = 0.5;

std::string describe(const ClusterAnswer& a, const ClusterProfile& c)
{
    std::vector<size_t> order(a.columns.size());
    for (size_t j = 0; j < order.size(); ++j)
        order[j] = j;
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        return std::fabs(c.zCentre[x]) > std::fabs(c.zCentre[y]);
    });
    std::string out;
    int listed = 0;
    for (size_t j : order) {
        if (listed == 3 || !(std::fabs(c.zCentre[j]) >= kDistinctiveZ))
            break;
        const bool dummy = a.columns[j].find('=') != std::string::npos;
        const bool high = c.zCentre[j] > 0;
        const std::string word = dummy ? (high ? "more " : "fewer ") : (high ? "high " : "low ");
        out += (out.empty() ? "" : ", ") + word + a.columns[j] + " (" +
               ValueFormat::value(c.centre[j], a.columnUnits[j]) + " vs " +
               ValueFormat::value(a.overallMean[j], a.columnUnits[j]) + ")";
        ++listed;
    }
    return out.empty() ? "close to the overall average on every feature" : out;
}

std::string count(int64_t n)
{
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

} // namespace

std::string ClusterRunner::check(const ClusterRequest& r)
{
    if (r.features.empty())
        return "clustering needs features (--features K1,K2,...)";
    if (r.k < 2 || r.k > ClusterRequest::kMaxK)
        return "k must lie between 2 and " + std::to_string(ClusterRequest::kMaxK);
    if (r.restarts < 1)
        return "k-means needs at least one start";
    std::set<std::string> seen;
    for (const auto& f : r.features) {
        if (!findVariable(r.level, f))
            return unknownVariableError(r.level, f);
        if (!seen.insert(f).second)
            return "feature '" + f + "' is named twice";
    }
    return {};
}

stats::Expected<ClusterAnswer> ClusterRunner::run(const Dataset& dataset,
                                                  const query::Selection& selection,
                                                  const ClusterRequest& r)
{
    if (auto e = check(r); !e.empty())
        return Result::failure(e);
    FrameRequest fr;
    fr.level = r.level;
    fr.threads = r.threads;
    for (const auto& f : r.features)
        (findMetric(r.level, f) ? fr.metrics : fr.categoricals).push_back(f);
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return Result::failure(frame.error());

    ClusterAnswer a;
    a.request = r;
    a.units = static_cast<int64_t>(frame->size());
    std::vector<uint32_t> rows;
    for (size_t i = 0; i < frame->size(); ++i) {
        bool ok = true;
        for (const auto& c : frame->numericColumns())
            ok = ok && !NumericColumn::isNull(c.values[i]);
        for (const auto& c : frame->categoricalColumns())
            ok = ok && c.codes[i] < c.nullCode;
        if (ok)
            rows.push_back(static_cast<uint32_t>(i));
    }
    a.n = static_cast<int64_t>(rows.size());
    a.nullValues = a.units - a.n;
    const std::string unitWord = std::string(levelName(r.level)) + "s";
    if (a.n <= r.k)
        return Result::failure("too few " + unitWord + " for " + std::to_string(r.k) +
                               " clusters: " + std::to_string(a.n) +
                               " have values for every feature");

    // Columns: numeric features, then one 0/1 column per level of a categorical feature.
    std::vector<std::vector<double>> columns;
    for (const auto& f : r.features) {
        if (const NumericColumn* c = frame->numeric(f)) {
            std::vector<double> x;
            x.reserve(rows.size());
            for (uint32_t i : rows)
                x.push_back(c->values[i]);
            columns.push_back(std::move(x));
            a.columns.push_back(f);
            a.columnUnits.push_back(c->info.unit);
            continue;
        }
        const CategoricalColumn* c = frame->categorical(f);
        std::vector<int64_t> counts(c->nullCode, 0);
        for (uint32_t i : rows)
            ++counts[c->codes[i]];
        std::vector<uint32_t> levels;
        for (uint32_t code = 0; code < c->nullCode; ++code)
            if (counts[code] > 0)
                levels.push_back(code);
        std::sort(levels.begin(), levels.end(),
                  [&](uint32_t x, uint32_t y) { return c->labels[x] < c->labels[y]; });
        if (levels.size() > 30)
            return Result::failure("categorical feature '" + f + "' has " +
                                   std::to_string(levels.size()) +
                                   " levels; clustering takes at most 30 (one column each)");
        for (uint32_t code : levels) {
            std::vector<double> x;
            x.reserve(rows.size());
            for (uint32_t i : rows)
                x.push_back(c->codes[i] == code ? 1.0 : 0.0);
            columns.push_back(std::move(x));
            a.columns.push_back(f + "=" + c->labels[code]);
            a.columnUnits.push_back(Unit::Fraction);
        }
    }
    // A constant column has no spread to standardise by; name it instead of failing later.
    for (size_t j = 0; j < columns.size(); ++j) {
        const auto [lo, hi] = std::minmax_element(columns[j].begin(), columns[j].end());
        if (*lo == *hi)
            return Result::failure("feature column '" + a.columns[j] + "' is constant (" +
                                   ValueFormat::number(*lo) + ") over the " + count(a.n) + " " +
                                   unitWord + " used: it cannot separate segments; drop it");
    }
    Eigen::MatrixXd data(static_cast<Eigen::Index>(rows.size()),
                         static_cast<Eigen::Index>(columns.size()));
    for (size_t j = 0; j < columns.size(); ++j)
        for (size_t i = 0; i < rows.size(); ++i)
            data(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = columns[j][i];
    columns.clear();

    stats::KMeansOptions options;
    options.k = r.k;
    options.seed = r.seed;
    options.restarts = r.restarts;
    options.threads = r.threads;
    options.standardize = true;
    auto fit = stats::KMeans::fit(data, options);
    if (!fit)
        return Result::failure(fit.error());
    const stats::KMeansResult& km = *fit;
    a.totalWithinSS = km.totalWithinSS;
    a.betweenSS = km.betweenSS;
    a.totalSS = km.totalSS;
    a.iterations = km.iterations;
    a.converged = km.converged;
    a.note = km.note;
    const Eigen::MatrixXd space = km.standardizer ? km.standardizer->transform(data) : data;
    a.overallMean.resize(static_cast<size_t>(data.cols()));
    for (Eigen::Index j = 0; j < data.cols(); ++j)
        a.overallMean[static_cast<size_t>(j)] = data.col(j).mean();

    stats::SilhouetteOptions so;
    so.seed = r.seed;
    so.threads = r.threads;
    auto sil = stats::Silhouette::compute(space, km.labels, so);
    if (sil) {
        a.silhouette = sil->mean;
        a.silhouetteSampled = sil->sampled;
    } else {
        a.note += (a.note.empty() ? "" : "; ") + sil.error();
    }
    // Profiles as plain per-cluster means of the raw columns (a level share of exactly 0 or 1
    // stays exact, where mapping the standardised centre back would leave rounding dust).
    Eigen::MatrixXd means = Eigen::MatrixXd::Zero(km.k, data.cols());
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        means.row(km.labels[static_cast<size_t>(i)]) += data.row(i);
    for (int c = 0; c < km.k; ++c)
        if (km.sizes[static_cast<size_t>(c)] > 0)
            means.row(c) /= static_cast<double>(km.sizes[static_cast<size_t>(c)]);
    for (int c = 0; c < km.k; ++c) {
        ClusterProfile p;
        p.cluster = c + 1;
        p.size = km.sizes[static_cast<size_t>(c)];
        p.share = double(p.size) / double(a.n);
        p.withinSS = km.withinSS(c);
        for (Eigen::Index j = 0; j < data.cols(); ++j) {
            p.centre.push_back(means(c, j));
            p.zCentre.push_back(km.standardizer ? km.centers(c, j) : 0.0);
        }
        if (sil && static_cast<size_t>(c) < sil->perCluster.size() &&
            sil->clusterRows[static_cast<size_t>(c)] > 0)
            p.silhouette = sil->perCluster[static_cast<size_t>(c)];
        p.description = describe(a, p);
        a.clusters.push_back(std::move(p));
    }
    if (r.scan) {
        const int kMin = std::max(1, r.k - 2);
        const int kMax = static_cast<int>(std::min<int64_t>(r.k + 2, a.n - 1));
        auto scan = stats::KMeans::scan(data, kMin, kMax, options);
        if (scan)
            a.scan = std::move(scan).value();
        else
            a.note += (a.note.empty() ? "" : "; ") + ("k scan: " + scan.error());
    }

    a.sentence = std::to_string(r.k) + " segments of " + count(a.n) + " " + unitWord + " on " +
                 std::to_string(a.columns.size()) + " standardised columns";
    if (a.silhouette)
        a.sentence += " (mean silhouette " + ValueFormat::fixed(*a.silhouette, 2) +
                      (a.silhouetteSampled ? ", on a sample" : "") + ")";
    a.sentence += ": ";
    for (size_t c = 0; c < a.clusters.size(); ++c) {
        const auto& p = a.clusters[c];
        a.sentence += (c ? "; " : "") + std::string("segment ") + std::to_string(p.cluster) + " (" +
                      ValueFormat::number(100.0 * p.share, 2) + " %): " + p.description;
    }
    a.sentence += ".";
    return a;
}

} // namespace streamlens::analysis
