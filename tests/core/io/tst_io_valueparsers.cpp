// SPDX-License-Identifier: MIT
// The exact field parsers: integers, decimals ×1000, doubles, booleans, dates, timestamps.
// Expected epoch values come from GNU date, e.g. `date -u -d 2026-03-01T18:22:05Z +%s`
// = 1772389325; day numbers are those seconds / 86400.
#include "io/TimestampParser.h"
#include "io/ValueParsers.h"

#include <QTest>

#include <cstdint>
#include <string>

using namespace streamlens::io;

Q_DECLARE_METATYPE(ParseError)

namespace {
std::string text(const QString& s)
{
    return s.toStdString();
}
} // namespace

class TestIoValueParsers : public QObject {
    Q_OBJECT
private slots:
    void integers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << "0" << ParseError::None << qint64(0);
        QTest::newRow("positive") << "42" << ParseError::None << qint64(42);
        QTest::newRow("negative") << "-7" << ParseError::None << qint64(-7);
        QTest::newRow("plus sign") << "+5" << ParseError::None << qint64(5);
        QTest::newRow("zero fraction") << "12.0" << ParseError::None << qint64(12);
        QTest::newRow("zeros fraction") << "12.000" << ParseError::None << qint64(12);
        QTest::newRow("bare point") << "12." << ParseError::None << qint64(12);
        QTest::newRow("int64 max")
            << "9223372036854775807" << ParseError::None << qint64(9223372036854775807LL);
        QTest::newRow("fraction") << "12.5" << ParseError::HasFraction << qint64(0);
        QTest::newRow("empty") << "" << ParseError::Empty << qint64(0);
        QTest::newRow("letters") << "abc" << ParseError::NotInteger << qint64(0);
        QTest::newRow("exponent") << "1e3" << ParseError::NotInteger << qint64(0);
        QTest::newRow("leading space") << " 1" << ParseError::NotInteger << qint64(0);
        QTest::newRow("trailing space") << "1 " << ParseError::NotInteger << qint64(0);
        QTest::newRow("sign only") << "+" << ParseError::NotInteger << qint64(0);
        QTest::newRow("minus only") << "-" << ParseError::NotInteger << qint64(0);
        QTest::newRow("double sign") << "+-1" << ParseError::NotInteger << qint64(0);
        QTest::newRow("overflow") << "9223372036854775808" << ParseError::OutOfRange << qint64(0);
    }
    void integers()
    {
        QFETCH(QString, input);
        QFETCH(ParseError, error);
        QFETCH(qint64, value);
        int64_t out = -99;
        QCOMPARE(parseInt64(text(input), out), error);
        if (error == ParseError::None)
            QCOMPARE(qint64(out), value);
        else
            QCOMPARE(out, int64_t(-99)); // untouched on failure
    }

    void int32Range()
    {
        int32_t v = 0;
        QCOMPARE(parseInt32("2147483647", v), ParseError::None);
        QCOMPARE(v, 2147483647);
        QCOMPARE(parseInt32("-2147483647", v), ParseError::None);
        QCOMPARE(v, -2147483647);
        QCOMPARE(parseInt32("2147483648", v), ParseError::OutOfRange);
        // INT32_MIN is the null sentinel (Nulls.h), so it is not a value.
        QCOMPARE(parseInt32("-2147483648", v), ParseError::OutOfRange);
    }

    void decimals_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<int>("milli");
        QTest::newRow("integer") << "12" << ParseError::None << 12000;
        QTest::newRow("one decimal") << "12.5" << ParseError::None << 12500;
        QTest::newRow("three decimals") << "9.999" << ParseError::None << 9999;
        QTest::newRow("leading zeros") << "00012.5000" << ParseError::None << 12500;
        QTest::newRow("no integer part") << ".25" << ParseError::None << 250;
        QTest::newRow("no fraction digits") << "3." << ParseError::None << 3000;
        QTest::newRow("plus") << "+1.5" << ParseError::None << 1500;
        // Rounding at the 4th decimal, half away from zero.
        QTest::newRow("half up") << "1.2345" << ParseError::None << 1235;
        QTest::newRow("below half") << "1.2344999" << ParseError::None << 1234;
        QTest::newRow("negative half") << "-1.2345" << ParseError::None << -1235;
        QTest::newRow("tiny half") << "0.0005" << ParseError::None << 1;
        QTest::newRow("tiny negative half") << "-0.0005" << ParseError::None << -1;
        QTest::newRow("tiny below half") << "0.00049" << ParseError::None << 0;
        QTest::newRow("many digits") << "0.1234567890123456789" << ParseError::None << 123;
        QTest::newRow("exponent") << "1.5e2" << ParseError::None << 150000;
        QTest::newRow("negative exponent") << "1E-3" << ParseError::None << 1;
        // 9e-4 = 0.0009 -> 0.9 thousandths -> rounds to 1.
        QTest::newRow("exponent rounding") << "9e-4" << ParseError::None << 1;
        QTest::newRow("far below") << "1e-400" << ParseError::None << 0;
        QTest::newRow("int32 max") << "2147483.647" << ParseError::None << 2147483647;
        QTest::newRow("int32 max by rounding down")
            << "2147483.6474" << ParseError::None << 2147483647;
        QTest::newRow("negative limit") << "-2147483.647" << ParseError::None << -2147483647;
        QTest::newRow("over max") << "2147483.648" << ParseError::OutOfRange << 0;
        QTest::newRow("over max by rounding") << "2147483.6475" << ParseError::OutOfRange << 0;
        QTest::newRow("huge") << "1e400" << ParseError::OutOfRange << 0;
        QTest::newRow("many integer digits") << "1234567890123" << ParseError::OutOfRange << 0;
        QTest::newRow("empty") << "" << ParseError::Empty << 0;
        QTest::newRow("letters") << "abc" << ParseError::NotDecimal << 0;
        QTest::newRow("two points") << "1.2.3" << ParseError::NotDecimal << 0;
        QTest::newRow("point only") << "." << ParseError::NotDecimal << 0;
        QTest::newRow("dangling exponent") << "1e" << ParseError::NotDecimal << 0;
        QTest::newRow("decimal comma") << "1,5" << ParseError::NotDecimal << 0;
        QTest::newRow("trailing space") << "1.5 " << ParseError::NotDecimal << 0;
    }
    void decimals()
    {
        QFETCH(QString, input);
        QFETCH(ParseError, error);
        QFETCH(int, milli);
        int32_t out = -99;
        QCOMPARE(parseDecimalMilli(text(input), out), error);
        if (error == ParseError::None)
            QCOMPARE(out, milli);
    }

    void doubles_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << "3.25" << ParseError::None << 3.25;
        QTest::newRow("exponent") << "-1.5e-3" << ParseError::None << -0.0015;
        QTest::newRow("plus") << "+2.5" << ParseError::None << 2.5;
        QTest::newRow("integer") << "7" << ParseError::None << 7.0;
        QTest::newRow("max") << "1.7976931348623157e308" << ParseError::None
                             << 1.7976931348623157e308;
        QTest::newRow("overflow to inf") << "1e400" << ParseError::NotNumber << 0.0;
        QTest::newRow("nan") << "nan" << ParseError::NotNumber << 0.0;
        QTest::newRow("inf") << "inf" << ParseError::NotNumber << 0.0;
        QTest::newRow("garbage") << "1.5x" << ParseError::NotNumber << 0.0;
        QTest::newRow("plus only") << "+" << ParseError::NotNumber << 0.0;
        QTest::newRow("empty") << "" << ParseError::Empty << 0.0;
    }
    void doubles()
    {
        QFETCH(QString, input);
        QFETCH(ParseError, error);
        QFETCH(double, value);
        double out = 0;
        QCOMPARE(parseDouble(text(input), out), error);
        if (error == ParseError::None)
            QCOMPARE(out, value);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<bool>("value");
        for (const char* t : {"true", "TRUE", "True", "tRuE", "1", "yes", "YES", "Yes", "t", "T"})
            QTest::newRow(t) << t << ParseError::None << true;
        for (const char* f : {"false", "FALSE", "False", "0", "no", "NO", "No", "f", "F"})
            QTest::newRow(f) << f << ParseError::None << false;
        for (const char* bad : {"y", "n", "2", "on", "off", "truee", "nope", " true", "-1"})
            QTest::newRow(bad) << bad << ParseError::NotBoolean << false;
        QTest::newRow("empty") << "" << ParseError::Empty << false;
    }
    void booleans()
    {
        QFETCH(QString, input);
        QFETCH(ParseError, error);
        QFETCH(bool, value);
        bool out = !value;
        QCOMPARE(parseBool(text(input), out), error);
        if (error == ParseError::None)
            QCOMPARE(out, value);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<int>("days");
        QTest::newRow("epoch") << "1970-01-01" << ParseError::None << 0;
        QTest::newRow("day before epoch") << "1969-12-31" << ParseError::None << -1;
        QTest::newRow("contract example") << "2026-03-01" << ParseError::None << 20513;
        QTest::newRow("leap day") << "2024-02-29" << ParseError::None << 19782;
        QTest::newRow("leap day 2000") << "2000-02-29" << ParseError::None << 11016;
        QTest::newRow("1900-03-01") << "1900-03-01" << ParseError::None << -25508;
        QTest::newRow("first year") << "0001-01-01" << ParseError::None << -719162;
        QTest::newRow("last year") << "9999-12-31" << ParseError::None << 2932896;
        QTest::newRow("no leap 2023") << "2023-02-29" << ParseError::NoSuchDate << 0;
        QTest::newRow("no leap 1900") << "1900-02-29" << ParseError::NoSuchDate << 0;
        QTest::newRow("april 31") << "2026-04-31" << ParseError::NoSuchDate << 0;
        QTest::newRow("month 13") << "2026-13-01" << ParseError::NoSuchDate << 0;
        QTest::newRow("month 0") << "2026-00-10" << ParseError::NoSuchDate << 0;
        QTest::newRow("day 0") << "2026-01-00" << ParseError::NoSuchDate << 0;
        QTest::newRow("year 0") << "0000-01-01" << ParseError::NoSuchDate << 0;
        QTest::newRow("short year") << "26-03-01" << ParseError::NotDate << 0;
        QTest::newRow("slashes") << "2026/03/01" << ParseError::NotDate << 0;
        QTest::newRow("no padding") << "2026-3-1" << ParseError::NotDate << 0;
        QTest::newRow("trailing space") << "2026-03-01 " << ParseError::NotDate << 0;
        QTest::newRow("day first") << "01-03-2026" << ParseError::NotDate << 0;
        QTest::newRow("empty") << "" << ParseError::Empty << 0;
    }
    void dates()
    {
        QFETCH(QString, input);
        QFETCH(ParseError, error);
        QFETCH(int, days);
        int32_t out = 12345;
        QCOMPARE(parseDate(text(input), out), error);
        if (error == ParseError::None)
            QCOMPARE(out, days);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<ParseError>("error");
        QTest::addColumn<qint64>("ms");
        // 2026-03-01T18:22:05Z = 1772389325 s (GNU date).
        const qint64 base = 1772389325000LL;
        QTest::newRow("contract form")
            << "2026-03-01T18:22:05.123Z" << ParseError::None << base + 123;
        QTest::newRow("no fraction") << "2026-03-01T18:22:05Z" << ParseError::None << base;
        QTest::newRow("no zone is UTC") << "2026-03-01T18:22:05" << ParseError::None << base;
        QTest::newRow("space separator")
            << "2026-03-01 18:22:05.123Z" << ParseError::None << base + 123;
        QTest::newRow("lower case") << "2026-03-01t18:22:05.123z" << ParseError::None << base + 123;
        QTest::newRow("offset +02:00")
            << "2026-03-01T20:22:05.123+02:00" << ParseError::None << base + 123;
        QTest::newRow("offset +0200")
            << "2026-03-01T20:22:05.123+0200" << ParseError::None << base + 123;
        QTest::newRow("offset +02") << "2026-03-01T20:22:05+02" << ParseError::None << base;
        // 12:52:05 at -05:30 is 18:22:05 UTC.
        QTest::newRow("offset -0530")
            << "2026-03-01T12:52:05.123-0530" << ParseError::None << base + 123;
        QTest::newRow("offset +05:30")
            << "2026-03-01T23:52:05.123+05:30" << ParseError::None << base + 123;
        // 05:52:05 on the 2nd at +11:30 is 18:22:05 on the 1st.
        QTest::newRow("offset crosses the day")
            << "2026-03-02T05:52:05+11:30" << ParseError::None << base;
        QTest::newRow("offset zero") << "2026-03-01T18:22:05-00:00" << ParseError::None << base;
        QTest::newRow("no seconds") << "2026-03-01T18:22Z" << ParseError::None << base - 5000;
        QTest::newRow("one fraction digit")
            << "2026-03-01T18:22:05.1Z" << ParseError::None << base + 100;
        QTest::newRow("two fraction digits")
            << "2026-03-01T18:22:05.12Z" << ParseError::None << base + 120;
        QTest::newRow("nanoseconds truncated")
            << "2026-03-01T18:22:05.123999999Z" << ParseError::None << base + 123;
        QTest::newRow("comma fraction")
            << "2026-03-01T18:22:05,5Z" << ParseError::None << base + 500;
        QTest::newRow("before epoch")
            << "1969-12-31T23:59:59.999Z" << ParseError::None << qint64(-1);
        QTest::newRow("feb 30") << "2026-02-30T00:00:00Z" << ParseError::NoSuchDate << qint64(0);
        QTest::newRow("hour 24") << "2026-03-01T24:00:00Z" << ParseError::BadTimeOfDay << qint64(0);
        QTest::newRow("minute 60")
            << "2026-03-01T18:60:00Z" << ParseError::BadTimeOfDay << qint64(0);
        QTest::newRow("second 60")
            << "2026-03-01T18:22:60Z" << ParseError::BadTimeOfDay << qint64(0);
        QTest::newRow("offset hour 24")
            << "2026-03-01T18:22:05+24:00" << ParseError::BadUtcOffset << qint64(0);
        QTest::newRow("offset minute 60")
            << "2026-03-01T18:22:05+02:60" << ParseError::BadUtcOffset << qint64(0);
        QTest::newRow("date only") << "2026-03-01" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("bad separator")
            << "2026-03-01X18:22:05Z" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("empty fraction")
            << "2026-03-01T18:22:05.Z" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("ten fraction digits")
            << "2026-03-01T18:22:05.1234567890Z" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("trailing space")
            << "2026-03-01T18:22:05Z " << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("one digit offset")
            << "2026-03-01T18:22:05+2" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("epoch seconds") << "1772389325" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("bad date part")
            << "2026-3-01T18:22:05Z" << ParseError::NotTimestamp << qint64(0);
        QTest::newRow("empty") << "" << ParseError::Empty << qint64(0);
    }
    void timestamps()
    {
        QFETCH(QString, input);
        QFETCH(ParseError, error);
        QFETCH(qint64, ms);
        int64_t out = 0;
        QCOMPARE(parseTimestamp(text(input), out), error);
        if (error == ParseError::None)
            QCOMPARE(qint64(out), ms);
    }

    void everyErrorHasAPhrase()
    {
        for (int e = int(ParseError::None); e <= int(ParseError::OutOfRange); ++e)
            QVERIFY(!describe(ParseError(e)).empty());
        QCOMPARE(describe(ParseError::NotInteger), std::string_view("not an integer"));
    }
};

QTEST_APPLESS_MAIN(TestIoValueParsers)
#include "tst_io_valueparsers.moc"
