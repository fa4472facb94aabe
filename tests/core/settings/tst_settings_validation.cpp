// SPDX-License-Identifier: MIT
// Each kind of invalid setting is refused with a sentence that names what is wrong.
#include "settings/AppSettings.h"
#include "settings/CsvFormatRules.h"

#include <QStandardPaths>
#include <QTest>

using namespace streamlens;
using namespace streamlens::settings;

namespace {
ConnectionProfile validProfile(const QString& name)
{
    ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("127.0.0.1");
    p.port = 5432;
    p.database = QStringLiteral("qoe");
    p.user = QStringLiteral("analyst");
    return p;
}

QString joined(const QStringList& list)
{
    return list.join(QLatin1Char('\n'));
}
} // namespace

class TestSettingsValidation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validProfileHasNoProblems() { QVERIFY(validProfile("a").problems().isEmpty()); }

    void portRange_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("valid");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("1") << 1 << true;
        QTest::newRow("65535") << 65535 << true;
        QTest::newRow("65536") << 65536 << false;
        QTest::newRow("-5") << -5 << false;
    }
    void portRange()
    {
        QFETCH(int, port);
        QFETCH(bool, valid);
        ConnectionProfile p = validProfile("pg");
        p.port = port;
        const QStringList problems = p.problems();
        QCOMPARE(problems.isEmpty(), valid);
        if (!valid)
            QVERIFY2(joined(problems).contains("between 1 and 65535"),
                     qPrintable(joined(problems)));
    }

    void emptyFieldsAreNamed()
    {
        ConnectionProfile p;
        p.host.clear();
        const QString text = joined(p.problems());
        QVERIFY2(text.contains("no name"), qPrintable(text));
        QVERIFY2(text.contains("host"), qPrintable(text));
        QVERIFY2(text.contains("database"), qPrintable(text));
        QVERIFY2(text.contains("user"), qPrintable(text));
        ConnectionProfile spaced = validProfile(" pg ");
        QVERIFY(joined(spaced.problems()).contains("spaces"));
    }

    void namesMustBeUnique()
    {
        AppSettings s = AppSettings::defaults();
        s.connections = {validProfile("pg"), validProfile("other"), validProfile("pg")};
        const QString text = joined(s.problems());
        QVERIFY2(text.contains("\"pg\"") && text.contains("unique"), qPrintable(text));
        s.connections.pop_back();
        QVERIFY2(s.problems().isEmpty(), qPrintable(joined(s.problems())));
    }

    void activeConnectionMustExist()
    {
        AppSettings s = AppSettings::defaults();
        s.connections = {validProfile("pg")};
        s.activeConnection = QStringLiteral("gone");
        QVERIFY(joined(s.problems()).contains("\"gone\""));
        s.activeConnection = QStringLiteral("pg");
        QVERIFY(s.problems().isEmpty());
    }

    void emptyStorePathIsRefused()
    {
        AppSettings s = AppSettings::defaults();
        s.sqlitePath = QStringLiteral("  ");
        QVERIFY(joined(s.problems()).contains("SQLite"));
    }

    void appearanceLimits()
    {
        AppearanceSettings a;
        QVERIFY(a.problems().isEmpty());
        for (double ok : {0.75, 1.0, 2.0}) {
            a.fontScale = ok;
            QVERIFY(a.problems().isEmpty());
        }
        for (double bad : {0.74, 2.01, 0.0}) {
            a.fontScale = bad;
            QCOMPARE(a.problems().size(), 1);
        }
        a = {};
        a.theme = QStringLiteral("Dark"); // the keys are lower case, exactly
        QVERIFY(joined(a.problems()).contains("Dark"));
        a = {};
        a.language = QStringLiteral("fr");
        QVERIFY(joined(a.problems()).contains("fr"));
    }

    void exportLimits()
    {
        ExportDefaults e;
        QVERIFY(e.problems().isEmpty());
        e.width = 0;
        QVERIFY(joined(e.problems()).contains("size"));
        e = {};
        e.dpi = 71;
        QVERIFY(joined(e.problems()).contains("DPI"));
        e = {};
        e.format = QStringLiteral("jpg");
        QVERIFY(joined(e.problems()).contains("jpg"));
    }

    void csvRules()
    {
        io::CsvFormat f;
        QVERIFY(CsvFormatRules::problems(f).isEmpty());
        f.decimalSeparator = ',';
        QVERIFY2(joined(CsvFormatRules::problems(f)).contains("delimiter"),
                 qPrintable(joined(CsvFormatRules::problems(f))));
        f.delimiter = ';';
        QVERIFY(CsvFormatRules::problems(f).isEmpty());
        f.quote = ';';
        QVERIFY(!CsvFormatRules::problems(f).isEmpty());
        f = {};
        f.encoding = "EBCDIC";
        QVERIFY(joined(CsvFormatRules::problems(f)).contains("EBCDIC"));
        f = {};
        f.dateFormat = "HH:mm";
        QVERIFY(joined(CsvFormatRules::problems(f)).contains("HH:mm"));
        f.dateFormat = "MM/dd/yyyy";
        QVERIFY(CsvFormatRules::problems(f).isEmpty());
        f.dateFormat = "unix_ms";
        QVERIFY(CsvFormatRules::problems(f).isEmpty());
        f.maxRejectRate = 1.5;
        QVERIFY(joined(CsvFormatRules::problems(f)).contains("reject"));
        f = {};
        f.delimiter = '\n';
        QVERIFY(!CsvFormatRules::problems(f).isEmpty());
    }

    // AppSettings::problems() gathers every part's problems, so one save reports them all.
    void problemsAreGathered()
    {
        AppSettings s = AppSettings::defaults();
        s.connections = {validProfile("")};
        s.csvFormat.encoding = "KOI8";
        s.appearance.theme = QStringLiteral("neon");
        s.exportDefaults.format = QStringLiteral("bmp");
        const QString text = joined(s.problems());
        for (const char* mention : {"no name", "KOI8", "neon", "bmp"})
            QVERIFY2(text.contains(QLatin1String(mention)), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestSettingsValidation)
#include "tst_settings_validation.moc"
