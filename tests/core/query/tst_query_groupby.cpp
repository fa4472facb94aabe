// SPDX-License-Identifier: MIT
// Group-by over the twelve sessions of QueryTestData.h: keys, their order, UTC calendar
// buckets, and every group equal to the same KPIs computed over a filter for that value.

#include "QueryTestData.h"

#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"

#include <QJsonArray>
#include <QtTest>

using namespace streamlens;
using namespace streamlens::query;
using querytest::referenceDataset;

namespace {

using Keys = std::vector<std::string>;

GroupedKpis groupBy(const Dataset& d, std::string_view dim, const QueryOptions& options = {},
                    const Selection* selection = nullptr)
{
    std::string error;
    const Selection all = Selection::all(d.sessions.size());
    auto g = KpiEngine(options).by(d, selection ? *selection : all, dim, &error);
    if (!g)
        qFatal("group by %s failed: %s", std::string(dim).c_str(), error.c_str());
    return *g;
}

std::vector<int64_t> attemptsOf(const GroupedKpis& g)
{
    std::vector<int64_t> out;
    for (const auto& v : g.values)
        out.push_back(v.attempts);
    return out;
}

// Names the first metric that differs, for a readable failure.
std::string difference(const KpiValues& a, const KpiValues& b)
{
    for (const auto& m : metricKeys()) {
        const auto x = a.value(m.key), y = b.value(m.key);
        if (x.has_value() != y.has_value())
            return std::string(m.key) + " null on one side";
        if (x && std::fabs(*x - *y) > 1e-12 * std::max(1.0, std::fabs(*y)))
            return std::string(m.key) + ": " + std::to_string(*x) + " vs " + std::to_string(*y);
    }
    return {};
}

} // namespace

class TestQueryGroupBy : public QObject {
    Q_OBJECT
private slots:
    void byAttemptsThenName();
    void nullGroupLast();
    void naturalOrders();
    void calendarBuckets();
    void utcBoundariesBefore1970();
    void groupsEqualFilteredKpis();
    void groupsOfAFilteredSelection();
    void sparseAndPairPathsAgree();
    void dimensionRegistry();
    void jsonShapes();
};

void TestQueryGroupBy::byAttemptsThenName()
{
    const Dataset d = referenceDataset();
    const GroupedKpis g = groupBy(d, "device_type");
    QCOMPARE(g.dimension, std::string("device_type"));
    // smart_tv 0 1 6 11; mobile 2 3 9; desktop 4 5; then one each, by name.
    QCOMPARE(g.keys,
             (Keys{"smart_tv", "mobile", "desktop", "console", "streaming_stick", "tablet"}));
    QCOMPARE(attemptsOf(g), (std::vector<int64_t>{4, 3, 2, 1, 1, 1}));
    // cdn_a 0 1 4 5 8 11; cdn_b 2 3 9 10; cdn_c 6 7.
    QCOMPARE(groupBy(d, "cdn").keys, (Keys{"cdn_a", "cdn_b", "cdn_c"}));
    // Titles: Alpha is c0 and c2 together (8 sessions), then "Beta, the sequel".
    const GroupedKpis titles = groupBy(d, "title");
    QCOMPARE(titles.keys, (Keys{"Alpha", "Beta, the sequel"}));
    QCOMPARE(attemptsOf(titles), (std::vector<int64_t>{8, 4}));
    QCOMPARE(groupBy(d, "content_id").keys, (Keys{"c0", "c1", "c2"}));
}

void TestQueryGroupBy::nullGroupLast()
{
    const Dataset d = referenceDataset();
    // isp: comcast 4, bt 2, null 6 (largest, still last, with the key "").
    const GroupedKpis isp = groupBy(d, "isp");
    QCOMPARE(isp.keys, (Keys{"comcast", "bt", ""}));
    QCOMPARE(attemptsOf(isp), (std::vector<int64_t>{4, 2, 6}));
    QCOMPARE(groupBy(d, "error_code").keys, (Keys{"E1", "E2", ""}));
    QCOMPARE(groupBy(d, "language").keys, (Keys{"en", "es", ""}));
    // u3 (standard) has no sessions, so no group.
    QCOMPARE(groupBy(d, "plan").keys, (Keys{"basic", "free", "premium"}));
}

void TestQueryGroupBy::naturalOrders()
{
    const Dataset d = referenceDataset();
    // Resolutions low to high: 360 (7), 540 (2), 720 (1 3 9), 1080 (0 4), 2160 (11), null.
    const GroupedKpis res = groupBy(d, "resolution");
    QCOMPARE(res.keys, (Keys{"360", "540", "720", "1080", "2160", ""}));
    QCOMPARE(attemptsOf(res), (std::vector<int64_t>{1, 1, 3, 2, 1, 4}));
    QCOMPARE(groupBy(d, "outcome").keys, (Keys{"started", "start_failure", "exit_before_start"}));
    QCOMPARE(attemptsOf(groupBy(d, "outcome")), (std::vector<int64_t>{9, 2, 1}));
    // u1 is 17, u0 30, u2 has no age.
    QCOMPARE(groupBy(d, "age_band").keys, (Keys{"13-17", "25-34", ""}));
    QCOMPARE(groupBy(d, "churned").keys, (Keys{"false", "true"}));
    QCOMPARE(groupBy(d, "is_original").keys, (Keys{"false", "true", ""}));
}

void TestQueryGroupBy::calendarBuckets()
{
    const Dataset d = referenceDataset();
    const GroupedKpis days = groupBy(d, "day");
    QCOMPARE(days.keys, (Keys{"2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05",
                              "2026-03-06"}));
    // Session 1 (23:59:59.999) stays on 03-01, session 2 (00:00:00.000) starts 03-02.
    QCOMPARE(attemptsOf(days), (std::vector<int64_t>{2, 2, 2, 2, 3, 1}));
    // Hours 10 23 0 12 5 6 20 21 1 2 3 22, listed numerically (not as text: 10 after 6).
    const GroupedKpis hours = groupBy(d, "hour");
    QCOMPARE(hours.keys, (Keys{"0", "1", "2", "3", "5", "6", "10", "12", "20", "21", "22", "23"}));
    QCOMPARE(hours.find("23")->attempts, 1);
    // 03-01 Sunday .. 03-06 Friday: ISO order puts Sunday last.
    const GroupedKpis weekdays = groupBy(d, "weekday");
    QCOMPARE(weekdays.keys, (Keys{"mon", "tue", "wed", "thu", "fri", "sun"}));
    QCOMPARE(attemptsOf(weekdays), (std::vector<int64_t>{2, 2, 2, 3, 1, 2}));
}

void TestQueryGroupBy::utcBoundariesBefore1970()
{
    using querytest::SessionSpec;
    std::vector<SessionSpec> s(4);
    s[0].ts = -1;                 // 1969-12-31T23:59:59.999Z, a Wednesday
    s[1].ts = 0;                  // 1970-01-01T00:00:00.000Z, a Thursday
    s[2].ts = -86'400'000;        // 1969-12-31T00:00:00.000Z
    s[3].ts = 4 * 86'400'000 - 1; // 1970-01-04T23:59:59.999Z, a Sunday
    const Dataset d = querytest::makeDataset({{"u0"}}, {{"c0", "T"}}, s);
    const GroupedKpis days = groupBy(d, "day");
    QCOMPARE(days.keys, (Keys{"1969-12-31", "1970-01-01", "1970-01-04"}));
    QCOMPARE(attemptsOf(days), (std::vector<int64_t>{2, 1, 1}));
    QCOMPARE(groupBy(d, "hour").keys, (Keys{"0", "23"}));
    QCOMPARE(attemptsOf(groupBy(d, "hour")), (std::vector<int64_t>{2, 2}));
    QCOMPARE(groupBy(d, "weekday").keys, (Keys{"wed", "thu", "sun"}));
    QCOMPARE(attemptsOf(groupBy(d, "weekday")), (std::vector<int64_t>{2, 1, 1}));
    // A start time centuries away does not create a group per day in between.
    std::vector<SessionSpec> far(2);
    far[0].ts = 0;
    far[1].ts = int64_t(300) * 365 * 86'400'000; // ~2269
    const Dataset spread = querytest::makeDataset({{"u0"}}, {{"c0", "T"}}, far);
    QCOMPARE(groupBy(spread, "day").keys.size(), size_t(2));
    QCOMPARE(groupBy(spread, "day").keys.front(), std::string("1970-01-01"));
}

void TestQueryGroupBy::groupsEqualFilteredKpis()
{
    const Dataset d = referenceDataset();
    const Selection all = Selection::all(d.sessions.size());
    const int64_t total = computeKpis(d, all).attempts;
    for (const std::string& dim : dimensionNames()) {
        const GroupedKpis g = groupBy(d, dim);
        int64_t sum = 0;
        for (size_t i = 0; i < g.size(); ++i) {
            sum += g.values[i].attempts;
            // A group is the filter dim=key (key "" is null), churn included.
            Filter f;
            std::string error;
            QVERIFY2(f.addCondition(*findDimension(dim), {g.keys[i]}, false, &error),
                     error.c_str());
            const KpiValues expected = computeKpis(d, select(d, f));
            const std::string diff = difference(g.values[i], expected);
            QVERIFY2(diff.empty(), (dim + "=" + g.keys[i] + ": " + diff).c_str());
        }
        QVERIFY2(sum == total, dim.c_str());
    }
}

void TestQueryGroupBy::groupsOfAFilteredSelection()
{
    const Dataset d = referenceDataset();
    std::string error;
    const auto f = Filter::parseWhere({"stream_type=live"}, &error);
    const Selection live = select(d, *f);
    // Live sessions: 3 (mobile), 6 and 11 (smart_tv).
    const GroupedKpis g = groupBy(d, "device_type", {}, &live);
    QCOMPARE(g.keys, (Keys{"smart_tv", "mobile"}));
    QCOMPARE(attemptsOf(g), (std::vector<int64_t>{2, 1}));
    // smart_tv live: 6 (EBVS, u0) and 11 (started, 2500 ms, u2): churn 2/2.
    const KpiValues tv = *g.find("smart_tv");
    QCOMPARE(tv.started, 1);
    QCOMPARE(tv.startup_time_ms_median, std::optional<double>(2500.0));
    QCOMPARE(tv.ebvs_rate, std::optional<double>(0.5));
    QCOMPARE(tv.churn_rate, std::optional<double>(1.0));
    QVERIFY(!g.find("desktop").has_value());
    // Nothing selected: no groups.
    const auto none = Filter::parseWhere({"country=ZZ"}, &error);
    const Selection empty = select(d, *none);
    QCOMPARE(groupBy(d, "cdn", {}, &empty).size(), size_t(0));
}

void TestQueryGroupBy::sparseAndPairPathsAgree()
{
    const Dataset d = referenceDataset();
    QueryOptions sparse;
    sparse.maxDenseGroups = 0;     // medians from sorted per-group values
    sparse.maxUserBitsetBytes = 0; // distinct users from sorted (group, user) pairs
    for (const char* dim : {"device_type", "title", "day", "hour", "isp", "age_band"}) {
        const GroupedKpis dense = groupBy(d, dim);
        const GroupedKpis other = groupBy(d, dim, sparse);
        QCOMPARE(other.keys, dense.keys);
        for (size_t i = 0; i < dense.size(); ++i) {
            const std::string diff = difference(other.values[i], dense.values[i]);
            QVERIFY2(diff.empty(), (std::string(dim) + "=" + dense.keys[i] + ": " + diff).c_str());
        }
    }
}

void TestQueryGroupBy::dimensionRegistry()
{
    const std::vector<std::string> names = dimensionNames();
    const Keys expected = {"device_type",
                           "os",
                           "player_version",
                           "connection_type",
                           "cdn",
                           "isp",
                           "country",
                           "stream_type",
                           "error_code",
                           "resolution",
                           "outcome",
                           "plan",
                           "gender",
                           "user_country",
                           "preferred_genre",
                           "churned",
                           "age_band",
                           "content_type",
                           "genre",
                           "language",
                           "maturity_rating",
                           "is_original",
                           "content_id",
                           "title",
                           "day",
                           "hour",
                           "weekday"};
    QCOMPARE(names, expected);
    const Dataset d = referenceDataset();
    std::string error;
    QVERIFY(!computeKpisBy(d, Selection::all(12), "colour", &error));
    QVERIFY2(error.find("unknown dimension 'colour'") != std::string::npos &&
                 error.find("weekday") != std::string::npos,
             error.c_str());
    QCOMPARE(ageBand(12), -1);
    QCOMPARE(ageBand(13), 0);
    QCOMPARE(ageBand(24), 1);
    QCOMPARE(ageBand(25), 2);
    QCOMPARE(ageBand(54), 4);
    QCOMPARE(ageBand(64), 5);
    QCOMPARE(ageBand(65), 6);
    QCOMPARE(ageBand(110), 6);
}

void TestQueryGroupBy::jsonShapes()
{
    const Dataset d = referenceDataset();
    const GroupedKpis g = groupBy(d, "weekday");
    const QJsonObject json = g.toJson();
    QCOMPARE(json.value("by").toString(), QString("weekday"));
    const QJsonObject groups = json.value("groups").toObject();
    QCOMPARE(groups.size(), 6);
    QCOMPARE(groups.value("thu").toObject().value("attempts").toInt(), 3);
    const QJsonArray ordered = g.toJsonArray();
    QCOMPARE(ordered.size(), 6);
    QCOMPARE(ordered[0].toObject().value("key").toString(), QString("mon"));
    QCOMPARE(ordered[5].toObject().value("key").toString(), QString("sun"));
}

QTEST_APPLESS_MAIN(TestQueryGroupBy)
#include "tst_query_groupby.moc"
