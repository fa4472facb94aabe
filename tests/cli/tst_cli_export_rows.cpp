// SPDX-License-Identifier: MIT
// `streamlens export-rows` as a script would use it: filtered, sorted, limited rows to CSV and
// Excel, and clear refusals with exit code 2.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

using clitest::Run;
using clitest::streamlens;

QStringList csvLines(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}
} // namespace

class TestCliExportRows : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_csv;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath("csv");
        const Run r =
            streamlens({"generate", "--out", m_csv, "--sessions", "20000", "--seed", "5"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void sortedFilteredLimitedCsv()
    {
        const QString out = m_dir.filePath("top.csv");
        const Run r = streamlens({"export-rows", "--csv", m_csv, "--table", "sessions", "--where",
                                  "device_type=smart_tv", "--sort", "startup_time_ms:desc",
                                  "--limit", "500", "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("wrote 500 sessions rows"));
        const QStringList lines = csvLines(out);
        QCOMPARE(lines.size(), 501);
        const QStringList header = lines[0].split(',');
        const int device = int(header.indexOf("device_type"));
        const int startup = int(header.indexOf("startup_time_ms"));
        QVERIFY(device >= 0 && startup >= 0);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(',');
            QCOMPARE(fields[device], QString("smart_tv"));
            QVERIFY2(!fields[startup].isEmpty(), "nulls come last, after 500 started sessions");
            const qint64 v = fields[startup].toLongLong();
            QVERIFY(v <= previous);
            previous = v;
        }
    }

    void eventsOfTheSelectionToExcel()
    {
        const QString out = m_dir.filePath("events.xlsx");
        const Run r = streamlens({"export-rows", "--csv", m_csv, "--table", "events", "--where",
                                  "cdn=cdn_a", "--out", out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(2), QByteArray("PK"));
        QProcess unzip;
        unzip.start("unzip", {"-p", out, "xl/worksheets/sheet1.xml"});
        QVERIFY(unzip.waitForFinished(60000));
        const QByteArray sheet = unzip.readAllStandardOutput();
        QVERIFY(sheet.contains("<t>event_id</t>"));
        // As many data rows as the CLI says it wrote.
        const QByteArray written = r.out.split(' ').value(1);
        QCOMPARE(sheet.count("<row ") - 1, written.toLongLong());
        QVERIFY(written.toLongLong() > 0);
    }

    void usersOverTheSelectionMatchTheSessions()
    {
        const QString sessions = m_dir.filePath("s.csv");
        const QString users = m_dir.filePath("u.csv");
        Run r = streamlens({"export-rows", "--csv", m_csv, "--table", "sessions", "--where",
                            "country=DE", "--out", sessions});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = streamlens({"export-rows", "--csv", m_csv, "--table", "users", "--where", "country=DE",
                        "--out", users});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QSet<QString> expected;
        const QStringList sessionLines = csvLines(sessions);
        QVERIFY(sessionLines.size() > 1);
        for (int i = 1; i < sessionLines.size(); ++i)
            expected.insert(sessionLines[i].split(',').value(1));
        QSet<QString> listed;
        const QStringList userLines = csvLines(users);
        for (int i = 1; i < userLines.size(); ++i)
            listed.insert(userLines[i].split(',').value(0));
        QCOMPARE(listed, expected);
        QCOMPARE(userLines.size() - 1, expected.size()); // each user once
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString out = QDir::tempPath() + "/never-written.csv";
        QTest::newRow("no table") << QStringList{"--out", out} << "--table";
        QTest::newRow("bad table") << QStringList{"--table", "films", "--out", out} << "films";
        QTest::newRow("no out") << QStringList{"--table", "users"} << "--out";
        QTest::newRow("bad extension")
            << QStringList{"--table", "users", "--out", "x.xls"} << ".csv or .xlsx";
        QTest::newRow("bad column")
            << QStringList{"--table", "users", "--sort", "startup_time_ms", "--out", out}
            << "no column 'startup_time_ms'";
        QTest::newRow("bad direction")
            << QStringList{"--table", "users", "--sort", "age:up", "--out", out} << "asc or desc";
        QTest::newRow("bad limit")
            << QStringList{"--table", "users", "--limit", "-3", "--out", out} << "limit";
        QTest::newRow("bad filter")
            << QStringList{"--table", "users", "--where", "nonsense=1", "--out", out} << "nonsense";
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = streamlens(QStringList{"export-rows", "--csv", m_csv} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(QDir::tempPath() + "/never-written.csv"));
    }

    void unwritableOutputFails()
    {
        const Run r = streamlens({"export-rows", "--csv", m_csv, "--table", "content", "--out",
                                  m_dir.filePath("no/such/dir/c.csv")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no/such/dir"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExportRows)
#include "tst_cli_export_rows.moc"
