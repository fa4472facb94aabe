// SPDX-License-Identifier: MIT
#include "stats/StatsComputation.h"

#include "analysis/ClusterRunner.h"
#include "analysis/ModelRunner.h"
#include "analysis/QuestionRunner.h"
#include "analysis/TestRunner.h"
#include "query/Filter.h"
#include "query/Selection.h"

namespace streamlens::ui {

namespace {

void compareGroups(const Dataset& dataset, const query::Selection& selection, StatsResult& out,
                   const std::atomic<bool>& cancel)
{
    analysis::TestRequest test = out.request.test;
    analysis::DescribeRequest describe;
    describe.level = test.level;
    describe.metric = test.metric;
    describe.by = test.by;
    describe.groups = test.groups;
    describe.threads = test.threads;
    auto distribution = analysis::GroupDistributionRunner::run(dataset, selection, describe);
    if (!distribution) {
        out.error = distribution.error();
        return;
    }
    if (out.request.autoTest) {
        auto choice = analysis::TestChooser::choose(*distribution);
        if (!choice) {
            out.error = choice.error();
            return;
        }
        test.kind = choice->kind;
        out.choice = *choice;
    }
    out.distribution = std::move(distribution).value();
    if (cancel.load())
        return;
    auto answer = analysis::TestRunner::run(dataset, selection, test);
    if (!answer) {
        out.error = answer.error();
        return;
    }
    out.test = std::move(answer).value();
}

void relate(const Dataset& dataset, const query::Selection& selection, StatsResult& out,
            const std::atomic<bool>& cancel)
{
    const analysis::TestRequest& test = out.request.test;
    auto answer = analysis::TestRunner::run(dataset, selection, test);
    if (!answer) {
        out.error = answer.error();
        return;
    }
    out.test = std::move(answer).value();
    if (cancel.load())
        return;
    auto scatter =
        analysis::ScatterSampler::run(dataset, selection, test.level, test.metric, test.with);
    if (!scatter) {
        out.error = scatter.error();
        return;
    }
    out.scatter = std::move(scatter).value();
}

} // namespace

StatsResult StatsComputation::run(const Dataset& dataset, const query::Filter& filter,
                                  const StatsRequest& request, const std::atomic<bool>& cancel)
{
    StatsResult out;
    out.request = request;
    std::string error;
    const query::Selection selection = query::select(dataset, filter, &error, &cancel);
    if (cancel.load()) {
        out.cancelled = true;
        return out;
    }
    if (!error.empty()) {
        out.error = error;
        return out;
    }
    switch (request.kind) {
    case StatsQuestionKind::CompareGroups:
        compareGroups(dataset, selection, out, cancel);
        break;
    case StatsQuestionKind::RelateVariables:
        relate(dataset, selection, out, cancel);
        break;
    case StatsQuestionKind::SegmentViewers: {
        if (auto answer = analysis::ClusterRunner::run(dataset, selection, request.cluster))
            out.cluster = std::move(answer).value();
        else
            out.error = answer.error();
        break;
    }
    case StatsQuestionKind::Predict:
        if (auto answer = analysis::ModelRunner::run(dataset, selection, request.model))
            out.model = std::move(answer).value();
        else
            out.error = answer.error();
        break;
    case StatsQuestionKind::ReadyMade:
        if (auto answer = analysis::QuestionRunner::run(dataset, selection, request.question,
                                                        request.questionSeed)) {
            out.model = answer->model;
            out.question = std::move(answer).value();
        } else {
            out.error = answer.error();
        }
        break;
    }
    out.cancelled = cancel.load();
    return out;
}

} // namespace streamlens::ui
