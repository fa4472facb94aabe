// SPDX-License-Identifier: MIT
// Filter parsing, serialisation and evaluation on the twelve sessions of QueryTestData.h.
// Expected row sets are read off the table in that header.

#include "QueryTestData.h"

#include "query/Filter.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"

#include <QJsonDocument>
#include <QtTest>

using namespace streamlens;
using namespace streamlens::query;
using querytest::referenceDataset;

namespace {

std::vector<uint32_t> rowsOf(const Dataset& d, std::vector<std::string> clauses)
{
    std::string error;
    const auto f = Filter::parseWhere(clauses, &error);
    if (!f)
        qFatal("bad filter: %s", error.c_str());
    const Selection s = select(d, *f, &error);
    if (!error.empty())
        qFatal("select failed: %s", error.c_str());
    if (s.count() != s.rowIndices().size())
        qFatal("count() disagrees with the rows");
    return s.rowIndices();
}

std::string errorOf(std::vector<std::string> clauses)
{
    std::string error;
    if (Filter::parseWhere(clauses, &error))
        return "(accepted)";
    return error;
}

using Rows = std::vector<uint32_t>;

} // namespace

class TestQueryFilter : public QObject {
    Q_OBJECT
private slots:
    void calendar();
    void sessionDimensions();
    void negationAndNull();
    void joinedDimensions();
    void derivedDimensions();
    void measureRanges();
    void timeRange();
    void conjunction();
    void parseErrors();
    void canonicalValuesMakeEqualFilters();
    void stringRoundTrip();
    void jsonRoundTrip();
    void selectionBasics();
};

void TestQueryFilter::calendar()
{
    // Day numbers checked with Python's datetime.
    QCOMPARE(parseIsoDate("2026-03-01"), std::optional<int64_t>(20513));
    QCOMPARE(parseIsoDate("1969-12-31"), std::optional<int64_t>(-1));
    QCOMPARE(parseIsoDate("2024-02-29"), std::optional<int64_t>(19782));
    QVERIFY(!parseIsoDate("2026-02-29")); // not a leap year
    QVERIFY(!parseIsoDate("2026-3-01"));
    QVERIFY(!parseIsoDate("2026-13-01"));
    QCOMPARE(formatIsoDate(20513), std::string("2026-03-01"));
    QCOMPARE(formatIsoDate(-1), std::string("1969-12-31"));
    QCOMPARE(parseIsoTimestamp("2026-03-01T23:59:59.999Z"),
             std::optional<int64_t>(querytest::utcMs(20513, 23, 59, 59, 999)));
    QCOMPARE(parseIsoTimestamp("2026-03-02 01:30+02:00"),
             std::optional<int64_t>(querytest::utcMs(20513, 23, 30)));
    QCOMPARE(parseIsoTimestamp("2026-03-02T00:00:00.5Z"),
             std::optional<int64_t>(querytest::utcMs(20514, 0, 0, 0, 500)));
    QVERIFY(!parseIsoTimestamp("2026-03-02T24:00:00Z"));
    QVERIFY(!parseIsoTimestamp("2026-03-02T10:00:00.1234Z"));
    QCOMPARE(formatIsoTimestamp(-1), std::string("1969-12-31T23:59:59.999Z"));
    // 1970-01-01 was a Thursday (ISO weekday index 3).
    QCOMPARE(isoWeekday(0), 3);
    QCOMPARE(isoWeekday(-1), 2);
    QCOMPARE(isoWeekday(20513), 6); // 2026-03-01, Sunday
}

void TestQueryFilter::sessionDimensions()
{
    const Dataset d = referenceDataset();
    QCOMPARE(rowsOf(d, {"device_type=smart_tv"}), (Rows{0, 1, 6, 11}));
    QCOMPARE(rowsOf(d, {"device_type=smart_tv,mobile"}), (Rows{0, 1, 2, 3, 6, 9, 11}));
    QCOMPARE(rowsOf(d, {"device_type = smart_tv , mobile"}), (Rows{0, 1, 2, 3, 6, 9, 11}));
    QCOMPARE(rowsOf(d, {"cdn=cdn_c"}), (Rows{6, 7}));
    QCOMPARE(rowsOf(d, {"country=GB"}), (Rows{2, 3, 10}));
    QCOMPARE(rowsOf(d, {"stream_type=live"}), (Rows{3, 6, 11}));
    QCOMPARE(rowsOf(d, {"os=android"}), (Rows{2, 3, 9}));
    QCOMPARE(rowsOf(d, {"error_code=E1"}), (Rows{5, 10}));
    QCOMPARE(rowsOf(d, {"connection_type=wifi"}).size(), size_t(12));
    QCOMPARE(rowsOf(d, {"player_version=1.0"}).size(), size_t(12));
    // Values that do not occur match nothing, also for closed sets.
    QCOMPARE(rowsOf(d, {"country=ZZ"}), Rows{});
    QCOMPARE(rowsOf(d, {"device_type=toaster"}), Rows{});
}

void TestQueryFilter::negationAndNull()
{
    const Dataset d = referenceDataset();
    // isp: comcast 0 1 4 5, bt 3 10, null for the rest.
    QCOMPARE(rowsOf(d, {"isp="}), (Rows{2, 6, 7, 8, 9, 11}));
    QCOMPARE(rowsOf(d, {"isp=bt,"}), (Rows{2, 3, 6, 7, 8, 9, 10, 11}));
    // != keeps sessions without a value: they are not comcast.
    QCOMPARE(rowsOf(d, {"isp!=comcast"}), (Rows{2, 3, 6, 7, 8, 9, 10, 11}));
    QCOMPARE(rowsOf(d, {"isp!=comcast,"}), (Rows{3, 10}));
    QCOMPARE(rowsOf(d, {"device_type!=smart_tv,mobile"}), (Rows{4, 5, 7, 8, 10}));
    QCOMPARE(rowsOf(d, {"error_code!=ZZ"}).size(), size_t(12));
}

void TestQueryFilter::joinedDimensions()
{
    const Dataset d = referenceDataset();
    // Users: u0 premium US 30 female churned; u1 free GB 17 male; u2 basic US null-age other
    // churned; u3 standard (no sessions). Sessions of u0: 0 1 6 9; u1: 2 3 7 10; u2: 4 5 8 11.
    QCOMPARE(rowsOf(d, {"plan=premium"}), (Rows{0, 1, 6, 9}));
    QCOMPARE(rowsOf(d, {"plan=standard"}), Rows{});
    QCOMPARE(rowsOf(d, {"churned=true"}), (Rows{0, 1, 4, 5, 6, 8, 9, 11}));
    QCOMPARE(rowsOf(d, {"churned=0"}), (Rows{2, 3, 7, 10}));
    QCOMPARE(rowsOf(d, {"age_band=13-17"}), (Rows{2, 3, 7, 10}));
    QCOMPARE(rowsOf(d, {"age_band=25-34,65+"}), (Rows{0, 1, 6, 9}));
    QCOMPARE(rowsOf(d, {"age_band="}), (Rows{4, 5, 8, 11}));
    QCOMPARE(rowsOf(d, {"user_country=GB"}), (Rows{2, 3, 7, 10}));
    QCOMPARE(rowsOf(d, {"gender=other"}), (Rows{4, 5, 8, 11}));
    QCOMPARE(rowsOf(d, {"preferred_genre="}), (Rows{2, 3, 7, 10}));
    // Content: c0 Alpha movie drama en TV-MA original; c1 "Beta, the sequel" episode comedy
    // es null-rating not original; c2 Alpha live sports null-language TV-14 null-original.
    // Sessions of c0: 0 2 5 9 10; c1: 1 4 7 8; c2: 3 6 11.
    QCOMPARE(rowsOf(d, {"content_type=episode"}), (Rows{1, 4, 7, 8}));
    QCOMPARE(rowsOf(d, {"genre=sports,drama"}), (Rows{0, 2, 3, 5, 6, 9, 10, 11}));
    QCOMPARE(rowsOf(d, {"language="}), (Rows{3, 6, 11}));
    QCOMPARE(rowsOf(d, {"maturity_rating=TV-14"}), (Rows{3, 6, 11}));
    QCOMPARE(rowsOf(d, {"is_original=true"}), (Rows{0, 2, 5, 9, 10}));
    QCOMPARE(rowsOf(d, {"is_original="}), (Rows{3, 6, 11}));
    QCOMPARE(rowsOf(d, {"content_id=c1"}), (Rows{1, 4, 7, 8}));
    // Two titles share the name Alpha; a title with a comma is quoted.
    QCOMPARE(rowsOf(d, {"title=Alpha"}), (Rows{0, 2, 3, 5, 6, 9, 10, 11}));
    QCOMPARE(rowsOf(d, {"title=\"Beta, the sequel\""}), (Rows{1, 4, 7, 8}));
    QCOMPARE(rowsOf(d, {"title!=Alpha"}), (Rows{1, 4, 7, 8}));
}

void TestQueryFilter::derivedDimensions()
{
    const Dataset d = referenceDataset();
    QCOMPARE(rowsOf(d, {"outcome=started"}), (Rows{0, 1, 2, 3, 4, 7, 8, 9, 11}));
    QCOMPARE(rowsOf(d, {"outcome=start_failure"}), (Rows{5, 10}));
    QCOMPARE(rowsOf(d, {"outcome=exit_before_start"}), (Rows{6}));
    QCOMPARE(rowsOf(d, {"resolution=720"}), (Rows{1, 3, 9}));
    QCOMPARE(rowsOf(d, {"resolution="}), (Rows{5, 6, 8, 10}));
    QCOMPARE(rowsOf(d, {"resolution=1081"}), Rows{});
    // Session 1 is 23:59:59.999 on 03-01, session 2 exactly midnight of 03-02.
    QCOMPARE(rowsOf(d, {"day=2026-03-01"}), (Rows{0, 1}));
    QCOMPARE(rowsOf(d, {"day=2026-03-02"}), (Rows{2, 3}));
    QCOMPARE(rowsOf(d, {"day=2030-01-01"}), Rows{});
    QCOMPARE(rowsOf(d, {"hour=0"}), (Rows{2}));
    QCOMPARE(rowsOf(d, {"hour=23"}), (Rows{1}));
    QCOMPARE(rowsOf(d, {"hour=01,2"}), (Rows{8, 9}));
    // 03-01 Sunday (0 1), 03-02 Monday (2 3), 03-05 Thursday (8 9 10), 03-06 Friday (11).
    QCOMPARE(rowsOf(d, {"weekday=sun"}), (Rows{0, 1}));
    QCOMPARE(rowsOf(d, {"weekday=MON"}), (Rows{2, 3}));
    QCOMPARE(rowsOf(d, {"weekday=thu,fri"}), (Rows{8, 9, 10, 11}));
}

void TestQueryFilter::measureRanges()
{
    const Dataset d = referenceDataset();
    // Startup: 0:1000 1:2000 2:500 3:3000 4:1500 7:800 8:70000 9:1000 11:2500, else null.
    QCOMPARE(rowsOf(d, {"startup_time_ms>=1000"}), (Rows{0, 1, 3, 4, 8, 9, 11}));
    QCOMPARE(rowsOf(d, {"startup_time_ms>1000"}), (Rows{1, 3, 4, 8, 11}));
    QCOMPARE(rowsOf(d, {"startup_time_ms<1000"}), (Rows{2, 7})); // null never matches
    QCOMPARE(rowsOf(d, {"startup_time_ms<=1000"}), (Rows{0, 2, 7, 9}));
    QCOMPARE(rowsOf(d, {"startup_time_ms=1000"}), (Rows{0, 9}));
    QCOMPARE(rowsOf(d, {"startup_time_ms>=800", "startup_time_ms<2000"}), (Rows{0, 4, 7, 9}));
    // playing_time_s is stored in ms: 120 s is 120000 ms (session 2).
    QCOMPARE(rowsOf(d, {"playing_time_s>120"}), (Rows{0, 1, 3, 9, 11}));
    QCOMPARE(rowsOf(d, {"playing_time_s>=120"}), (Rows{0, 1, 2, 3, 9, 11}));
    QCOMPARE(rowsOf(d, {"playing_time_s<=120"}), (Rows{2, 4, 5, 6, 7, 8, 10}));
    QCOMPARE(rowsOf(d, {"playing_time_s<119.9995"}), (Rows{4, 5, 6, 7, 8, 10}));
    QCOMPARE(rowsOf(d, {"playing_time_s>119.9995"}), (Rows{0, 1, 2, 3, 9, 11}));
    // Bitrate 1500.5 kbps (session 2) compared exactly.
    QCOMPARE(rowsOf(d, {"avg_bitrate_kbps>=1500.5"}), (Rows{0, 1, 2, 3, 4, 9, 11}));
    QCOMPARE(rowsOf(d, {"avg_bitrate_kbps>1500.5"}), (Rows{0, 1, 3, 4, 9, 11}));
    QCOMPARE(rowsOf(d, {"avg_bitrate_kbps<1500.5"}), (Rows{7}));
    QCOMPARE(rowsOf(d, {"rebuffer_count>=2"}), (Rows{1, 7, 11}));
    QCOMPARE(rowsOf(d, {"rebuffer_time_ms>0", "rebuffer_time_ms<=1000"}), (Rows{2, 9}));
    QCOMPARE(rowsOf(d, {"bitrate_switches=0"}).size(), size_t(12));
    QCOMPARE(rowsOf(d, {"startup_time_ms>=-5"}).size(), size_t(9));
    QCOMPARE(rowsOf(d, {"startup_time_ms>=2000", "startup_time_ms<1000"}), Rows{});
}

void TestQueryFilter::timeRange()
{
    const Dataset d = referenceDataset();
    Filter f;
    std::string error;
    // --from 2026-03-02 --to 2026-03-02: the whole day, [03-02 00:00, 03-03 00:00).
    QVERIFY(f.setFromDate("2026-03-02", &error));
    QVERIFY(f.setToDate("2026-03-02", &error));
    QCOMPARE(f.fromMs(), std::optional<int64_t>(querytest::utcMs(querytest::kMar2)));
    QCOMPARE(f.toMs(), std::optional<int64_t>(querytest::utcMs(querytest::kMar3)));
    QCOMPARE(select(d, f).rowIndices(), (Rows{2, 3}));
    QVERIFY(f.setToDate("2026-03-03", &error));
    QCOMPARE(select(d, f).rowIndices(), (Rows{2, 3, 4, 5}));
    Filter to;
    QVERIFY(to.setToDate("2026-03-01", &error));
    QCOMPARE(select(d, to).rowIndices(), (Rows{0, 1})); // 23:59:59.999 is inside
    QVERIFY(!f.setFromDate("2026-02-30", &error));
    QVERIFY2(error.find("2026-02-30") != std::string::npos, error.c_str());
    // start_ts clauses: [from, to) with timestamps to the millisecond.
    QCOMPARE(rowsOf(d, {"start_ts<2026-03-02"}), (Rows{0, 1}));
    QCOMPARE(rowsOf(d, {"start_ts>=2026-03-01T23:59:59.999Z", "start_ts<=2026-03-02"}),
             (Rows{1, 2}));
    QCOMPARE(rowsOf(d, {"start_ts>2026-03-01T23:59:59.999Z", "start_ts<2026-03-02T12:30:00Z"}),
             (Rows{2}));
    QCOMPARE(rowsOf(d, {"start_ts>=2026-03-06", "start_ts<2026-03-06"}), Rows{});
    // A range before 1970 works too (floor division).
    QCOMPARE(rowsOf(d, {"start_ts<1969-12-31"}), Rows{});
}

void TestQueryFilter::conjunction()
{
    const Dataset d = referenceDataset();
    // The dashboard's Q2 shape: vod, smart_tv or mobile, first days.
    std::string error;
    auto f = Filter::parseWhere({"stream_type=vod", "device_type=smart_tv,mobile"}, &error);
    QVERIFY(f);
    QVERIFY(f->setFromDate("2026-03-01", &error));
    QVERIFY(f->setToDate("2026-03-04", &error));
    QCOMPARE(select(d, *f).rowIndices(), (Rows{0, 1, 2}));
    // Two conditions on one dimension intersect.
    QCOMPARE(rowsOf(d, {"cdn=cdn_a,cdn_b", "cdn=cdn_b,cdn_c"}), (Rows{2, 3, 9, 10}));
    QCOMPARE(rowsOf(d, {"plan=premium", "content_type=movie", "startup_time_ms>=1000"}),
             (Rows{0, 9}));
}

void TestQueryFilter::parseErrors()
{
    const auto has = [](const std::string& error, const char* part) {
        return error.find(part) != std::string::npos;
    };
    std::string e = errorOf({"devic_type=mobile"});
    QVERIFY2(has(e, "unknown column 'devic_type'") && has(e, "device_type") && has(e, "start_ts"),
             e.c_str());
    e = errorOf({"device_type>=mobile"});
    QVERIFY2(has(e, "dimension"), e.c_str());
    e = errorOf({"startup_time_ms>=fast"});
    QVERIFY2(has(e, "invalid number 'fast'"), e.c_str());
    QVERIFY2(has(errorOf({"startup_time_ms!=3"}), "measure"),
             errorOf({"startup_time_ms!=3"}).c_str());
    e = errorOf({"hour=24"});
    QVERIFY2(has(e, "0-23"), e.c_str());
    e = errorOf({"weekday=funday"});
    QVERIFY2(has(e, "mon, tue"), e.c_str());
    e = errorOf({"outcome=crashed"});
    QVERIFY2(has(e, "start_failure"), e.c_str());
    e = errorOf({"day=03/01/2026"});
    QVERIFY2(has(e, "YYYY-MM-DD"), e.c_str());
    e = errorOf({"churned=maybe"});
    QVERIFY2(has(e, "true or false"), e.c_str());
    e = errorOf({"start_ts>=yesterday"});
    QVERIFY2(has(e, "invalid timestamp"), e.c_str());
    e = errorOf({"title=\"open"});
    QVERIFY2(has(e, "unterminated quote"), e.c_str());
    e = errorOf({"title=\"a\"b"});
    QVERIFY2(has(e, "after the closing quote"), e.c_str());
    e = errorOf({"device_type"});
    QVERIFY2(has(e, "no operator"), e.c_str());
    e = errorOf({"=mobile"});
    QVERIFY2(has(e, "missing column"), e.c_str());
    // One bad clause rejects the whole filter; the error names it.
    e = errorOf({"cdn=cdn_a", "rebuffer_count<x"});
    QVERIFY2(has(e, "'x'"), e.c_str());
    // Filter::addClause leaves the filter unchanged on error.
    Filter f;
    QVERIFY(f.addClause("cdn=cdn_a", nullptr));
    const Filter before = f;
    QVERIFY(!f.addClause("hour=99", nullptr));
    QCOMPARE(f, before);
}

void TestQueryFilter::canonicalValuesMakeEqualFilters()
{
    std::string error;
    const auto a = Filter::parseWhere({"hour=07,7", "churned=YES", "weekday=Mon"}, &error);
    const auto b = Filter::parseWhere({"hour=7", "churned=true", "weekday=mon"}, &error);
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    const auto c = Filter::parseWhere({"device_type=mobile,smart_tv"}, &error);
    const auto d = Filter::parseWhere({"device_type=smart_tv,mobile,mobile"}, &error);
    QCOMPARE(*c, *d);
    QVERIFY(!(*a == *c));
    QVERIFY(Filter{}.isEmpty());
    QVERIFY(!c->isEmpty());
}

void TestQueryFilter::stringRoundTrip()
{
    std::string error;
    auto f = Filter::parseWhere({"title=\"Beta, the sequel\",\"Say \"\"hi\"\"; bye\"",
                                 "isp!=comcast,", "playing_time_s>119.9995", "playing_time_s<=600",
                                 "startup_time_ms>=800", "start_ts>=2026-03-01T10:00:00Z"},
                                &error);
    QVERIFY2(f, error.c_str());
    QVERIFY(f->setToDate("2026-03-02", &error));
    const std::string text = f->toString();
    // Bounds are shown in the column's unit as half-open ranges: > 119.9995 s becomes
    // >= 120 s (120000 ms), <= 600 s becomes < 600.001 s.
    QCOMPARE(text, std::string("title=\"Beta, the sequel\",\"Say \"\"hi\"\"; bye\"; "
                               "isp!=,comcast; startup_time_ms>=800; playing_time_s>=120; "
                               "playing_time_s<600.001; start_ts>=2026-03-01T10:00:00.000Z; "
                               "start_ts<2026-03-03"));
    const auto back = Filter::parse(text, &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(*back, *f);
    QCOMPARE(f->clauses().size(), size_t(7));
    const auto fromClauses = Filter::parseWhere(f->clauses(), &error);
    QVERIFY(fromClauses);
    QCOMPARE(*fromClauses, *f);
    QVERIFY(Filter::parse("", &error)->isEmpty());
}

void TestQueryFilter::jsonRoundTrip()
{
    std::string error;
    auto f = Filter::parseWhere({"device_type=smart_tv,mobile", "isp=", "plan!=free",
                                 "avg_bitrate_kbps>=1500.5", "playing_time_s<2.501"},
                                &error);
    QVERIFY(f);
    QVERIFY(f->setFromDate("2026-03-01", &error));
    const QJsonObject json = f->toJson();
    const auto back =
        Filter::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), &error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(*back, *f);
    QCOMPARE(json.value("from").toString(), QString("2026-03-01T00:00:00.000Z"));
    QVERIFY(json.value("conditions").toArray()[1].toObject().value("values").toArray()[0].isNull());
    QVERIFY(!Filter::fromJson(
        QJsonObject{{"conditions",
                     QJsonArray{QJsonObject{
                         {"dimension", "colour"}, {"op", "in"}, {"values", QJsonArray{"red"}}}}}},
        &error));
    QVERIFY2(error.find("unknown dimension 'colour'") != std::string::npos, error.c_str());
    QVERIFY(!Filter::fromJson(QJsonObject{{"from", "soon"}}, &error));
    QVERIFY(Filter::fromJson(QJsonObject{}, &error)->isEmpty());
}

void TestQueryFilter::selectionBasics()
{
    const Dataset d = referenceDataset();
    const Selection all = select(d, Filter{});
    QVERIFY(all.isAll());
    QCOMPARE(all.count(), size_t(12));
    QVERIFY(all.contains(11));
    QVERIFY(!all.contains(12));
    std::string error;
    const auto f = Filter::parseWhere({"cdn=cdn_c"}, &error);
    const Selection s = select(d, *f);
    QVERIFY(!s.isAll());
    QVERIFY(s.isFiltered());
    QCOMPARE(s.count(), size_t(2));
    QVERIFY(s.contains(6) && s.contains(7) && !s.contains(5));
    QCOMPARE(s.rowCount(), size_t(12));
    // Copyable and comparable.
    const Selection copy = s;
    QCOMPARE(copy, s);
    QVERIFY(!(copy == all));
    // Full words are walked without bit scanning; mixed words bit by bit.
    const Selection mixed =
        Selection::fromBits(200, {~uint64_t(0), 0x5, ~uint64_t(0), ~uint64_t(0)});
    QCOMPARE(mixed.count(), size_t(64 + 2 + 64 + 8));
    const std::vector<uint32_t> mixedRows = mixed.rowIndices();
    QCOMPARE(mixedRows.size(), mixed.count());
    QCOMPARE(mixedRows[63], uint32_t(63));
    QCOMPARE(mixedRows[64], uint32_t(64));
    QCOMPARE(mixedRows[65], uint32_t(66));
    QCOMPARE(mixedRows[66], uint32_t(128));
    QCOMPARE(mixedRows.back(), uint32_t(199));
    // Tail bits past the last row are cleared.
    const Selection bits = Selection::fromBits(3, {~uint64_t(0)});
    QCOMPARE(bits.count(), size_t(3));
}

QTEST_APPLESS_MAIN(TestQueryFilter)
#include "tst_query_filter.moc"
