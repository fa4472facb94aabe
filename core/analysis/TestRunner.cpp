// SPDX-License-Identifier: MIT
#include "analysis/TestRunner.h"

#include "analysis/FrameBuilder.h"
#include "analysis/Samples.h"
#include "analysis/TestNarrative.h"
#include "analysis/VariableCatalog.h"
#include "stats/Anova.h"
#include "stats/ChiSquare.h"
#include "stats/Correlation.h"
#include "stats/Descriptive.h"
#include "stats/FisherExact.h"
#include "stats/KruskalWallis.h"
#include "stats/MannWhitney.h"
#include "stats/ProportionZ.h"
#include "stats/WelchTTest.h"

#include <Eigen/Core>

namespace streamlens::analysis {

namespace {

using Result = stats::Expected<TestAnswer>;

std::string joinLabels(const GroupedSamples& s)
{
    std::string out;
    const size_t shown = std::min<size_t>(s.groups.size(), 12);
    for (size_t i = 0; i < shown; ++i)
        out += (i ? ", " : "") + s.groups[i].label;
    if (s.groups.size() > shown)
        out += ", …";
    return out;
}

GroupSummary summarize(const SampleGroup& g, bool binary)
{
    GroupSummary s;
    s.label = g.label;
    s.n = static_cast<int64_t>(g.values.size());
    if (g.values.empty())
        return s;
    const auto d = stats::Descriptive::of(g.values);
    if (!d)
        return s;
    s.mean = d->mean();
    s.median = d->median();
    if (auto sd = d->sd())
        s.sd = *sd;
    if (binary)
        s.successes = static_cast<int64_t>(std::llround(d->sum()));
    return s;
}

// The test on prepared samples; the library's message when it cannot be computed.
// The samples' values are moved out (tens of millions of values need no second copy).
stats::Expected<stats::TestResult> compute(const TestRequest& r, GroupedSamples& s,
                                           const std::vector<GroupSummary>& summaries)
{
    using E = stats::Expected<stats::TestResult>;
    std::vector<std::vector<double>> groups;
    for (auto& g : s.groups)
        groups.push_back(std::move(g.values));
    switch (r.kind) {
    case TestKind::WelchT:
        return stats::WelchTTest::test(groups[0], groups[1], r.confidence);
    case TestKind::MannWhitney:
        return stats::MannWhitney::test(groups[0], groups[1]);
    case TestKind::Anova:
        return stats::Anova::oneWay(groups);
    case TestKind::WelchAnova:
        return stats::Anova::welch(groups);
    case TestKind::Kruskal:
        return stats::KruskalWallis::test(groups);
    case TestKind::ChiSquare: {
        Eigen::MatrixXd table(static_cast<Eigen::Index>(summaries.size()), 2);
        for (size_t i = 0; i < summaries.size(); ++i) {
            table(static_cast<Eigen::Index>(i), 0) = double(*summaries[i].successes);
            table(static_cast<Eigen::Index>(i), 1) =
                double(summaries[i].n - *summaries[i].successes);
        }
        return stats::ChiSquare::independence(table, r.yates);
    }
    case TestKind::Fisher: {
        const auto& a = summaries[0];
        const auto& b = summaries[1];
        return stats::FisherExact::test(*a.successes, a.n - *a.successes, *b.successes,
                                        b.n - *b.successes, r.confidence);
    }
    case TestKind::PropZ: {
        const auto& a = summaries[0];
        const auto& b = summaries[1];
        return stats::ProportionZ::test(*a.successes, a.n, *b.successes, b.n, r.confidence);
    }
    case TestKind::Pearson:
    case TestKind::Spearman:
        break;
    }
    return E::failure("not a group comparison");
}

} // namespace

std::string TestRunner::check(const TestRequest& r)
{
    const TestKindInfo& kind = testKindInfo(r.kind);
    const std::string name(kind.key);
    if (!(r.confidence > 0.0 && r.confidence < 1.0))
        return "the confidence level must lie strictly between 0 and 1";
    if (r.metric.empty())
        return name + " needs a variable (--metric)";
    const auto metric = findMetric(r.level, r.metric);
    if (!metric) {
        if (findCategorical(r.level, r.metric))
            return "'" + r.metric +
                   "' is a dimension, not a numeric variable: group by it "
                   "with --by and test a variable such as startup_time_ms or start_failure";
        return unknownMetricError(r.level, r.metric);
    }
    const bool rates = kind.shape == TestShape::TwoRates || kind.shape == TestShape::ManyRates;
    if (rates && metric->type != VariableType::Binary) {
        std::string outcomes;
        for (const auto& v : metricVariables(r.level))
            if (v.type == VariableType::Binary)
                outcomes += (outcomes.empty() ? "" : ", ") + std::string(v.key);
        return name + " tests a 0/1 outcome; '" + r.metric +
               "' is numeric (0/1 outcomes: " + outcomes + ")";
    }
    if (kind.shape == TestShape::Association) {
        if (r.with.empty())
            return name + " correlates two variables: give the second one with --with";
        if (!findMetric(r.level, r.with))
            return unknownMetricError(r.level, r.with);
        if (!r.by.empty() || !r.groups.empty())
            return name + " correlates two variables over all units: restrict them with "
                          "--where instead of --by/--groups";
        return {};
    }
    if (!r.with.empty())
        return "--with is only for pearson and spearman";
    if (r.by.empty())
        return name + " compares groups: name the dimension with --by (e.g. --by device_type)";
    if (!findCategorical(r.level, r.by))
        return unknownCategoricalError(r.level, r.by);
    const bool two = kind.shape == TestShape::TwoGroups || kind.shape == TestShape::TwoRates;
    if (two && !r.groups.empty() && r.groups.size() != 2)
        return name + " compares exactly two groups; --groups names " +
               std::to_string(r.groups.size());
    if (!two && r.groups.size() == 1)
        return name + " compares at least two groups; --groups names one";
    return {};
}

stats::Expected<TestAnswer> TestRunner::run(const Dataset& dataset,
                                            const query::Selection& selection, const TestRequest& r)
{
    if (auto e = check(r); !e.empty())
        return Result::failure(e);
    const TestKindInfo& kind = testKindInfo(r.kind);
    const std::string name(kind.key);
    const VariableInfo metric = *findMetric(r.level, r.metric);
    const std::string unit = std::string(levelName(r.level)) + "s";

    FrameRequest fr;
    fr.level = r.level;
    fr.threads = r.threads;
    fr.metrics.push_back(r.metric);
    if (!r.with.empty() && r.with != r.metric)
        fr.metrics.push_back(r.with);
    if (!r.by.empty())
        fr.categoricals.push_back(r.by);
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return Result::failure(frame.error());

    TestAnswer answer;
    answer.request = r;
    answer.units = static_cast<int64_t>(frame->size());

    if (kind.shape == TestShape::Association) {
        auto paired = Samples::paired(*frame, r.metric, r.with);
        if (!paired)
            return Result::failure(paired.error());
        answer.nullMetric = paired->dropped;
        auto result = r.kind == TestKind::Pearson
                          ? stats::Correlation::pearson(paired->xs, paired->ys, r.confidence)
                          : stats::Correlation::spearman(paired->xs, paired->ys);
        if (!result)
            return Result::failure(name + " of " + r.metric + " and " + r.with + " over " +
                                   std::to_string(paired->xs.size()) + " " + unit + ": " +
                                   result.error());
        answer.result = std::move(result).value();
        answer.sentence = TestNarrative::sentence(answer, metric, findMetric(r.level, r.with));
        return answer;
    }

    auto samples = Samples::grouped(*frame, r.metric, r.by, r.groups);
    if (!samples)
        return Result::failure(samples.error());
    answer.nullMetric = samples->nullMetric;
    answer.nullGroup = samples->nullGroup;
    answer.otherGroups = samples->otherGroups;
    const bool two = kind.shape == TestShape::TwoGroups || kind.shape == TestShape::TwoRates;
    if (two && samples->groups.size() != 2)
        return Result::failure(name + " compares two groups; " + r.by + " has " +
                               std::to_string(samples->groups.size()) + " in the selection (" +
                               joinLabels(*samples) + "): name two with --groups A,B");
    if (samples->groups.size() < 2)
        return Result::failure(name + " needs at least two groups; " + r.by + " has " +
                               std::to_string(samples->groups.size()) + " in the selection" +
                               (samples->groups.empty() ? "" : " (" + joinLabels(*samples) + ")"));
    for (const auto& g : samples->groups)
        if (g.values.empty())
            return Result::failure("no " + unit + " with " + r.by + " = '" + g.label +
                                   "' and a value of " + r.metric + " in the selection");
    const bool binary = metric.type == VariableType::Binary;
    for (const auto& g : samples->groups)
        answer.groups.push_back(summarize(g, binary));

    auto result = compute(r, samples.value(), answer.groups);
    if (!result)
        return Result::failure(name + " of " + r.metric + " by " + r.by + " (" +
                               joinLabels(*samples) + "): " + result.error());
    answer.result = std::move(result).value();
    answer.sentence = TestNarrative::sentence(answer, metric);
    return answer;
}

} // namespace streamlens::analysis
