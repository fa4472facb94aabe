// SPDX-License-Identifier: MIT
// The pieces of column mapping one by one: date patterns, duration text, value transforms,
// country names, decimal commas, the mapping's JSON and the name matching.
#include "io/mapping/ColumnMapping.h"
#include "io/mapping/DatePattern.h"
#include "io/mapping/DurationText.h"
#include "io/mapping/ValueConverter.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace streamlens::io;
using namespace streamlens::io::mapping;
// io has its own ColumnMapping (a header bound to a contract table).
using Mapping = streamlens::io::mapping::ColumnMapping;

namespace QTest {
template <> inline char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {
// Converts text for a column of a table with a rule; "!reason" when refused.
std::string convert(const ColumnRule& rule, TableKind table, size_t column, std::string_view text,
                    CsvFormat format = {})
{
    std::string error;
    const auto name = columnsOf(table)[column].name;
    auto c = ValueConverter::prepare(rule, valueKindOf(table, column), name, format, &error);
    if (!c)
        return "prepare failed: " + error;
    std::string out, reason;
    if (!c->convert(text, out, reason))
        return "!" + reason;
    return out;
}

ColumnRule fromHeader(const char* name)
{
    ColumnRule r;
    r.source = ColumnRule::Source::Header;
    r.header = name;
    return r;
}
} // namespace

class TestMappingTransforms : public QObject {
    Q_OBJECT
private slots:
    void datePatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso"); // timestamp, or "!" + part of the reason
        QTest::newRow("dd-MM-yy 20xx") << "dd-MM-yy"
                                       << "15-01-22"
                                       << "2022-01-15T00:00:00.000Z";
        QTest::newRow("yy 69 is 1969") << "dd-MM-yy"
                                       << "01-06-69"
                                       << "1969-06-01T00:00:00.000Z";
        QTest::newRow("yy 68 is 2068") << "dd-MM-yy"
                                       << "01-06-68"
                                       << "2068-06-01T00:00:00.000Z";
        QTest::newRow("US with AM/PM") << "M/d/yyyy h:mm AP"
                                       << "3/7/2026 12:05 AM"
                                       << "2026-03-07T00:05:00.000Z";
        QTest::newRow("PM") << "M/d/yyyy h:mm ap"
                            << "3/7/2026 1:05 pm"
                            << "2026-03-07T13:05:00.000Z";
        QTest::newRow("German with ms and zone") << "dd.MM.yyyy HH:mm:ss.zzz t"
                                                 << "01.03.2026 18:22:05.123 +02:00"
                                                 << "2026-03-01T18:22:05.123+02:00";
        QTest::newRow("zone Z") << "yyyy-MM-dd HH:mm t"
                                << "2026-03-01 18:22 Z"
                                << "2026-03-01T18:22:00.000Z";
        QTest::newRow("month name") << "d MMM yyyy"
                                    << "5 mar 2026"
                                    << "2026-03-05T00:00:00.000Z";
        QTest::newRow("long month, literal") << "MMMM d', 'yyyy"
                                             << "September 25, 2021"
                                             << "2021-09-25T00:00:00.000Z";
        QTest::newRow("no such day") << "dd-MM-yy"
                                     << "29-02-23"
                                     << "!not a date that exists";
        QTest::newRow("no such hour") << "yyyy-MM-dd HH:mm"
                                      << "2026-01-01 24:00"
                                      << "!no such time of day";
        QTest::newRow("wrong separator") << "dd-MM-yy"
                                         << "15/01/22"
                                         << "!expected \"-\"";
        QTest::newRow("trailing text") << "dd-MM-yy"
                                       << "15-01-22x"
                                       << "!unexpected \"x\"";
        QTest::newRow("short year") << "yyyy-MM-dd"
                                    << "22-01-15"
                                    << "!four-digit year";
    }
    void datePatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QString, iso);
        std::string error;
        const auto p = DatePattern::compile(pattern.toStdString(), &error);
        QVERIFY2(p, error.c_str());
        DatePattern::Fields f;
        std::string reason;
        if (iso.startsWith('!')) {
            QVERIFY(!p->parse(text.toStdString(), f, &reason));
            QVERIFY2(reason.find(iso.mid(1).toStdString()) != std::string::npos, reason.c_str());
        } else {
            QVERIFY2(p->parse(text.toStdString(), f, &reason), reason.c_str());
            QCOMPARE(DatePattern::isoTimestamp(f), iso.toStdString());
        }
    }

    void badPatternsAreRefused()
    {
        std::string error;
        QVERIFY(!DatePattern::compile("HH:mm", &error));
        QVERIFY(error.find("needs a year") != std::string::npos);
        QVERIFY(!DatePattern::compile("dd-MM-yyy", &error));
        QVERIFY(!DatePattern::compile("dd-MM-yyyy 'x", &error));
        QVERIFY(error.find("unterminated quote") != std::string::npos);
        QVERIFY(!DatePattern::compile("dd-MM-yyyy hh:mm", &error));
        QVERIFY(error.find("AP") != std::string::npos);
    }

    void durationText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("perSeason");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::newRow("90 min") << "90 min" << qint64(0) << qint64(5'400'000);
        QTest::newRow("1 h 30 min") << "1 h 30 min" << qint64(0) << qint64(5'400'000);
        QTest::newRow("1h30m") << "1h30m" << qint64(0) << qint64(5'400'000);
        QTest::newRow("2 hours") << "2 Hours" << qint64(0) << qint64(7'200'000);
        QTest::newRow("45 s") << "45 s" << qint64(0) << qint64(45'000);
        QTest::newRow("clock") << "1:30:05" << qint64(0) << qint64(5'405'000);
        QTest::newRow("minutes:seconds") << "95:10" << qint64(0) << qint64(5'710'000);
        QTest::newRow("bare minutes") << "90" << qint64(0) << qint64(5'400'000);
        QTest::newRow("seasons refused") << "2 Seasons" << qint64(0) << qint64(-1);
        QTest::newRow("seasons with a length")
            << "2 Seasons" << qint64(36'000) << qint64(72'000'000);
        QTest::newRow("one season") << "1 Season" << qint64(36'000) << qint64(36'000'000);
        QTest::newRow("unknown unit") << "3 fortnights" << qint64(0) << qint64(-1);
        QTest::newRow("words") << "long" << qint64(0) << qint64(-1);
        QTest::newRow("bad clock") << "1:75" << qint64(0) << qint64(-1);
    }
    void durationText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, perSeason);
        QFETCH(qint64, ms);
        int64_t out = 0;
        std::string reason;
        const bool ok = parseDurationText(text.toStdString(), perSeason, out, &reason);
        QCOMPARE(ok, ms >= 0);
        if (ok)
            QCOMPARE(qint64(out), ms);
        else
            QVERIFY(!reason.empty());
    }

    void seasonsAreRefusedWithAReason()
    {
        int64_t out = 0;
        std::string reason;
        QVERIFY(!parseDurationText("2 Seasons", 0, out, &reason));
        QCOMPARE(reason, std::string("\"2 Seasons\" counts seasons, not a running time (give the "
                                     "mapping a length per season to import it)"));
    }

    void valueTransforms()
    {
        ColumnRule device = fromHeader("Device");
        device.valueMap = {{"Smartphone", "mobile"}, {"Smart TV", "smart_tv"}};
        QCOMPARE(convert(device, TableKind::Sessions, DeviceTypeCol, " smart tv "), "smart_tv");
        QCOMPARE(convert(device, TableKind::Sessions, DeviceTypeCol, "SMARTPHONE"), "mobile");
        QCOMPARE(convert(device, TableKind::Sessions, DeviceTypeCol, "Laptop"), "Laptop"); // kept
        device.unmapped = ColumnRule::Unmapped::Reject;
        QCOMPARE(convert(device, TableKind::Sessions, DeviceTypeCol, "Laptop"),
                 "!\"Laptop\" is not in the mapping's value list");
        device.unmapped = ColumnRule::Unmapped::Null;
        QCOMPARE(convert(device, TableKind::Sessions, DeviceTypeCol, "Laptop"), "");

        ColumnRule plan = fromHeader("Subscription_Type");
        plan.caseFold = ColumnRule::Case::Lower;
        QCOMPARE(convert(plan, TableKind::Users, PlanCol, "Premium"), "premium");
        ColumnRule genre = fromHeader("listed_in");
        genre.split = ",";
        QCOMPARE(convert(genre, TableKind::Content, GenreCol, "Dramas, International Movies"),
                 "Dramas");
        QCOMPARE(convert(genre, TableKind::Content, GenreCol, " , Comedies"), "Comedies");
        genre.caseFold = ColumnRule::Case::Upper;
        QCOMPARE(convert(genre, TableKind::Content, GenreCol, "drämas"), "DRÄMAS");

        ColumnRule id = fromHeader("UserID");
        id.idTemplate = "nf-user-{}";
        QCOMPARE(convert(id, TableKind::Users, UserIdCol, "17"), "nf-user-17");
        QCOMPARE(convert(id, TableKind::Users, UserIdCol, ""), ""); // null stays null

        ColumnRule age = fromHeader("Age");
        age.nullValues = {"NA", "-"};
        QCOMPARE(convert(age, TableKind::Users, AgeCol, "NA"), "");
        QCOMPARE(convert(age, TableKind::Users, AgeCol, "42"), "42");
        age.trim = false;
        QCOMPARE(convert(age, TableKind::Users, AgeCol, " 42"), " 42"); // the importer refuses

        ColumnRule churned;
        churned.source = ColumnRule::Source::Constant;
        churned.constant = "false";
        QCOMPARE(convert(churned, TableKind::Users, ChurnedCol, ""), "false");
    }

    void countryNames()
    {
        ColumnRule country = fromHeader("Country");
        country.countryName = true;
        auto c = [&](const char* text) {
            return convert(country, TableKind::Users, UserCountryCol, text);
        };
        QCOMPARE(c("United States"), "US");
        QCOMPARE(c("united   kingdom"), "GB");
        QCOMPARE(c("UK"), "GB");
        QCOMPARE(c("de"), "DE");
        QCOMPARE(c("DEU"), "DE");
        QCOMPARE(c("South Korea"), "KR");
        QCOMPARE(c("Côte d'Ivoire"), "CI");
        QCOMPARE(c("Türkiye"), "TR");
        QCOMPARE(c("Soviet Union"), "!unknown country name \"Soviet Union\" (no ISO 3166-1 code)");
    }

    void decimalComma()
    {
        CsvFormat format;
        format.decimalSeparator = ',';
        const ColumnRule fee = fromHeader("Preis");
        QCOMPARE(convert(fee, TableKind::Users, MonthlyFeeCol, "12,5", format), "12.5");
        QCOMPARE(convert(fee, TableKind::Users, MonthlyFeeCol, "1.234,5", format),
                 "!\"1.234,5\" holds '.' but the decimal separator is ','");
        QCOMPARE(convert(fee, TableKind::Users, MonthlyFeeCol, "12.5"), "12.5");
    }

    void datesByFormat()
    {
        CsvFormat format;
        format.dateFormat = "dd-MM-yy";
        const ColumnRule join = fromHeader("Join_Date");
        QCOMPARE(convert(join, TableKind::Users, SignupDateCol, "15-01-22", format), "2022-01-15");
        QCOMPARE(convert(join, TableKind::Sessions, StartTsCol, "15-01-22", format),
                 "2022-01-15T00:00:00.000Z");
        format.dateFormat = "unix_s";
        QCOMPARE(convert(join, TableKind::Sessions, StartTsCol, "1772389325", format),
                 "2026-03-01T18:22:05.000Z");
        format.dateFormat = "unix_ms";
        QCOMPARE(convert(join, TableKind::Sessions, StartTsCol, "-1", format),
                 "1969-12-31T23:59:59.999Z");
        QCOMPARE(convert(join, TableKind::Sessions, StartTsCol, "soon", format).substr(0, 8),
                 "!\"soon\" ");
        ColumnRule own = join; // a column's own pattern wins over the file's
        own.dateFormat = "yyyy/MM/dd";
        QCOMPARE(convert(own, TableKind::Users, SignupDateCol, "2022/01/15", format), "2022-01-15");
        format.dateFormat = "iso"; // left to the importer
        QCOMPARE(convert(join, TableKind::Users, SignupDateCol, "2022-01-15", format),
                 "2022-01-15");
    }

    void rulesThatCannotWorkAreRefused()
    {
        ColumnRule r = fromHeader("x");
        r.durationText = true;
        std::string error;
        QVERIFY(!ValueConverter::prepare(r, ValueKind::Text, "title", {}, &error));
        QCOMPARE(error, std::string("column title: a duration transform needs a whole-number "
                                    "column such as duration_s"));
        r = fromHeader("x");
        r.dateFormat = "HH";
        QVERIFY(!ValueConverter::prepare(r, ValueKind::Date, "signup_date", {}, &error));
        QVERIFY(error.find("needs a year") != std::string::npos);
    }

    void mappingJsonRoundTrip()
    {
        Mapping m(TableKind::Content);
        m.description = "test";
        m.format.delimiter = ';';
        m.format.encoding = "ISO-8859-1";
        m.format.decimalSeparator = ',';
        m.keepUnmapped = false;
        m.rule("content_id") = fromHeader("show_id");
        m.rule("content_id").idTemplate = "nf-{}";
        m.rule("title").source = ColumnRule::Source::Position;
        m.rule("title").position = 2;
        auto& type = m.rule("content_type");
        type = fromHeader("type");
        type.valueMap = {{"Movie", "movie"}, {"TV Show", "episode"}};
        type.unmapped = ColumnRule::Unmapped::Reject;
        m.rule("genre") = fromHeader("listed_in");
        m.rule("genre").split = ",";
        m.rule("genre").caseFold = ColumnRule::Case::Lower;
        m.rule("duration_s") = fromHeader("duration");
        m.rule("duration_s").durationText = true;
        m.rule("duration_s").secondsPerSeason = 36000;
        m.rule("avg_rating").source = ColumnRule::Source::Constant;
        m.rule("avg_rating").constant = "3,5";
        m.rule("avg_rating").nullValues = {"NA"};
        m.rule("avg_rating").trim = false;
        Mapping back;
        std::string error;
        QVERIFY2(Mapping::fromJson(m.toJson(), back, &error), error.c_str());
        QCOMPARE(back.table, m.table);
        QVERIFY(back.format == m.format);
        QCOMPARE(back.keepUnmapped, false);
        QCOMPARE(back.description, m.description);
        QCOMPARE(back.rules.size(), m.rules.size());
        for (size_t c = 0; c < m.rules.size(); ++c) {
            // The JSON object keeps map keys sorted; compare them as sets.
            auto a = m.rules[c], b = back.rules[c];
            std::sort(a.valueMap.begin(), a.valueMap.end());
            std::sort(b.valueMap.begin(), b.valueMap.end());
            QVERIFY2(a == b, columnsOf(TableKind::Content)[c].name.data());
        }
    }

    void badMappingJsonIsExplained_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a mapping")
            << QByteArray(R"({"table": "users"})") << "not a StreamLens column mapping";
        QTest::newRow("newer") << QByteArray(R"({"streamlens_mapping": 9, "table": "users"})")
                               << "newer StreamLens";
        QTest::newRow("table") << QByteArray(R"({"streamlens_mapping": 1, "table": "viewers"})")
                               << "\"table\" must be";
        QTest::newRow("column") << QByteArray(R"({"streamlens_mapping": 1, "table": "users",
                                                   "columns": {"age_years": {"source": "Age"}}})")
                                << "\"age_years\" is not a column of users";
        QTest::newRow("unknown key") << QByteArray(R"({"streamlens_mapping": 1, "table": "users",
                             "columns": {"age": {"source": "Age", "sorce": 1}}})")
                                     << "column age: unknown key \"sorce\"";
        QTest::newRow("template") << QByteArray(R"({"streamlens_mapping": 1, "table": "users",
                             "columns": {"user_id": {"source": "id", "template": "u-"}}})")
                                  << "must contain {}";
        QTest::newRow("position") << QByteArray(R"({"streamlens_mapping": 1, "table": "users",
                             "columns": {"user_id": {"source": 0}}})")
                                  << "1-based";
        QTest::newRow("format") << QByteArray(R"({"streamlens_mapping": 1, "table": "users",
                                                   "format": {"delimiter": ";;"}})")
                                << "format: delimiter must be one ASCII character";
    }
    void badMappingJsonIsExplained()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        Mapping m;
        std::string why;
        QVERIFY(!Mapping::fromJson(QJsonDocument::fromJson(json).object(), m, &why));
        QVERIFY2(why.find(error.toStdString()) != std::string::npos, why.c_str());
    }

    void autoMatchByNameAndSynonym()
    {
        const std::vector<std::string> titles = {
            "show_id",    "type",         "title",  "director", "cast",      "country",
            "date_added", "release_year", "rating", "duration", "listed_in", "description"};
        const Mapping m = Mapping::autoMatch(TableKind::Content, titles);
        auto src = [&](size_t c) { return m.rules[c].isSet() ? m.rules[c].header : "-"; };
        QCOMPARE(src(ContentIdCol), "show_id");
        QCOMPARE(src(TitleCol), "title");
        QCOMPARE(src(ContentTypeCol), "type");
        QCOMPARE(src(GenreCol), "listed_in");
        QCOMPARE(src(ReleaseYearCol), "release_year");
        QCOMPARE(src(DurationCol), "duration");
        QCOMPARE(src(MaturityRatingCol), "rating");
        QCOMPARE(src(LanguageCol), "-");
        QVERIFY(m.unmappedRequired().empty());

        const std::vector<std::string> users = {"UserID",    "Subscription_Type", "Monthly_Revenue",
                                                "Join_Date", "Country",           "Age",
                                                "Gender"};
        const Mapping u = Mapping::autoMatch(TableKind::Users, users);
        QCOMPARE(u.rules[UserIdCol].header, "UserID");
        QCOMPARE(u.rules[SignupDateCol].header, "Join_Date");
        QCOMPARE(u.rules[PlanCol].header, "Subscription_Type");
        QCOMPARE(u.rules[MonthlyFeeCol].header, "Monthly_Revenue");
        QCOMPARE(u.unmappedRequired(), std::vector<std::string>{"churned"});
    }
};

QTEST_GUILESS_MAIN(TestMappingTransforms)
#include "tst_io_mapping_transforms.moc"
