// SPDX-License-Identifier: MIT
#include "analysis/DescribeRunner.h"

#include "analysis/FrameBuilder.h"
#include "analysis/Samples.h"
#include "analysis/VariableCatalog.h"
#include "stats/Descriptive.h"

namespace streamlens::analysis {

namespace {

// Keeps the first reason a quantity is missing.
void noteOnce(std::string& note, const std::string& what, const std::string& why)
{
    if (note.find(why) != std::string::npos)
        return;
    note += (note.empty() ? "" : "; ") + what + ": " + why;
}

} // namespace

DescribeRow DescribeRunner::describe(std::string group, std::span<const double> values,
                                     double confidence)
{
    DescribeRow row;
    row.group = std::move(group);
    row.n = static_cast<int64_t>(values.size());
    const auto d = stats::Descriptive::of(values);
    if (!d) {
        row.note = d.error();
        return row;
    }
    row.mean = d->mean();
    row.min = d->min();
    row.max = d->max();
    const auto q = d->quartiles();
    row.q1 = q.q1;
    row.median = q.median;
    row.q3 = q.q3;
    row.iqr = d->iqr();
    if (auto sd = d->sd())
        row.sd = *sd;
    else
        noteOnce(row.note, "sd", sd.error());
    if (auto s = d->skewness())
        row.skewness = *s;
    else
        noteOnce(row.note, "skewness", s.error());
    if (auto k = d->kurtosis())
        row.kurtosis = *k;
    else
        noteOnce(row.note, "kurtosis", k.error());
    if (auto ci = d->meanConfidenceInterval(confidence)) {
        row.ciLow = ci->low;
        row.ciHigh = ci->high;
    } else {
        noteOnce(row.note, "interval of the mean", ci.error());
    }
    return row;
}

std::string DescribeRunner::check(const DescribeRequest& r)
{
    if (!(r.confidence > 0.0 && r.confidence < 1.0))
        return "the confidence level must lie strictly between 0 and 1";
    if (r.metric.empty())
        return "describe needs a variable (--metric)";
    if (!findMetric(r.level, r.metric)) {
        if (findCategorical(r.level, r.metric))
            return "'" + r.metric + "' is a dimension, not a numeric variable: use it with --by";
        return unknownMetricError(r.level, r.metric);
    }
    if (!r.by.empty() && !findCategorical(r.level, r.by))
        return unknownCategoricalError(r.level, r.by);
    if (r.by.empty() && !r.groups.empty())
        return "--groups needs --by";
    return {};
}

stats::Expected<DescribeAnswer> DescribeRunner::run(const Dataset& dataset,
                                                    const query::Selection& selection,
                                                    const DescribeRequest& r)
{
    using E = stats::Expected<DescribeAnswer>;
    if (auto e = check(r); !e.empty())
        return E::failure(e);
    FrameRequest fr;
    fr.level = r.level;
    fr.threads = r.threads;
    fr.metrics = {r.metric};
    if (!r.by.empty())
        fr.categoricals = {r.by};
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return E::failure(frame.error());

    DescribeAnswer a;
    a.request = r;
    a.metric = *findMetric(r.level, r.metric);
    a.units = static_cast<int64_t>(frame->size());
    auto all = Samples::grouped(*frame, r.metric, {}, {});
    if (!all)
        return E::failure(all.error());
    a.nullMetric = all->nullMetric;
    a.overall = describe("all", all->groups[0].values, r.confidence);
    if (a.overall.n == 0)
        a.overall.note = "no " + std::string(levelName(r.level)) + "s with a value of " + r.metric +
                         " in the selection (defined for " + std::string(a.metric.population) + ")";
    if (!r.by.empty()) {
        auto grouped = Samples::grouped(*frame, r.metric, r.by, r.groups);
        if (!grouped)
            return E::failure(grouped.error());
        a.nullGroup = grouped->nullGroup;
        a.otherGroups = grouped->otherGroups;
        for (const auto& g : grouped->groups)
            a.groups.push_back(describe(g.label, g.values, r.confidence));
    }
    return a;
}

} // namespace streamlens::analysis
