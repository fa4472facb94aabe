// SPDX-License-Identifier: MIT
#include "analysis/GroupComparisonRunner.h"

#include "analysis/FrameBuilder.h"
#include "analysis/Samples.h"
#include "analysis/TestNarrative.h"
#include "analysis/ValueFormat.h"
#include "analysis/VariableCatalog.h"
#include "stats/Distributions.h"
#include "stats/MultipleComparisons.h"
#include "stats/ProportionZ.h"

#include <cmath>
#include <limits>

namespace streamlens::analysis {

namespace {

std::string moreWord(const VariableInfo& v, bool more)
{
    const bool duration = v.unit == Unit::Milliseconds || v.unit == Unit::Seconds ||
                          v.unit == Unit::Hours || v.unit == Unit::LogSeconds;
    if (duration)
        return more ? "longer" : "shorter";
    return more ? "higher" : "lower";
}

std::string sentenceOf(const GroupComparison& c, const GroupVsRest& r)
{
    const VariableInfo& m = c.metric;
    const std::string stat = m.type == VariableType::Binary ? "" : "mean ";
    const std::string values = " (" + stat + ValueFormat::value(r.estimate, m.unit) +
                               ") than in the other " + c.request.by + " groups (" +
                               ValueFormat::value(r.restEstimate, m.unit) + ")";
    const std::string adjusted = "Holm-adjusted " + ValueFormat::p(r.pHolm);
    if (!r.significantHolm)
        return TestNarrative::capitalized(m.label) + " for " + c.request.by + " = " + r.group +
               " (" + stat + ValueFormat::value(r.estimate, m.unit) +
               ") does not differ significantly from the other groups (" +
               ValueFormat::value(r.restEstimate, m.unit) + "): " + r.result.apa() + " (" +
               adjusted + ").";
    return TestNarrative::capitalized(m.label) + " is " + moreWord(m, r.estimate > r.restEstimate) +
           " for " + c.request.by + " = " + r.group + values + ": " + r.result.apa() + " (" +
           adjusted + ").";
}

} // namespace

GroupMoments GroupComparisonRunner::moments(std::span<const double> values)
{
    GroupMoments m;
    m.n = static_cast<int64_t>(values.size());
    if (values.empty())
        return m;
    long double sum = 0;
    for (double v : values)
        sum += v;
    m.mean = static_cast<double>(sum / static_cast<long double>(values.size()));
    long double ss = 0;
    for (double v : values)
        ss += (static_cast<long double>(v) - m.mean) * (static_cast<long double>(v) - m.mean);
    m.m2 = static_cast<double>(ss);
    return m;
}

PooledMoments PooledMoments::of(std::span<const GroupMoments> groups)
{
    PooledMoments p;
    long double weighted = 0;
    for (const auto& h : groups) {
        p.n += h.n;
        weighted += static_cast<long double>(h.n) * h.mean;
    }
    p.centre = p.n > 0 ? weighted / p.n : 0;
    // Centred on the grand mean so the sums of squares do not cancel.
    for (const auto& h : groups) {
        const long double d = static_cast<long double>(h.mean) - p.centre;
        p.sumDev += h.n * d;
        p.m2 += h.m2 + h.n * d * d;
    }
    return p;
}

stats::Expected<stats::TestResult>
GroupComparisonRunner::welchAgainstRest(std::span<const GroupMoments> groups, size_t g,
                                        double level)
{
    if (g >= groups.size())
        return stats::Expected<stats::TestResult>::failure("no such group");
    return welchAgainstRest(groups[g], PooledMoments::of(groups), level);
}

stats::Expected<stats::TestResult> GroupComparisonRunner::welchAgainstRest(const GroupMoments& x,
                                                                           const PooledMoments& all,
                                                                           double level)
{
    using E = stats::Expected<stats::TestResult>;
    // The rest = all minus the group: M2_rest = Σ_{h≠g} [M2_h + n_h (mean_h − c)²]
    // − n_rest (mean_rest − c)², everything centred on the grand mean c.
    const long double d = static_cast<long double>(x.mean) - all.centre;
    const long double nRest = all.n - x.n;
    const long double sumDev = all.sumDev - x.n * d;
    long double m2Rest = all.m2 - (x.m2 + x.n * d * d);
    const long double centre = all.centre;
    if (x.n < 2 || nRest < 2)
        return E::failure("Welch t test needs at least 2 observations in each group (got " +
                          std::to_string(x.n) + " and " +
                          std::to_string(static_cast<int64_t>(nRest)) + ")");
    const long double restDev = sumDev / nRest;
    m2Rest -= nRest * restDev * restDev;
    const double meanRest = static_cast<double>(centre + restDev);
    const double nx = static_cast<double>(x.n), ny = static_cast<double>(nRest);
    const double vx = x.m2 / (nx - 1.0);
    const double vy = std::max(0.0, static_cast<double>(m2Rest)) / (ny - 1.0);
    const double sex2 = vx / nx, sey2 = vy / ny;
    const double se = std::sqrt(sex2 + sey2);
    if (se == 0.0 || se < 10.0 * std::numeric_limits<double>::epsilon() *
                              std::max(std::fabs(x.mean), std::fabs(meanRest)))
        return E::failure("data are essentially constant: both groups have zero variance");
    stats::TestResult r;
    r.test = "Welch two-sample t test";
    r.statistic_name = "t";
    const double diff = x.mean - meanRest;
    r.statistic = diff / se;
    const double df =
        (sex2 + sey2) * (sex2 + sey2) / (sex2 * sex2 / (nx - 1.0) + sey2 * sey2 / (ny - 1.0));
    r.df = df;
    r.p_value = stats::dist::tTwoSided(r.statistic, df);
    const double half = stats::dist::tQuantile(0.5 + level / 2.0, df) * se;
    r.ci_low = diff - half;
    r.ci_high = diff + half;
    r.ci_name = "difference in means (group − rest)";
    r.ci_level = level;
    const double pooled = ((nx - 1.0) * vx + (ny - 1.0) * vy) / (nx + ny - 2.0);
    if (pooled > 0.0) {
        r.effect_size = diff / std::sqrt(pooled);
        r.effect_size_name = "Cohen's d";
    }
    r.group_sizes = {x.n, static_cast<int64_t>(nRest)};
    r.method_note = "group against the other groups pooled, from group moments; "
                    "Welch–Satterthwaite degrees of freedom; d uses the pooled SD";
    return r;
}

std::string GroupComparisonRunner::check(const GroupComparisonRequest& r)
{
    if (!(r.confidence > 0.0 && r.confidence < 1.0))
        return "the confidence level must lie strictly between 0 and 1";
    if (!findMetric(r.level, r.metric))
        return unknownMetricError(r.level, r.metric);
    if (r.by.empty())
        return "comparing each group with the rest needs a dimension (--by)";
    if (!findCategorical(r.level, r.by))
        return unknownCategoricalError(r.level, r.by);
    return {};
}

stats::Expected<GroupComparison> GroupComparisonRunner::run(const Dataset& dataset,
                                                            const query::Selection& selection,
                                                            const GroupComparisonRequest& r)
{
    using E = stats::Expected<GroupComparison>;
    if (auto e = check(r); !e.empty())
        return E::failure(e);
    FrameRequest fr;
    fr.level = r.level;
    fr.threads = r.threads;
    fr.metrics = {r.metric};
    fr.categoricals = {r.by};
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return E::failure(frame.error());
    auto samples = Samples::grouped(*frame, r.metric, r.by, {});
    if (!samples)
        return E::failure(samples.error());

    GroupComparison c;
    c.request = r;
    c.metric = *findMetric(r.level, r.metric);
    const bool binary = c.metric.type == VariableType::Binary;
    c.method = binary ? "prop_z" : "welch_t";
    c.units = samples->units;
    c.nullMetric = samples->nullMetric;
    c.nullGroup = samples->nullGroup;
    if (samples->groups.size() < 2)
        return E::failure("comparing each group with the rest needs at least two groups of " +
                          r.by + " with values of " + r.metric + "; the selection has " +
                          std::to_string(samples->groups.size()));

    std::vector<GroupMoments> moments;
    int64_t totalN = 0;
    long double weighted = 0; // Σ n·mean: the total, or the number of successes of an outcome
    for (const auto& g : samples->groups) {
        moments.push_back(GroupComparisonRunner::moments(g.values));
        totalN += moments.back().n;
        weighted += static_cast<long double>(moments.back().n) * moments.back().mean;
    }
    const PooledMoments pooled = PooledMoments::of(moments);
    std::vector<double> pValues;
    for (size_t g = 0; g < samples->groups.size(); ++g) {
        const GroupMoments& m = moments[g];
        const int64_t nRest = totalN - m.n;
        const long double own = static_cast<long double>(m.n) * m.mean;
        const double restEstimate =
            nRest > 0 ? static_cast<double>((weighted - own) / static_cast<long double>(nRest))
                      : 0.0;
        auto result = stats::Expected<stats::TestResult>::failure("no test");
        if (binary) {
            const auto successes = static_cast<int64_t>(std::llround(static_cast<double>(own)));
            const auto restSuccesses =
                static_cast<int64_t>(std::llround(static_cast<double>(weighted))) - successes;
            result = stats::ProportionZ::test(successes, m.n, restSuccesses, nRest, r.confidence);
        } else {
            result = welchAgainstRest(m, pooled, r.confidence);
        }
        if (!result) {
            c.skipped.push_back({samples->groups[g].label, result.error()});
            continue;
        }
        GroupVsRest row;
        row.group = samples->groups[g].label;
        row.n = m.n;
        row.nRest = nRest;
        row.estimate = m.mean;
        row.restEstimate = restEstimate;
        row.result = std::move(result).value();
        pValues.push_back(row.result.p_value);
        c.rows.push_back(std::move(row));
    }
    if (!c.rows.empty()) {
        const auto holm =
            stats::MultipleComparisons::adjust(pValues, stats::PAdjustMethod::Holm).value();
        const auto bh =
            stats::MultipleComparisons::adjust(pValues, stats::PAdjustMethod::BenjaminiHochberg)
                .value();
        const double alpha = 1.0 - r.confidence;
        for (size_t i = 0; i < c.rows.size(); ++i) {
            c.rows[i].pHolm = holm[i];
            c.rows[i].pBh = bh[i];
            c.rows[i].significantHolm = holm[i] < alpha;
            c.rows[i].significantBh = bh[i] < alpha;
            c.rows[i].sentence = sentenceOf(c, c.rows[i]);
        }
    }
    return c;
}

} // namespace streamlens::analysis
