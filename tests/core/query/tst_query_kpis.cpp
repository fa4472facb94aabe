// SPDX-License-Identifier: MIT
// KPIs of a hand-built dataset against values computed by hand from the contract's metric
// definitions (see QueryTestData.h for the twelve sessions), type-7 quantiles against R.

#include "QueryTestData.h"

#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Quantile.h"
#include "query/Selection.h"
#include "query/StartupHistogram.h"

#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <stdexcept>

using namespace streamlens;
using namespace streamlens::query;
using querytest::referenceDataset;

namespace {

bool near(double actual, double expected, double rel = 1e-12)
{
    return std::fabs(actual - expected) <= rel * std::max(1.0, std::fabs(expected));
}

#define CHECK_VALUE(opt, expected)                                                                 \
    do {                                                                                           \
        QVERIFY2((opt).has_value(), #opt " is null");                                              \
        QVERIFY2(near(*(opt), (expected)), qPrintable(QString(#opt " = %1, expected %2")           \
                                                          .arg(*(opt), 0, 'g', 17)                 \
                                                          .arg((expected), 0, 'g', 17)));          \
    } while (false)

Selection selectWhere(const Dataset& d, std::vector<std::string> clauses)
{
    std::string error;
    const auto f = Filter::parseWhere(clauses, &error);
    if (!f)
        qFatal("bad filter: %s", error.c_str());
    return select(d, *f, &error);
}

} // namespace

class TestQueryKpis : public QObject {
    Q_OBJECT
private slots:
    void allSessions();
    void liveSessions();
    void emptySelection();
    void noSessionsUnfiltered();
    void churnFilteredVersusUnfiltered();
    void quantilesOfSortedSamples();
    void quantilesFromHistogram();
    void histogramMerge();
    void jsonKeysAndNulls();
    void cancelledQuery();
    void malformedDataset();
};

void TestQueryKpis::allSessions()
{
    const Dataset d = referenceDataset();
    const KpiValues v = computeKpis(d, Selection::all(d.sessions.size()));
    QVERIFY(!v.cancelled);
    QCOMPARE(v.attempts, 12);
    // Started: sessions 0 1 2 3 4 7 8 9 11.
    QCOMPARE(v.started, 9);
    // Start failures 5 and 10; exit before start 6; playback failure 3.
    CHECK_VALUE(v.vsf_rate, 2.0 / 12.0);
    CHECK_VALUE(v.ebvs_rate, 1.0 / 12.0);
    CHECK_VALUE(v.playback_failure_rate, 1.0 / 9.0);
    // Startup times sorted: 500 800 1000 1000 1500 2000 2500 3000 70000 (n = 9).
    // Median: index 1 + 8·0.5 = 5 → 1500. p95: index 1 + 8·0.95 = 8.6 → 0.4·3000 + 0.6·70000
    // = 43200; R: quantile(x, 0.95) prints 43199.999999999978 (0.95 is not exact in binary).
    CHECK_VALUE(v.startup_time_ms_median, 1500.0);
    CHECK_VALUE(v.startup_time_ms_p95, 43199.999999999978);
    // Playing of started sessions: 600000+300000+120000+900000+0+60000+30000+240000+1800000
    // = 4,050,000 ms; rebuffering 3000+1000+20000+500+9000 = 33,500 ms.
    CHECK_VALUE(v.rebuffer_ratio, 33500.0 / (4050000.0 + 33500.0));
    // Rebuffer counts 2+1+40+1+3 = 47 over 4,050,000 ms = 67.5 minutes.
    CHECK_VALUE(v.rebuffer_frequency_per_min, 47.0 / 67.5);
    // Started with rebuffer_count > 0: 1 2 7 9 11.
    CHECK_VALUE(v.sessions_with_rebuffer_rate, 5.0 / 9.0);
    // Σ kbps·s: 5000·600 + 3000·300 + 1500.5·120 + 2000·900 + 4000·0 + 800·60 + 2500·240
    // + 6000·1800 = 17,328,060 over 4020 s (session 8 has no bitrate and is left out of both
    // sums) = 4310.4626865...
    CHECK_VALUE(v.avg_bitrate_kbps, 17328060.0 / 4020.0);
    // Started vod: 0 1 2 4 7 8 9; completed among them: 0 2 9.
    CHECK_VALUE(v.completion_rate, 3.0 / 7.0);
    // 4,050,000 ms (non-started sessions play 0) = 1.125 h.
    QVERIFY(near(v.playing_hours, 1.125));
    // 100·8/(8+s): 88.8888889 80 94.1176471 72.7272727 84.2105263 90.9090909 10.2564103
    // 88.8888889 76.1904762 → sum 686.1892012 / 9.
    CHECK_VALUE(v.startup_score, (800 / 9.0 + 800 / 10.0 + 800 / 8.5 + 800 / 11.0 + 800 / 9.5 +
                                  800 / 8.8 + 800 / 78.0 + 800 / 9.0 + 800 / 10.5) /
                                     9.0);
    QVERIFY(near(*v.startup_score, 76.2432445817379, 1e-13));
    // Smoothness per started session, mean of a = 100/√(1+(c/2)²) and b = 100·e^(−10r):
    //  0: c0 r0 → 100;  1: a 70.7106781 (c2), r 3000/303000 → b 90.5733740 → 80.6420261;
    //  2: a 89.4427191, r 1000/121000 → b 92.0678272 → 90.7552732;  3, 4, 8: 100;
    //  7: a 4.9937617 (c40), r 20000/80000 = 0.25 → b 8.2084999 → 6.6011308;
    //  9: a 89.4427191, r 500/240500 → b 97.9424602 → 93.6925896;
    // 11: a 55.4700196 (c3), r 9000/1809000 → b 95.1466078 → 75.3083137.
    const auto smooth = [](double c, double playing, double rebuf) {
        const double r = rebuf / (playing + rebuf);
        return (100 / std::sqrt(1 + (c / 2) * (c / 2)) + 100 * std::exp(-10 * r)) / 2;
    };
    const double expectedSmoothness =
        (100 + smooth(2, 300000, 3000) + smooth(1, 120000, 1000) + 100 + 100 +
         smooth(40, 60000, 20000) + 100 + smooth(1, 240000, 500) + smooth(3, 1800000, 9000)) /
        9.0;
    CHECK_VALUE(v.smoothness_score, expectedSmoothness);
    QVERIFY(near(*v.smoothness_score, 82.9999259307145, 1e-13));
    // Unfiltered: churned users over the users table: u0 and u2 of u0..u3.
    CHECK_VALUE(v.churn_rate, 0.5);
}

void TestQueryKpis::liveSessions()
{
    const Dataset d = referenceDataset();
    const KpiValues v = computeKpis(d, selectWhere(d, {"stream_type=live"}));
    // Sessions 3, 6, 11; started 3 and 11.
    QCOMPARE(v.attempts, 3);
    QCOMPARE(v.started, 2);
    CHECK_VALUE(v.vsf_rate, 0.0);
    CHECK_VALUE(v.ebvs_rate, 1.0 / 3.0);
    CHECK_VALUE(v.playback_failure_rate, 0.5);
    // Startup 2500, 3000: median index 1.5 → 2750; p95 index 1.95 → 0.05·2500 + 0.95·3000.
    CHECK_VALUE(v.startup_time_ms_median, 2750.0);
    CHECK_VALUE(v.startup_time_ms_p95, 0.05 * 2500 + 0.95 * 3000);
    CHECK_VALUE(v.rebuffer_ratio, 9000.0 / 2709000.0);
    CHECK_VALUE(v.rebuffer_frequency_per_min, 3.0 / 45.0); // 2,700,000 ms = 45 min
    CHECK_VALUE(v.sessions_with_rebuffer_rate, 0.5);
    // (2000·900 + 6000·1800) / 2700.
    CHECK_VALUE(v.avg_bitrate_kbps, 12600000.0 / 2700.0);
    // No started vod session: completion has no denominator.
    QVERIFY(!v.completion_rate.has_value());
    QVERIFY(near(v.playing_hours, 0.75));
    // Users with sessions: u1 (3), u0 (6), u2 (11); churned u0, u2.
    CHECK_VALUE(v.churn_rate, 2.0 / 3.0);
}

void TestQueryKpis::emptySelection()
{
    const Dataset d = referenceDataset();
    const Selection none = selectWhere(d, {"country=ZZ"});
    QCOMPARE(none.count(), size_t(0));
    const KpiValues v = computeKpis(d, none);
    QCOMPARE(v.attempts, 0);
    QCOMPARE(v.started, 0);
    for (const auto& m : metricKeys()) {
        if (m.key == "attempts" || m.key == "started" || m.key == "playing_hours")
            continue;
        QVERIFY2(!v.value(m.key).has_value(), m.key.data());
    }
    QCOMPARE(v.playing_hours, 0.0);
    const QJsonObject json = v.toJson();
    QVERIFY(json.value("vsf_rate").isNull());
    QVERIFY(json.value("churn_rate").isNull());
    QCOMPARE(json.value("attempts").toInt(-1), 0);
}

void TestQueryKpis::noSessionsUnfiltered()
{
    Dataset d = referenceDataset();
    Dataset noSessions;
    noSessions.users = d.users;
    const KpiValues v = computeKpis(noSessions, Selection::all(0));
    QCOMPARE(v.attempts, 0);
    QVERIFY(!v.vsf_rate.has_value());
    QVERIFY(!v.startup_time_ms_median.has_value());
    // Unfiltered churn is over the users table even without sessions: 2 of 4.
    CHECK_VALUE(v.churn_rate, 0.5);
    // No users at all: null.
    const KpiValues empty = computeKpis(Dataset{}, Selection::all(0));
    QVERIFY(!empty.churn_rate.has_value());
}

void TestQueryKpis::churnFilteredVersusUnfiltered()
{
    const Dataset d = referenceDataset();
    // smart_tv: sessions 0 1 6 (u0) and 11 (u2), both churned.
    CHECK_VALUE(computeKpis(d, selectWhere(d, {"device_type=smart_tv"})).churn_rate, 1.0);
    // mobile: 2 3 (u1), 9 (u0) → 1 of 2.
    CHECK_VALUE(computeKpis(d, selectWhere(d, {"device_type=mobile"})).churn_rate, 0.5);
    // A filter matching every session is still a filter: distinct users with sessions are
    // u0 u1 u2, two churned → 2/3, where the unfiltered value counts u3 too → 2/4.
    const Selection everything = selectWhere(d, {"stream_type=vod,live"});
    QVERIFY(everything.isAll());
    QVERIFY(everything.isFiltered());
    CHECK_VALUE(computeKpis(d, everything).churn_rate, 2.0 / 3.0);
    CHECK_VALUE(computeKpis(d, Selection::all(d.sessions.size())).churn_rate, 0.5);
    // The empty filter is unfiltered.
    const Selection unfiltered = select(d, Filter{});
    QVERIFY(!unfiltered.isFiltered());
    CHECK_VALUE(computeKpis(d, unfiltered).churn_rate, 0.5);
}

void TestQueryKpis::quantilesOfSortedSamples()
{
    // Expected values from R 4.x: quantile(x, c(0.5, 0.95), type = 7), printed with 17 digits.
    const auto q = [](std::vector<int32_t> x, double p) {
        return quantileType7(std::span<const int32_t>(x), p);
    };
    QCOMPARE(q({700}, 0.5), 700.0); // n = 1: both are the value
    QCOMPARE(q({700}, 0.95), 700.0);
    QCOMPARE(q({100, 200}, 0.5), 150.0);
    QVERIFY(near(q({100, 200}, 0.95), 195.0));
    QCOMPARE(q({5, 5, 5, 5}, 0.5), 5.0); // ties
    QCOMPARE(q({5, 5, 5, 5}, 0.95), 5.0);
    QCOMPARE(q({1, 2, 2, 2, 9}, 0.5), 2.0);
    QCOMPARE(q({1, 2, 2, 2, 9}, 0.95), 7.5999999999999988); // R: 7.5999999999999988
    QCOMPARE(q({10, 20, 30, 40}, 0.5), 25.0);
    QCOMPARE(q({10, 20, 30, 40}, 0.95), 38.5);
    QCOMPARE(q({1000, 2000, 3000}, 0.95), 2899.9999999999995); // R: 2899.9999999999995
}

void TestQueryKpis::quantilesFromHistogram()
{
    const auto both = [](std::vector<int32_t> x) {
        StartupHistogram h;
        for (int32_t v : x)
            h.add(v);
        const double ps[2] = {0.5, 0.95};
        double out[2];
        h.quantiles(ps, out);
        return std::pair{out[0], out[1]};
    };
    QCOMPARE(both({700}), std::pair(700.0, 700.0));
    QCOMPARE(both({200, 100}), std::pair(150.0, 0.05 * 100 + 0.95 * 200));
    QCOMPARE(both({5, 5, 5, 5}), std::pair(5.0, 5.0));
    QCOMPARE(both({9, 2, 1, 2, 2}), std::pair(2.0, 7.5999999999999988));
    // Values outside the bins (negative, ≥ 65536) are kept aside and ordered around them.
    // R: quantile(c(-5, 3, 65535, 65536, 100000), c(0.5, 0.95)) → 65535, 93107.199999999997.
    QCOMPARE(both({100000, 3, -5, 65536, 65535}), std::pair(65535.0, 93107.199999999997));
    // The reference sample of allSessions: R gives 1500 and 43199.999999999978.
    QCOMPARE(both({1000, 2000, 500, 3000, 1500, 800, 70000, 1000, 2500}),
             std::pair(1500.0, 43199.999999999978));

    StartupHistogram h;
    h.add(1000);
    h.add(70000);
    QCOMPARE(h.count(), 2);
    // 800/9 + 800/78, the same doubles as the per-value path.
    QCOMPARE(h.scoreSum(),
             StartupHistogram::startupScore(1000) + StartupHistogram::startupScore(70000));
}

void TestQueryKpis::histogramMerge()
{
    StartupHistogram a, b, all;
    for (int32_t v : {10, 20, 30, 70000})
        a.add(v), all.add(v);
    for (int32_t v : {5, 20, 65535, -1})
        b.add(v), all.add(v);
    a.merge(b);
    QCOMPARE(a.count(), 8);
    const double ps[3] = {0.0, 0.5, 1.0};
    double merged[3], direct[3];
    a.quantiles(ps, merged);
    all.quantiles(ps, direct);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(merged[i], direct[i]);
    // Sorted: -1 5 10 20 20 30 65535 70000 → min -1, median 20, max 70000.
    QCOMPARE(merged[0], -1.0);
    QCOMPARE(merged[1], 20.0);
    QCOMPARE(merged[2], 70000.0);
}

void TestQueryKpis::jsonKeysAndNulls()
{
    const Dataset d = referenceDataset();
    const KpiValues v = computeKpis(d, selectWhere(d, {"stream_type=live"}));
    const QJsonObject json = v.toJson();
    const QStringList expected = {"attempts",
                                  "started",
                                  "vsf_rate",
                                  "ebvs_rate",
                                  "playback_failure_rate",
                                  "startup_time_ms_median",
                                  "startup_time_ms_p95",
                                  "rebuffer_ratio",
                                  "rebuffer_frequency_per_min",
                                  "sessions_with_rebuffer_rate",
                                  "avg_bitrate_kbps",
                                  "completion_rate",
                                  "playing_hours",
                                  "startup_score",
                                  "smoothness_score",
                                  "churn_rate"};
    QCOMPARE(json.size(), expected.size());
    QCOMPARE(static_cast<qsizetype>(metricKeys().size()), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(json.contains(expected[i]), qPrintable(expected[i]));
        QCOMPARE(QString::fromUtf8(metricKeys()[static_cast<size_t>(i)].key.data()), expected[i]);
    }
    QVERIFY(json.value("completion_rate").isNull()); // no started vod session
    QCOMPARE(json.value("attempts").toInt(), 3);
    QCOMPARE(json.value("ebvs_rate").toDouble(), 1.0 / 3.0);
    QCOMPARE(v.value("started"), std::optional<double>(2.0));
    QVERIFY(!v.value("no_such_metric").has_value());
}

void TestQueryKpis::cancelledQuery()
{
    const Dataset d = referenceDataset();
    std::atomic<bool> cancel = true;
    const KpiValues v = computeKpis(d, Selection::all(d.sessions.size()), &cancel);
    QVERIFY(v.cancelled);
    QCOMPARE(v.attempts, 0);
    const auto g = computeKpisBy(d, Selection::all(d.sessions.size()), "cdn", nullptr, &cancel);
    QVERIFY(g.has_value());
    QVERIFY(g->cancelled);
    QCOMPARE(g->size(), size_t(0));
    Filter f;
    QVERIFY(f.addClause("cdn=cdn_a", nullptr));
    QVERIFY(select(d, f, nullptr, &cancel).isCancelled());
    // A cancelled selection gives a cancelled result, not KPIs of nothing.
    QVERIFY(computeKpis(d, Selection::cancelled(d.sessions.size())).cancelled);
}

void TestQueryKpis::malformedDataset()
{
    Dataset d = referenceDataset();
    d.sessions.rebufferCount.pop_back(); // one column shorter than the others
    std::string error;
    QVERIFY(!computeKpisBy(d, Selection::all(d.sessions.size()), "cdn", &error));
    QVERIFY2(error.find("inconsistent sessions table") != std::string::npos, error.c_str());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             computeKpis(d, Selection::all(d.sessions.size())));
    Filter f;
    QVERIFY(f.addClause("cdn=cdn_a", nullptr));
    error.clear();
    QCOMPARE(select(d, f, &error).count(), size_t(0));
    QVERIFY(!error.empty());

    // A selection made on another table size is refused.
    const Dataset ok = referenceDataset();
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, computeKpis(ok, Selection::all(5)));
    // Dangling user references count as no user (not a crash) for churn and joins.
    Dataset dangling = referenceDataset();
    dangling.sessions.userIndex[0] = 99;
    const KpiValues v = computeKpis(dangling, Selection::all(12, true));
    QCOMPARE(v.attempts, 12);
    CHECK_VALUE(v.churn_rate, 2.0 / 3.0); // u0 still has sessions 1, 6, 9
    QVERIFY(computeKpisBy(dangling, Selection::all(12), "plan", &error)->find("").has_value());
}

QTEST_APPLESS_MAIN(TestQueryKpis)
#include "tst_query_kpis.moc"
