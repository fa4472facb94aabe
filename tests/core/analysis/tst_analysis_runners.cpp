// SPDX-License-Identifier: MIT
// The runners on small hand-built data: numbers against hand computation or the core/stats
// function on the same hand-listed vectors, sentences, JSON shape, and every edge case
// answered with a message (too few observations, zero variance, perfect separation, a
// singular design, the wrong kind of variable) rather than NaN.

#include "AnalysisTestData.h"
#include "analysis/ClusterRunner.h"
#include "analysis/DescribeRunner.h"
#include "analysis/GroupComparisonRunner.h"
#include "analysis/ModelRunner.h"
#include "analysis/TestRunner.h"
#include "query/Filter.h"
#include "query/Selection.h"
#include "stats/Correlation.h"
#include "stats/MultipleComparisons.h"
#include "stats/ProportionZ.h"
#include "stats/WelchTTest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

using namespace streamlens;
using namespace streamlens::analysis;
using analysistest::SessionSpec;
using analysistest::UserSpec;

namespace {

query::Selection where(const Dataset& d, const std::vector<std::string>& clauses = {})
{
    std::string error;
    const auto filter = query::Filter::parseWhere(clauses, &error);
    if (!filter)
        qFatal("filter: %s", error.c_str());
    return query::select(d, *filter);
}

bool close(double a, double b, double rel = 1e-10)
{
    return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}

// JSON text must never carry NaN or infinity (Qt would write them as null anyway; this also
// catches a number that should have been absent).
bool cleanJson(const QJsonObject& o)
{
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact).toLower();
    return !text.contains("nan") && !text.contains("inf");
}

// Users whose session counts are given; each session of user i plays hours[i]/count hours.
Dataset usersWithSessions(const std::vector<int>& counts, const std::vector<double>& hours,
                          const std::vector<bool>& churned)
{
    std::vector<UserSpec> users(counts.size());
    std::vector<SessionSpec> sessions;
    for (size_t u = 0; u < counts.size(); ++u) {
        users[u].churned = churned[u];
        users[u].plan = u % 2 ? "premium" : "free";
        for (int k = 0; k < counts[u]; ++k) {
            SessionSpec s;
            s.user = static_cast<int>(u);
            s.startupMs = 1000 + 100 * static_cast<int>(u) + 10 * k;
            s.playingMs = static_cast<int32_t>(std::llround(hours[u] * 3.6e6 / counts[u]));
            s.device = (u + static_cast<size_t>(k)) % 2 ? "mobile" : "smart_tv";
            sessions.push_back(s);
        }
    }
    return analysistest::makeDataset(users, sessions);
}

} // namespace

class TestAnalysisRunners : public QObject {
    Q_OBJECT

private:
    Dataset m_data = analysistest::sevenSessions();

private slots:
    void welchMatchesTheLibraryOnTheExtractedGroups()
    {
        TestRequest r;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        r.groups = {"smart_tv", "mobile"};
        auto a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY2(a, a.error().c_str());
        // Started smart_tv sessions 3, 5, 6 and mobile sessions 0, 1 (AnalysisTestData.h).
        const std::vector<double> tv{2000, 500, 1500}, mobile{1000, 3000};
        const auto direct = stats::WelchTTest::test(tv, mobile).value();
        QVERIFY(close(a->result.statistic, direct.statistic));
        QVERIFY(close(*a->result.df, *direct.df));
        QVERIFY(close(a->result.p_value, direct.p_value));
        QCOMPARE(a->groups[0].n, int64_t(3));
        QVERIFY(close(*a->groups[0].mean, 4000.0 / 3.0));
        QVERIFY(close(*a->groups[1].median, 2000.0));
        QCOMPARE(a->nullMetric, int64_t(1));  // session 2: smart_tv, never started
        QCOMPARE(a->otherGroups, int64_t(1)); // session 4: desktop
        // p ≈ .65 with 3 and 2 values: reported as no significant difference.
        QVERIFY(!a->significant());
        QVERIFY2(a->sentence.rfind("Startup time does not differ significantly between "
                                   "device_type = smart_tv (mean 1.33 s) and mobile (2 s): t(",
                                   0) == 0,
                 a->sentence.c_str());
        const QJsonObject j = a->toJson();
        for (const char* key : {"test", "statistic", "df", "p_value", "effect_size",
                                "effect_size_name", "ci_low", "ci_high", "n", "sentence"})
            QVERIFY2(j.contains(key), key);
        QVERIFY(cleanJson(j));
    }

    void twoGroupTestsNeedTwoGroups()
    {
        TestRequest r;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        auto a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("name two with --groups") != std::string::npos, a.error().c_str());
        QVERIFY(a.error().find("smart_tv, mobile, desktop") != std::string::npos);
        r.groups = {"smart_tv"};
        QVERIFY(TestRunner::check(r).find("exactly two groups") != std::string::npos);
    }

    void tooFewObservationsAndEmptyGroups()
    {
        TestRequest r;
        r.metric = "startup_time_ms";
        r.by = "cdn";
        r.groups = {"cdn_a", "cdn_b"}; // cdn_b: session 6 only
        auto a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("at least 2 observations") != std::string::npos, a.error().c_str());
        r.by = "device_type";
        r.groups = {"smart_tv", "desktop"}; // desktop's only session never started
        a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("no sessions with device_type = 'desktop' and a value of "
                                "startup_time_ms") != std::string::npos,
                 a.error().c_str());
    }

    void zeroVariance()
    {
        std::vector<SessionSpec> s(6);
        for (size_t i = 0; i < s.size(); ++i) {
            s[i].startupMs = 1200;
            s[i].device = i % 2 ? "mobile" : "smart_tv";
        }
        const Dataset d = analysistest::makeDataset({UserSpec{}}, s);
        TestRequest r;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        auto a = TestRunner::run(d, where(d), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("zero variance") != std::string::npos, a.error().c_str());
        DescribeRequest dr;
        dr.metric = "startup_time_ms";
        auto desc = DescribeRunner::run(d, where(d), dr);
        QVERIFY(desc);
        QCOMPARE(*desc->overall.sd, 0.0);
        QVERIFY(!desc->overall.skewness); // undefined, with a reason
        QVERIFY(!desc->overall.note.empty());
        QVERIFY(cleanJson(desc->toJson()));
        QVERIFY(desc->toJson()["all"].toObject()["skewness"].isNull());
    }

    void wrongKindsOfVariable()
    {
        TestRequest r;
        r.kind = TestKind::ChiSquare;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        QVERIFY(TestRunner::check(r).find("tests a 0/1 outcome") != std::string::npos);
        r.metric = "device_type";
        QVERIFY(TestRunner::check(r).find("is a dimension") != std::string::npos);
        r.kind = TestKind::Pearson;
        r.metric = "startup_time_ms";
        r.by.clear();
        QVERIFY(TestRunner::check(r).find("--with") != std::string::npos);
        r.with = "sessions";
        QVERIFY(TestRunner::check(r).find("unknown session variable 'sessions'") == 0);
        r.kind = TestKind::WelchT;
        r.with.clear();
        QVERIFY(TestRunner::check(r).find("--by") != std::string::npos);
    }

    void proportionsFromZeroOneOutcomes()
    {
        TestRequest r;
        r.kind = TestKind::PropZ;
        r.metric = "start_failure";
        r.by = "device_type";
        r.groups = {"smart_tv", "desktop"};
        auto a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY2(a, a.error().c_str());
        // smart_tv: sessions 2, 3, 5, 6 with one start failure; desktop: session 4, none.
        QCOMPARE(*a->groups[0].successes, int64_t(1));
        QCOMPARE(a->groups[0].n, int64_t(4));
        const auto direct = stats::ProportionZ::test(1, 4, 0, 1).value();
        QVERIFY(close(a->result.statistic, direct.statistic));
        QVERIFY(a->toJson()["groups"].toArray()[0].toObject().contains("rate"));
        r.kind = TestKind::ChiSquare;
        r.groups.clear();
        a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY2(a, a.error().c_str());
        QCOMPARE(a->groups.size(), size_t(3)); // a 3 × 2 table
        QCOMPARE(*a->result.df, 2.0);
    }

    void correlation()
    {
        TestRequest r;
        r.kind = TestKind::Pearson;
        r.metric = "startup_time_ms";
        r.with = "rebuffer_ratio";
        auto a = TestRunner::run(m_data, where(m_data), r);
        QVERIFY2(a, a.error().c_str());
        // Sessions 0, 1, 5, 6 have both.
        const std::vector<double> x{1000, 3000, 500, 1500}, y{0, 1.0 / 11.0, 0.2, 0};
        QVERIFY(close(*a->result.effect_size, *stats::Correlation::pearson(x, y)->effect_size));
        QCOMPARE(a->nullMetric, int64_t(3));
        QVERIFY(a->sentence.find("(n = 4)") != std::string::npos);
    }

    void describeByHand()
    {
        DescribeRequest r;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        auto a = DescribeRunner::run(m_data, where(m_data), r);
        QVERIFY2(a, a.error().c_str());
        // Started sessions: 1000, 3000, 2000, 500, 1500 → sorted 500 1000 1500 2000 3000;
        // mean 1600; squared deviations 360000 + 1960000 + 160000 + 1210000 + 10000 =
        // 3700000 → variance 925000; type-7 quartiles at positions 1 and 3: 1000, 2000.
        const DescribeRow& all = a->overall;
        QCOMPARE(all.n, int64_t(5));
        QVERIFY(close(*all.mean, 1600));
        QVERIFY(close(*all.sd, std::sqrt(925000.0)));
        QVERIFY(close(*all.q1, 1000) && close(*all.median, 1500) && close(*all.q3, 2000));
        QVERIFY(close(*all.iqr, 1000) && close(*all.min, 500) && close(*all.max, 3000));
        QCOMPARE(a->nullMetric, int64_t(2));
        // Groups: smart_tv (3 values), mobile (2), desktop (none: a row with n 0 and a note).
        QCOMPARE(a->groups.size(), size_t(3));
        QCOMPARE(a->groups[2].group, std::string("desktop"));
        QCOMPARE(a->groups[2].n, int64_t(0));
        QVERIFY(!a->groups[2].mean && !a->groups[2].note.empty());
        QCOMPARE(a->groups[1].n, int64_t(2));
        QVERIFY(!a->groups[1].skewness); // needs 3 values
        const QJsonObject j = a->toJson();
        QVERIFY(cleanJson(j));
        for (const char* key : {"n", "mean", "sd", "min", "q1", "median", "q3", "max", "iqr",
                                "skewness", "kurtosis", "ci_low", "ci_high"})
            QVERIFY2(j["all"].toObject().contains(key), key);
        QCOMPARE(j["groups"].toArray().size(), 3);
    }

    void welchAgainstRestFromMoments()
    {
        // Three groups given by formulas; the moment form must equal the library's test on
        // the group against the concatenated others.
        std::vector<std::vector<double>> groups(3);
        for (int i = 0; i < 40; ++i)
            groups[0].push_back(1000 + 37.0 * std::sin(i * 1.3) + i);
        for (int i = 0; i < 55; ++i)
            groups[1].push_back(1100 + 51.0 * std::cos(i * 0.7));
        for (int i = 0; i < 23; ++i)
            groups[2].push_back(950 + 12.5 * i - 0.3 * i * i);
        std::vector<GroupMoments> moments;
        for (const auto& g : groups)
            moments.push_back(GroupComparisonRunner::moments(g));
        for (size_t g = 0; g < groups.size(); ++g) {
            std::vector<double> rest;
            for (size_t h = 0; h < groups.size(); ++h)
                if (h != g)
                    rest.insert(rest.end(), groups[h].begin(), groups[h].end());
            const auto want = stats::WelchTTest::test(groups[g], rest).value();
            const auto got = GroupComparisonRunner::welchAgainstRest(moments, g, 0.95).value();
            QVERIFY(close(got.statistic, want.statistic, 1e-9));
            QVERIFY(close(*got.df, *want.df, 1e-9));
            QVERIFY(close(got.p_value, want.p_value, 1e-9));
            QVERIFY(close(*got.ci_low, *want.ci_low, 1e-9));
            QVERIFY(close(*got.effect_size, *want.effect_size, 1e-9));
        }
    }

    void eachGroupAgainstTheRestAdjustsForMultiplicity()
    {
        GroupComparisonRequest r;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        auto c = GroupComparisonRunner::run(m_data, where(m_data), r);
        QVERIFY2(c, c.error().c_str());
        // smart_tv (3 values) and mobile (2) are tested; desktop has no value at all.
        QCOMPARE(c->rows.size(), size_t(2));
        std::vector<double> p;
        for (const auto& row : c->rows)
            p.push_back(row.result.p_value);
        const auto holm = stats::MultipleComparisons::adjust(p, stats::PAdjustMethod::Holm).value();
        const auto bh =
            stats::MultipleComparisons::adjust(p, stats::PAdjustMethod::BenjaminiHochberg).value();
        for (size_t i = 0; i < p.size(); ++i) {
            QCOMPARE(c->rows[i].pHolm, holm[i]);
            QCOMPARE(c->rows[i].pBh, bh[i]);
        }
        // mobile (1000, 3000) vs the rest (2000, 500, 1500): rest mean 4000/3.
        QVERIFY(close(c->rows[1].restEstimate, 4000.0 / 3.0));
        QVERIFY(c->findings().empty());
        QVERIFY(cleanJson(c->toJson()));
    }

    void linearModelByHand()
    {
        // Users with 1..4 sessions and 1, 3, 2, 5 playing hours: OLS of y on x = 1..4 has
        // slope Σ(x − 2.5)(y − 2.75) / Σ(x − 2.5)² = 5.5 / 5 = 1.1 and intercept
        // 2.75 − 1.1 · 2.5 = 0.
        const Dataset d = usersWithSessions({1, 2, 3, 4}, {1, 3, 2, 5}, {false, false, true, true});
        ModelRequest r;
        r.kind = ModelKind::Linear;
        r.level = Level::User;
        r.target = "playing_hours";
        r.features = {"sessions"};
        r.testFraction = 0;
        auto a = ModelRunner::run(d, where(d), r);
        QVERIFY2(a, a.error().c_str());
        QCOMPARE(a->n, int64_t(4));
        QVERIFY(std::fabs(a->term("(Intercept)")->coefficient.estimate) < 1e-9);
        QVERIFY(close(a->term("sessions")->coefficient.estimate, 1.1, 1e-9));
        const QJsonObject j = a->toJson();
        QVERIFY(cleanJson(j));
        QVERIFY(j["r_squared"].isDouble());
        QVERIFY(j["auc"].isNull()); // not a logistic model
        QCOMPARE(j["coefficients"].toArray().size(), 2);
        for (const char* key :
             {"term", "estimate", "std_error", "statistic", "p_value", "ci_low", "ci_high"})
            QVERIFY2(j["coefficients"].toArray()[1].toObject().contains(key), key);
    }

    void singularDesignAndSeparation()
    {
        const Dataset d = usersWithSessions({1, 1, 2, 3, 4, 5, 2, 4}, {1, 2, 3, 4, 5, 6, 7, 8},
                                            {false, false, false, true, true, true, false, true});
        ModelRequest r;
        r.kind = ModelKind::Linear;
        r.target = "playing_hours";
        // mean_startup_s is mean_startup_ms / 1000: perfectly collinear.
        r.features = {"mean_startup_ms", "mean_startup_s"};
        auto a = ModelRunner::run(d, where(d), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("rank deficient") != std::string::npos &&
                     a.error().find("mean_startup_s") != std::string::npos,
                 a.error().c_str());
        // Churned exactly when the user has 3 or more sessions: perfect separation.
        r.kind = ModelKind::Logistic;
        r.target = "churned";
        r.features = {"sessions"};
        a = ModelRunner::run(d, where(d), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("separation") != std::string::npos, a.error().c_str());
        // A numeric target for a logistic model, a factor with one level.
        r.target = "playing_hours";
        QVERIFY(ModelRunner::check(r).find("0/1 target") != std::string::npos);
        r.kind = ModelKind::Linear;
        r.features = {"sessions", "country"}; // every user is in the US
        a = ModelRunner::run(d, where(d), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("single level ('US')") != std::string::npos, a.error().c_str());
        r.features = {"sessions", "plan"};
        r.references = {{"plan", "basic"}};
        a = ModelRunner::run(d, where(d), r);
        QVERIFY(!a);
        QVERIFY2(a.error().find("reference level 'basic'") != std::string::npos, a.error().c_str());
        r.references = {{"plan", "premium"}};
        a = ModelRunner::run(d, where(d), r);
        QVERIFY2(a, a.error().c_str());
        QVERIFY(a->term("plan=free"));
        QCOMPARE(a->term("plan=free")->reference, std::string("premium"));
    }

    void clustersOfObviousSegments()
    {
        // 30 light users (1 session of 0.5 h) and 30 heavy ones (8 sessions, 12 h).
        std::vector<int> counts;
        std::vector<double> hours;
        std::vector<bool> churned;
        for (int i = 0; i < 60; ++i) {
            counts.push_back(i < 30 ? 1 : 8);
            hours.push_back(i < 30 ? 0.5 + 0.01 * i : 12 + 0.02 * i);
            churned.push_back(i % 3 == 0);
        }
        const Dataset d = usersWithSessions(counts, hours, churned);
        ClusterRequest r;
        r.features = {"sessions", "playing_hours"};
        r.k = 2;
        r.scan = true;
        auto a = ClusterRunner::run(d, where(d), r);
        QVERIFY2(a, a.error().c_str());
        QCOMPARE(a->clusters.size(), size_t(2));
        QCOMPARE(a->clusters[0].size, int64_t(30));
        QVERIFY(*a->silhouette > 0.9);
        QCOMPARE(a->scan.size(), size_t(4)); // k = 1 … 4
        QVERIFY(cleanJson(a->toJson()));
        QVERIFY(a->toJson()["scan"].toArray().size() == 4);
        QVERIFY(a->clusters[0].description.find("sessions") != std::string::npos);

        r.features = {"sessions", "share_cellular"}; // nobody is on cellular
        auto constant = ClusterRunner::run(d, where(d), r);
        QVERIFY(!constant);
        QVERIFY2(constant.error().find("'share_cellular' is constant") != std::string::npos,
                 constant.error().c_str());
        r.features = {"sessions", "plan"}; // a factor becomes one column per level
        auto withPlan = ClusterRunner::run(d, where(d), r);
        QVERIFY2(withPlan, withPlan.error().c_str());
        QCOMPARE(withPlan->columns,
                 (std::vector<std::string>{"sessions", "plan=free", "plan=premium"}));
        r.k = 60;
        QVERIFY(!ClusterRunner::run(d, where(d), r)); // more clusters than users
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRunners)
#include "tst_analysis_runners.moc"
