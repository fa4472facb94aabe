// SPDX-License-Identifier: MIT
// Variable extraction on the hand-built seven-session dataset (AnalysisTestData.h): every
// per-session variable and per-user aggregate against values computed by hand from the
// table in that header, null exclusions and their counts, grouping, and the filter.

#include "AnalysisTestData.h"
#include "analysis/FrameBuilder.h"
#include "analysis/Samples.h"
#include "analysis/VariableCatalog.h"
#include "query/Filter.h"
#include "query/Selection.h"

#include <QTest>

#include <cmath>

using namespace streamlens;
using namespace streamlens::analysis;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Compares with NaN standing for null on both sides.
bool same(const std::vector<double>& got, const std::vector<double>& want, double tol = 1e-12)
{
    if (got.size() != want.size())
        return false;
    for (size_t i = 0; i < got.size(); ++i) {
        if (std::isnan(want[i]) != std::isnan(got[i]))
            return false;
        if (!std::isnan(want[i]) &&
            std::fabs(got[i] - want[i]) > tol * std::max(1.0, std::fabs(want[i])))
            return false;
    }
    return true;
}

QByteArray show(const std::vector<double>& v)
{
    QByteArray s;
    for (double x : v)
        s += (std::isnan(x) ? QByteArray("null") : QByteArray::number(x, 'g', 17)) + " ";
    return s;
}

AnalysisFrame frameOf(const Dataset& d, Level level, std::vector<std::string> metrics,
                      std::vector<std::string> categoricals = {}, const query::Filter& filter = {})
{
    FrameRequest r;
    r.level = level;
    r.metrics = std::move(metrics);
    r.categoricals = std::move(categoricals);
    r.threads = 2;
    const auto selection = query::select(d, filter);
    auto frame = FrameBuilder::build(d, selection, r);
    if (!frame)
        qFatal("frame: %s", frame.error().c_str());
    return std::move(frame).value();
}

} // namespace

class TestAnalysisVariables : public QObject {
    Q_OBJECT

private:
    Dataset m_data = analysistest::sevenSessions();

    void checkSession(const char* key, const std::vector<double>& want)
    {
        const AnalysisFrame f = frameOf(m_data, Level::Session, {key});
        const auto& got = f.numeric(key)->values;
        QVERIFY2(same(got, want), (QByteArray(key) + ": " + show(got)).constData());
    }
    void checkUser(const char* key, const std::vector<double>& want)
    {
        const AnalysisFrame f = frameOf(m_data, Level::User, {key});
        const auto& got = f.numeric(key)->values;
        QVERIFY2(same(got, want), (QByteArray(key) + ": " + show(got)).constData());
    }

private slots:
    void catalogue()
    {
        QVERIFY(findMetric(Level::Session, "startup_time_ms"));
        QVERIFY(findMetric(Level::User, "rebuffer_ratio"));
        QVERIFY(!findMetric(Level::Session, "sessions"));
        QVERIFY(findCategorical(Level::Session, "device_type"));
        QVERIFY(findCategorical(Level::User, "plan"));
        QVERIFY(!findCategorical(Level::User, "device_type"));
        QCOMPARE(findMetric(Level::Session, "completed")->type, VariableType::Binary);
        const std::string e = unknownMetricError(Level::Session, "startup");
        QVERIFY2(e.find("unknown session variable 'startup'") == 0, e.c_str());
        QVERIFY(e.find("startup_time_ms") != std::string::npos);
        // Every catalogue id points back at its own row, so the extractors' switch matches.
        for (Level level : {Level::Session, Level::User}) {
            const auto vars = metricVariables(level);
            for (size_t i = 0; i < vars.size(); ++i)
                QCOMPARE(size_t(vars[i].id), i);
        }
    }

    void sessionVariables()
    {
        // Straight from the table in AnalysisTestData.h; null where a variable is undefined.
        checkSession("startup_time_ms", {1000, 3000, kNaN, 2000, kNaN, 500, 1500});
        checkSession("startup_s", {1.0, 3.0, kNaN, 2.0, kNaN, 0.5, 1.5});
        checkSession("playing_time_s", {600, 300, kNaN, 0, kNaN, 100, 200});
        // Session 3 started but played 0 s: no log.
        checkSession("log_playing_time", {std::log(600.0), std::log(300.0), kNaN, kNaN, kNaN,
                                          std::log(100.0), std::log(200.0)});
        checkSession("rebuffer_count", {0, 2, kNaN, 0, kNaN, 1, 0});
        checkSession("rebuffer_time_ms", {0, 30000, kNaN, 0, kNaN, 25000, 0});
        // 30000 / (300000 + 30000) = 1/11; 25000 / (100000 + 25000) = 0.2; session 3 has
        // neither playing nor rebuffering time: undefined.
        checkSession("rebuffer_ratio", {0, 1.0 / 11.0, kNaN, kNaN, kNaN, 0.2, 0});
        checkSession("rebuffer_pct", {0, 100.0 / 11.0, kNaN, kNaN, kNaN, 20.0, 0});
        checkSession("rebuffered", {0, 1, kNaN, 0, kNaN, 1, 0});
        checkSession("avg_bitrate_kbps", {5000, 3000, kNaN, kNaN, kNaN, 2000, 4000});
        checkSession("bitrate_switches", {2, 1, kNaN, 0, kNaN, 0, 0});
        checkSession("resolution_p", {1080, 720, kNaN, kNaN, kNaN, 540, 1080});
        checkSession("started", {1, 1, 0, 1, 0, 1, 1});
        checkSession("start_failure", {0, 0, 1, 0, 0, 0, 0});
        checkSession("exit_before_start", {0, 0, 0, 0, 1, 0, 0});
        checkSession("playback_failure", {0, 0, kNaN, 0, kNaN, 1, 0});
        // Completion is defined for started vod sessions only (0, 1, 6).
        checkSession("completed", {1, 0, kNaN, kNaN, kNaN, kNaN, 1});
    }

    void userAggregates()
    {
        // Units: u0 and u1 (u2 has no sessions). u0 = sessions 0-2, u1 = sessions 3-6.
        const AnalysisFrame f = frameOf(m_data, Level::User, {"sessions"});
        QCOMPARE(f.units(), (std::vector<uint32_t>{0, 1}));
        checkUser("sessions", {3, 4});
        checkUser("started_sessions", {2, 3});
        // (600000 + 300000) / 3.6e6 = 0.25; (100000 + 200000) / 3.6e6.
        checkUser("playing_hours", {0.25, 300000.0 / 3.6e6});
        checkUser("mean_startup_ms", {2000, (2000 + 500 + 1500) / 3.0});
        checkUser("mean_startup_s", {2.0, 4.0 / 3.0});
        checkUser("median_startup_ms", {2000, 1500});
        // Σ rebuffer / (Σ playing + Σ rebuffer) over started sessions:
        // u0 30000 / 930000; u1 25000 / 325000.
        checkUser("rebuffer_ratio", {30000.0 / 930000.0, 25000.0 / 325000.0});
        checkUser("rebuffer_pct", {3000000.0 / 930000.0, 2500000.0 / 325000.0});
        checkUser("vsf_rate", {1.0 / 3.0, 0});
        checkUser("ebvs_rate", {0, 0.25});
        checkUser("share_mobile", {2.0 / 3.0, 0});
        checkUser("share_cellular", {1.0 / 3.0, 0});
        // u0: vod started 0 and 1, one completed; u1: vod started 6 only (3 and 5 are live).
        checkUser("completion_rate", {0.5, 1.0});
        // (5000·600000 + 3000·300000) / 900000; (2000·100000 + 4000·200000) / 300000
        // (session 3 has no bitrate and is left out of both sums).
        checkUser("avg_bitrate_kbps", {3.9e9 / 9e5, 1e9 / 3e5});
        checkUser("age", {30, kNaN});
        checkUser("monthly_fee", {0, 22.99});
        checkUser("churned", {0, 1});
    }

    void userAggregatesFollowTheFilter()
    {
        // Only sessions 0 and 1 are mobile: u0 alone, with two sessions.
        std::string error;
        const auto filter = query::Filter::parseWhere({"device_type=mobile"}, &error);
        QVERIFY2(filter, error.c_str());
        const AnalysisFrame f =
            frameOf(m_data, Level::User, {"sessions", "vsf_rate", "mean_startup_ms"}, {}, *filter);
        QCOMPARE(f.units(), std::vector<uint32_t>{0});
        QVERIFY(same(f.numeric("sessions")->values, {2}));
        QVERIFY(same(f.numeric("vsf_rate")->values, {0}));
        QVERIFY(same(f.numeric("mean_startup_ms")->values, {2000}));
        QCOMPARE(f.selectedSessions(), int64_t(2));
    }

    void groupedSamplesDropAndCountNulls()
    {
        const AnalysisFrame f =
            frameOf(m_data, Level::Session, {"startup_time_ms"}, {"device_type"});
        // All groups, largest first: smart_tv (4 sessions), mobile (2), desktop (1).
        auto all = Samples::grouped(f, "startup_time_ms", "device_type", {});
        QVERIFY2(all, all.error().c_str());
        QCOMPARE(all->groups.size(), size_t(3));
        QCOMPARE(all->groups[0].label, std::string("smart_tv"));
        QCOMPARE(all->groups[0].values, (std::vector<double>{2000, 500, 1500}));
        QCOMPARE(all->groups[1].values, (std::vector<double>{1000, 3000}));
        QVERIFY(all->groups[2].values.empty()); // desktop: its one session never started
        QCOMPARE(all->nullMetric, int64_t(2));  // sessions 2 and 4
        QCOMPARE(all->nullGroup, int64_t(0));

        auto two = Samples::grouped(f, "startup_time_ms", "device_type", {"mobile", "smart_tv"});
        QVERIFY(two);
        QCOMPARE(two->groups[0].label, std::string("mobile"));
        QCOMPARE(two->otherGroups, int64_t(1)); // the desktop session
        QCOMPARE(two->nullMetric, int64_t(1));  // session 2 (smart_tv, start failure)

        auto bad = Samples::grouped(f, "startup_time_ms", "device_type", {"mobile", "toaster"});
        QVERIFY(!bad);
        QVERIFY2(bad.error().find("'toaster'") != std::string::npos &&
                     bad.error().find("smart_tv, mobile, desktop") != std::string::npos,
                 bad.error().c_str());
        QVERIFY(!Samples::grouped(f, "startup_time_ms", "device_type", {"mobile", "mobile"}));
    }

    void userDimensionsAndCanonicalGroups()
    {
        const AnalysisFrame f = frameOf(m_data, Level::User, {"sessions"}, {"plan", "churned"});
        auto byPlan = Samples::grouped(f, "sessions", "plan", {});
        QVERIFY(byPlan);
        QCOMPARE(byPlan->groups.size(), size_t(2)); // basic has no user with sessions
        // Filter spelling is accepted for groups: churned=1 means "true".
        auto churned = Samples::grouped(f, "sessions", "churned", {"1", "0"});
        QVERIFY2(churned, churned.error().c_str());
        QCOMPARE(churned->groups[0].label, std::string("true"));
        QCOMPARE(churned->groups[0].values, std::vector<double>{4});
    }

    void pairedSamples()
    {
        const AnalysisFrame f =
            frameOf(m_data, Level::Session, {"startup_time_ms", "rebuffer_ratio"});
        auto p = Samples::paired(f, "startup_time_ms", "rebuffer_ratio");
        QVERIFY(p);
        // Both defined for sessions 0, 1, 5, 6.
        QCOMPARE(p->xs, (std::vector<double>{1000, 3000, 500, 1500}));
        QCOMPARE(p->dropped, int64_t(3));
    }

    void badRequestsAndMalformedData()
    {
        const auto selection = query::select(m_data, query::Filter{});
        FrameRequest r;
        r.metrics = {"startup"};
        auto e = FrameBuilder::build(m_data, selection, r);
        QVERIFY(!e);
        QVERIFY2(e.error().find("unknown session variable 'startup'") == 0, e.error().c_str());
        r.metrics = {"sessions"}; // a user variable asked at session level
        QVERIFY(!FrameBuilder::build(m_data, selection, r));
        r.metrics = {"startup_time_ms"};
        r.categoricals = {"planet"};
        e = FrameBuilder::build(m_data, selection, r);
        QVERIFY2(!e && e.error().find("unknown session dimension 'planet'") == 0,
                 e.error().c_str());

        Dataset broken = analysistest::sevenSessions();
        broken.sessions.rebufferTimeMs.pop_back();
        r.categoricals.clear();
        e = FrameBuilder::build(broken, query::Selection::all(7), r);
        QVERIFY2(!e && e.error().find("inconsistent sessions table") != std::string::npos,
                 e.error().c_str());
        e = FrameBuilder::build(m_data, query::Selection::all(3), r);
        QVERIFY2(!e && e.error().find("selection") != std::string::npos, e.error().c_str());

        // A session whose user reference dangles is skipped by the user aggregates.
        Dataset dangling = analysistest::sevenSessions();
        dangling.sessions.userIndex[6] = 99;
        r.level = Level::User;
        r.metrics = {"sessions"};
        auto f = FrameBuilder::build(dangling, query::Selection::all(7), r);
        QVERIFY(f);
        QVERIFY(same(f->numeric("sessions")->values, {3, 3}));
    }

    void threadCountDoesNotMatter()
    {
        // 200k rows so parallelFor really splits (64k rows per thread minimum).
        std::vector<analysistest::UserSpec> users(50);
        std::vector<analysistest::SessionSpec> sessions(200000);
        for (size_t i = 0; i < sessions.size(); ++i) {
            auto& s = sessions[i];
            s.user = static_cast<int>(i % 50);
            if (i % 7 != 0)
                s.startupMs = static_cast<int32_t>(500 + (i * 37) % 4000);
            s.playingMs = static_cast<int32_t>((i * 101) % 900000);
            s.rebufferMs = static_cast<int32_t>(i % 13 == 0 ? (i * 7) % 20000 : 0);
            s.device = i % 3 ? "mobile" : "smart_tv";
        }
        const Dataset d = analysistest::makeDataset(users, sessions);
        const auto selection = query::select(d, query::Filter{});
        for (Level level : {Level::Session, Level::User}) {
            FrameRequest r;
            r.level = level;
            r.metrics = {level == Level::Session ? "rebuffer_ratio" : "median_startup_ms",
                         level == Level::Session ? "startup_s" : "rebuffer_ratio"};
            r.threads = 1;
            auto one = FrameBuilder::build(d, selection, r);
            r.threads = 3;
            auto three = FrameBuilder::build(d, selection, r);
            QVERIFY(one && three);
            for (const auto& key : r.metrics)
                QVERIFY(same(one->numeric(key)->values, three->numeric(key)->values, 0));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisVariables)
#include "tst_analysis_variables.moc"
