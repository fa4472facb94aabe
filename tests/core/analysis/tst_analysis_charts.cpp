// SPDX-License-Identifier: MIT
// What the Statistics page's charts draw, computed in core: box-plot summaries with Tukey
// whiskers, the automatic choice of a test, the scatter sample with its least-squares line
// on all pairs, and the held-out ROC curve of a logistic model.

#include "AnalysisTestData.h"
#include "analysis/GroupCounts.h"
#include "analysis/GroupDistribution.h"
#include "analysis/QuestionRunner.h"
#include "analysis/RocCurve.h"
#include "analysis/ScatterSample.h"
#include "analysis/TestChoice.h"
#include "generator/SyntheticGenerator.h"
#include "query/Filter.h"
#include "query/Selection.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace streamlens;
using namespace streamlens::analysis;

namespace {

bool close(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}

BoxSummary group(int64_t n, double mean, double sd, std::optional<double> skew)
{
    BoxSummary b;
    b.n = n;
    b.mean = mean;
    b.sd = sd;
    b.skewness = skew;
    return b;
}

GroupDistribution distribution(VariableType type, std::vector<BoxSummary> groups)
{
    GroupDistribution d;
    d.metric.type = type;
    d.by = "cdn";
    d.groups = std::move(groups);
    return d;
}

} // namespace

class TestAnalysisCharts : public QObject {
    Q_OBJECT

private slots:
    void tukeyBoxByHand()
    {
        const std::vector<double> v{5, 1, 9, 2, 8, 3, 7, 4, 6, 100};
        auto b = GroupDistributionRunner::summarize("g", v);
        QVERIFY2(b, b.error().c_str());
        // R: quantile(c(1:9, 100), c(.25, .5, .75)) = 3.25, 5.5, 7.75; fences -3.5 and 14.5.
        QCOMPARE(b->n, int64_t(10));
        QVERIFY(close(b->q1, 3.25));
        QVERIFY(close(b->median, 5.5));
        QVERIFY(close(b->q3, 7.75));
        QCOMPARE(b->lowerWhisker, 1.0);
        QCOMPARE(b->upperWhisker, 9.0); // the last value inside the fence, not the fence
        QCOMPARE(b->outliersBelow, int64_t(0));
        QCOMPARE(b->outliersAbove, int64_t(1));
        QCOMPARE(b->max, 100.0);
        QVERIFY(close(b->mean, 14.5));

        // One value: a box of zero height, no sd, no skewness.
        auto one = GroupDistributionRunner::summarize("one", std::vector<double>{3});
        QVERIFY(one);
        QCOMPARE(one->lowerWhisker, 3.0);
        QCOMPARE(one->upperWhisker, 3.0);
        QVERIFY(!one->sd && !one->skewness);
        QVERIFY(!GroupDistributionRunner::summarize("none", std::vector<double>{}));
    }

    void groupsFromTheData()
    {
        const Dataset d = analysistest::sevenSessions();
        DescribeRequest r;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        r.groups = {"mobile", "smart_tv"};
        auto g = GroupDistributionRunner::run(d, query::select(d, query::Filter{}), r);
        QVERIFY2(g, g.error().c_str());
        QCOMPARE(g->groups.size(), size_t(2));
        // Started mobile sessions 0, 1 and smart_tv sessions 3, 5, 6 (AnalysisTestData.h).
        QCOMPARE(g->groups[0].label, std::string("mobile"));
        QCOMPARE(g->groups[0].median, 2000.0);
        QCOMPARE(g->groups[1].n, int64_t(3));
        QCOMPARE(g->groups[1].median, 1500.0);
        QCOMPARE(g->groups[1].min, 500.0);
        QCOMPARE(g->nullMetric, int64_t(1));
        QCOMPARE(g->otherGroups, int64_t(1));

        r.groups = {"mobile", "tablet"};
        auto missing = GroupDistributionRunner::run(d, query::select(d, query::Filter{}), r);
        QVERIFY(!missing);
        r.by.clear();
        QVERIFY(!GroupDistributionRunner::run(d, query::select(d, query::Filter{}), r));
        r.by = "no_such_dimension";
        QVERIFY(!GroupDistributionRunner::run(d, query::select(d, query::Filter{}), r));
    }

    void groupsListedWithCounts()
    {
        const Dataset d = analysistest::sevenSessions();
        auto sessions =
            GroupCounts::of(d, query::select(d, query::Filter{}), Level::Session, "device_type");
        QVERIFY2(sessions, sessions.error().c_str());
        // smart_tv 4, mobile 2, desktop 1: largest first.
        QCOMPARE(sessions->size(), size_t(3));
        QCOMPARE((*sessions)[0].label, std::string("smart_tv"));
        QCOMPARE((*sessions)[0].units, int64_t(4));
        QCOMPARE((*sessions)[2].label, std::string("desktop"));
        QCOMPARE((*sessions)[2].units, int64_t(1));
        // Per user: u0 (free) and u1 (premium) have sessions, u2 none.
        auto users = GroupCounts::of(d, query::select(d, query::Filter{}), Level::User, "plan");
        QVERIFY2(users, users.error().c_str());
        QCOMPARE(users->size(), size_t(2));
        QVERIFY(!GroupCounts::of(d, query::select(d, query::Filter{}), Level::User, "cdn"));
    }

    void automaticTestChoice()
    {
        using V = VariableType;
        auto pick = [](const GroupDistribution& d) { return TestChooser::choose(d).value().kind; };
        QCOMPARE(pick(distribution(V::Numeric, {group(500, 1, 1, 3.0), group(400, 2, 1, 3.0)})),
                 TestKind::WelchT);
        QCOMPARE(pick(distribution(V::Numeric, {group(12, 1, 1, 2.5), group(400, 2, 1, 0.1)})),
                 TestKind::MannWhitney);
        QCOMPARE(pick(distribution(V::Numeric, {group(12, 1, 1, 0.2), group(15, 2, 1, 0.1)})),
                 TestKind::WelchT);
        QCOMPARE(pick(distribution(V::Numeric, {group(100, 1, 1.0, 0), group(100, 2, 1.9, 0),
                                                group(100, 3, 1.2, 0)})),
                 TestKind::Anova);
        QCOMPARE(pick(distribution(V::Numeric, {group(100, 1, 1.0, 0), group(100, 2, 2.1, 0),
                                                group(100, 3, 1.2, 0)})),
                 TestKind::WelchAnova);
        QCOMPARE(pick(distribution(V::Numeric, {group(100, 1, 1.0, 0), group(20, 2, 1.0, -1.5),
                                                group(100, 3, 1.2, 0)})),
                 TestKind::Kruskal);
        // 0/1: expected counts decide between the z test and Fisher's exact test.
        QCOMPARE(pick(distribution(V::Binary, {group(1000, 0.10, 0, {}), group(900, 0.12, 0, {})})),
                 TestKind::PropZ);
        QCOMPARE(pick(distribution(V::Binary, {group(40, 0.05, 0, {}), group(50, 0.02, 0, {})})),
                 TestKind::Fisher); // 3 successes in 90: expected 1.3 and 1.7
        QCOMPARE(pick(distribution(V::Binary, {group(40, 0.05, 0, {}), group(50, 0.02, 0, {}),
                                               group(50, 0.02, 0, {})})),
                 TestKind::ChiSquare);
        auto single = TestChooser::choose(distribution(V::Numeric, {group(10, 1, 1, 0)}));
        QVERIFY(!single);
        QVERIFY(single.error().find("two groups") != std::string::npos);
    }

    void scatterFitsAllPairsAndDrawsASample()
    {
        PairedSamples pairs;
        for (int i = 0; i < 10; ++i) {
            pairs.xs.push_back(i);
            pairs.ys.push_back(2.0 * i + 1.0);
        }
        pairs.units = 12;
        pairs.dropped = 2;
        const ScatterSample all = ScatterSampler::fromPairs(pairs, 100, 1);
        QVERIFY(!all.sampled);
        QCOMPARE(all.xs.size(), size_t(10));
        QVERIFY(close(*all.slope, 2.0));
        QVERIFY(close(*all.intercept, 1.0));
        QCOMPARE(all.dropped, int64_t(2));

        PairedSamples many;
        for (int i = 0; i < 20000; ++i) {
            many.xs.push_back(i);
            many.ys.push_back(0.5 * i - 3.0 + (i % 2 ? 1.0 : -1.0)); // residuals cancel
        }
        const ScatterSample s = ScatterSampler::fromPairs(many, 500, 7);
        QVERIFY(s.sampled);
        QCOMPARE(s.n, int64_t(20000));
        QCOMPARE(s.xs.size(), size_t(500));
        QVERIFY(std::is_sorted(s.xs.begin(), s.xs.end())); // unit order kept
        QVERIFY(std::adjacent_find(s.xs.begin(), s.xs.end()) == s.xs.end());
        for (size_t i = 0; i < s.xs.size(); ++i)
            QCOMPARE(s.ys[i], many.ys[size_t(s.xs[i])]);
        // The fit is over all 20,000 pairs: OLS of the alternating residuals, by hand
        // slope = 0.5 + Σ(x − x̄)e / Σ(x − x̄)², e = ±1.
        double mx = 9999.5, sxx = 0, sxe = 0;
        for (int i = 0; i < 20000; ++i) {
            sxx += (i - mx) * (i - mx);
            sxe += (i - mx) * (i % 2 ? 1.0 : -1.0);
        }
        QVERIFY(close(*s.slope, 0.5 + sxe / sxx, 1e-10));
        QCOMPARE(ScatterSampler::fromPairs(many, 500, 7).xs, s.xs);
        QVERIFY(ScatterSampler::fromPairs(many, 500, 8).xs != s.xs);

        PairedSamples constant;
        constant.xs = {1, 1, 1};
        constant.ys = {1, 2, 3};
        const ScatterSample flat = ScatterSampler::fromPairs(constant, 10, 1);
        QVERIFY(!flat.slope && !flat.intercept);
    }

    void scatterFromTheData()
    {
        const Dataset d = analysistest::sevenSessions();
        auto s = ScatterSampler::run(d, query::select(d, query::Filter{}), Level::Session,
                                     "startup_time_ms", "rebuffer_count");
        QVERIFY2(s, s.error().c_str());
        QCOMPARE(s->n, int64_t(5)); // the started sessions
        QCOMPARE(s->dropped, int64_t(2));
        QVERIFY(!ScatterSampler::run(d, query::select(d, query::Filter{}), Level::Session,
                                     "startup_time_ms", "nonsense"));
    }

    void rocThinningKeepsTheEnds()
    {
        std::vector<stats::RocPoint> points;
        for (int i = 0; i <= 5000; ++i)
            points.push_back({1.0 - i / 5000.0, i / 5000.0, std::sqrt(i / 5000.0)});
        const auto thin = RocCurve::thin(points, 1000);
        QCOMPARE(thin.size(), size_t(1000));
        QCOMPARE(thin.front().falsePositiveRate, 0.0);
        QCOMPARE(thin.back().falsePositiveRate, 1.0);
        QCOMPARE(thin.back().truePositiveRate, 1.0);
        for (size_t i = 1; i < thin.size(); ++i)
            QVERIFY(thin[i].falsePositiveRate > thin[i - 1].falsePositiveRate);
        QCOMPARE(RocCurve::thin(std::span(points).first(10), 1000).size(), size_t(10));
    }

    void logisticModelCarriesTheHeldOutRoc()
    {
        generator::GeneratorOptions options;
        options.sessions = 30000;
        options.days = 20;
        const Dataset d = generator::generate(options);
        auto a = QuestionRunner::run(d, query::select(d, query::Filter{}),
                                     Question::ChurnFromQuality, 3);
        QVERIFY2(a, a.error().c_str());
        const auto& roc = a->model.holdout.roc;
        QVERIFY(roc.size() > 10);
        QVERIFY(roc.size() <= RocCurve::kMaxPoints);
        QCOMPARE(roc.front().falsePositiveRate, 0.0);
        QCOMPARE(roc.front().truePositiveRate, 0.0);
        QCOMPARE(roc.back().falsePositiveRate, 1.0);
        QCOMPARE(roc.back().truePositiveRate, 1.0);
        // The drawn curve's trapezoid area is the AUC up to the thinning.
        double area = 0;
        for (size_t i = 1; i < roc.size(); ++i)
            area += (roc[i].falsePositiveRate - roc[i - 1].falsePositiveRate) *
                    (roc[i].truePositiveRate + roc[i - 1].truePositiveRate) / 2.0;
        QVERIFY(a->model.holdout.auc);
        QVERIFY2(
            std::fabs(area - *a->model.holdout.auc) < 0.01,
            qPrintable(QString::number(area) + " vs " + QString::number(*a->model.holdout.auc)));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCharts)
#include "tst_analysis_charts.moc"
