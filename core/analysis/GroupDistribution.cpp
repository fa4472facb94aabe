// SPDX-License-Identifier: MIT
#include "analysis/GroupDistribution.h"

#include "analysis/FrameBuilder.h"
#include "analysis/Samples.h"
#include "analysis/VariableCatalog.h"
#include "stats/Descriptive.h"

#include <algorithm>

namespace streamlens::analysis {

stats::Expected<BoxSummary> GroupDistributionRunner::summarize(std::string label,
                                                               std::span<const double> values)
{
    auto d = stats::Descriptive::of(values);
    if (!d)
        return stats::Expected<BoxSummary>::failure(d.error());
    BoxSummary b;
    b.label = std::move(label);
    b.n = d->n();
    b.mean = d->mean();
    b.min = d->min();
    b.max = d->max();
    const auto q = d->quartiles();
    b.q1 = q.q1;
    b.median = q.median;
    b.q3 = q.q3;
    if (auto sd = d->sd())
        b.sd = *sd;
    if (auto skew = d->skewness())
        b.skewness = *skew;
    // Tukey: whiskers end at the last observed value inside the fences, never at the fence.
    const double iqr = q.q3 - q.q1;
    const double lowFence = q.q1 - 1.5 * iqr;
    const double highFence = q.q3 + 1.5 * iqr;
    const auto& s = d->sorted();
    const auto lo = std::lower_bound(s.begin(), s.end(), lowFence);
    const auto hi = std::upper_bound(s.begin(), s.end(), highFence);
    b.outliersBelow = lo - s.begin();
    b.outliersAbove = s.end() - hi;
    b.lowerWhisker = *lo;
    b.upperWhisker = *(hi - 1);
    return b;
}

stats::Expected<GroupDistribution> GroupDistributionRunner::run(const Dataset& dataset,
                                                                const query::Selection& selection,
                                                                const DescribeRequest& r)
{
    using Result = stats::Expected<GroupDistribution>;
    const auto metric = findMetric(r.level, r.metric);
    if (!metric)
        return Result::failure(unknownMetricError(r.level, r.metric));
    if (r.by.empty())
        return Result::failure("a box plot per group needs a dimension to group by");
    if (!findCategorical(r.level, r.by))
        return Result::failure(unknownCategoricalError(r.level, r.by));

    FrameRequest fr;
    fr.level = r.level;
    fr.threads = r.threads;
    fr.metrics.push_back(r.metric);
    fr.categoricals.push_back(r.by);
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return Result::failure(frame.error());
    auto samples = Samples::grouped(*frame, r.metric, r.by, r.groups);
    if (!samples)
        return Result::failure(samples.error());

    GroupDistribution out;
    out.metric = *metric;
    out.by = r.by;
    out.units = samples->units;
    out.nullMetric = samples->nullMetric;
    out.nullGroup = samples->nullGroup;
    out.otherGroups = samples->otherGroups;
    for (const auto& g : samples->groups) {
        if (g.values.empty())
            return Result::failure("no " + std::string(levelName(r.level)) + "s with " + r.by +
                                   " = '" + g.label + "' and a value of " + r.metric +
                                   " in the selection");
        auto box = summarize(g.label, g.values);
        if (!box)
            return Result::failure(g.label + ": " + box.error());
        out.groups.push_back(std::move(box).value());
    }
    return out;
}

} // namespace streamlens::analysis
