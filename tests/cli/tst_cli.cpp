// SPDX-License-Identifier: MIT
// The `streamlens` binary as a script would use it: exit codes, JSON shapes, idempotent import.
#include "CliRun.h"
#include <QCryptographicHash>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using clitest::json;
using clitest::Run;
using clitest::streamlens;

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath("csv");
        m_db = m_dir.filePath("store.db");
        const Run r =
            streamlens({"generate", "--out", m_csv, "--sessions", "20000", "--seed", "7"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (const char* f : {"users.csv", "content.csv", "sessions.csv", "performance_events.csv",
                              "ground_truth.json"})
            QVERIFY2(QFile::exists(m_csv + "/" + f), f);
    }

    void helpAndUnknownCommand()
    {
        Run r = streamlens({"help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("kpis"));
        r = streamlens({"kpis", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--where"));
        r = streamlens({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown command"));
        r = streamlens({"generate"}); // --out missing
        QCOMPARE(r.exitCode, 2);
        r = streamlens({"generate", "--out", m_dir.filePath("x"), "--sessions", "ten"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--sessions"));
    }

    void generateIsReproducible()
    {
        const QString again = m_dir.filePath("again");
        const Run r =
            streamlens({"generate", "--out", again, "--sessions", "20000", "--seed", "7"});
        QCOMPARE(r.exitCode, 0);
        for (const char* f : {"users.csv", "content.csv", "sessions.csv", "performance_events.csv",
                              "ground_truth.json"})
            QCOMPARE(sha256(again + "/" + f), sha256(m_csv + "/" + f));
        const QString other = m_dir.filePath("other");
        QCOMPARE(
            streamlens({"generate", "--out", other, "--sessions", "20000", "--seed", "8"}).exitCode,
            0);
        QVERIFY(sha256(other + "/sessions.csv") != sha256(m_csv + "/sessions.csv"));
    }

    void importIsIdempotent()
    {
        const QString report = m_dir.filePath("report.json");
        Run r = streamlens({"import", m_csv, "--db", m_db, "--report", report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject rep = json(f.readAll());
        QVERIFY(rep.contains("rejects"));
        QCOMPARE(rep.value("rejects").toArray().size(), 0);

        r = streamlens({"info", "--db", m_db, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject first = json(r.out);
        QCOMPARE(first.value("sessions").toInteger(), 20000);

        r = streamlens({"import", m_csv, "--db", m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = streamlens({"info", "--db", m_db, "--json"});
        const QJsonObject second = json(r.out);
        for (const char* k : {"users", "content", "sessions", "events"})
            QCOMPARE(second.value(k).toInteger(), first.value(k).toInteger());
    }

    void kpisJsonShapes()
    {
        Run r = streamlens({"kpis", "--db", m_db, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject all = json(r.out).value("all").toObject();
        QCOMPARE(all.value("attempts").toInteger(), 20000);
        for (const char* key :
             {"started", "vsf_rate", "ebvs_rate", "playback_failure_rate", "startup_time_ms_median",
              "startup_time_ms_p95", "rebuffer_ratio", "rebuffer_frequency_per_min",
              "sessions_with_rebuffer_rate", "avg_bitrate_kbps", "completion_rate", "playing_hours",
              "startup_score", "smoothness_score", "churn_rate"})
            QVERIFY2(all.contains(key), key);
        const double vsf = all.value("vsf_rate").toDouble();
        QVERIFY(vsf > 0 && vsf < 1); // a fraction, not a percentage

        r = streamlens({"kpis", "--db", m_db, "--by", "device_type", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject by = json(r.out);
        QCOMPARE(by.value("by").toString(), QString("device_type"));
        const QJsonObject groups = by.value("groups").toObject();
        QVERIFY(groups.contains("smart_tv"));
        qint64 attempts = 0;
        for (const auto& g : groups)
            attempts += g.toObject().value("attempts").toInteger();
        QCOMPARE(attempts, 20000);

        // The store and the CSV files give the same numbers.
        const Run fromCsv = streamlens({"kpis", "--csv", m_csv, "--by", "device_type", "--json"});
        QCOMPARE(fromCsv.exitCode, 0);
        QCOMPARE(json(fromCsv.out), by);
    }

    void emptySelectionIsNullNotZero()
    {
        const Run r = streamlens({"kpis", "--db", m_db, "--where", "cdn=no_such_cdn", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject all = json(r.out).value("all").toObject();
        QCOMPARE(all.value("attempts").toInteger(), 0);
        QVERIFY(all.value("vsf_rate").isNull());
        QVERIFY(all.value("rebuffer_ratio").isNull());
    }

    void readableTable()
    {
        const Run r = streamlens({"kpis", "--db", m_db, "--by", "cdn"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("cdn_a"));
        QVERIFY(r.out.contains("%"));
    }

    void usageAndInputErrors()
    {
        QCOMPARE(streamlens({"kpis", "--db", m_db, "--where", "nonsense"}).exitCode, 2);
        QCOMPARE(streamlens({"kpis", "--db", m_db, "--where", "flavour=x"}).exitCode, 2);
        QCOMPARE(streamlens({"kpis", "--db", m_db, "--by", "flavour"}).exitCode, 2);
        QCOMPARE(streamlens({"kpis", "--db", m_db, "--from", "2026-13-01"}).exitCode, 2);
        QCOMPARE(streamlens({"kpis", "--db", m_dir.filePath("missing.db")}).exitCode, 5);
        QCOMPARE(streamlens({"info", "--db", m_dir.filePath("missing.db")}).exitCode, 5);
        QCOMPARE(streamlens({"kpis", "--csv", m_dir.filePath("nothing-here")}).exitCode, 3);
    }

    void notCsvLoadsNothing()
    {
        const QString bad = m_dir.filePath("bad");
        QDir().mkpath(bad);
        QFile f(bad + "/sessions.csv");
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        f.close();
        const Run before = streamlens({"info", "--db", m_db, "--json"});
        const Run r = streamlens({"import", bad, "--db", m_db});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(json(streamlens({"info", "--db", m_db, "--json"}).out).value("sessions"),
                 json(before.out).value("sessions"));
    }

    void tooManyRejectsLoadsNothing()
    {
        // 1 good session of 3 → 67% rejected, far above the default 1%.
        const QString bad = m_dir.filePath("rejects");
        QDir().mkpath(bad);
        QFile src(m_csv + "/sessions.csv");
        QVERIFY(src.open(QIODevice::ReadOnly));
        const QByteArray header = src.readLine();
        const QByteArray good = src.readLine();
        QByteArray broken1 = good, broken2 = good;
        broken1.replace(",smart_tv,", ",fridge,").replace(",mobile,", ",fridge,");
        broken2.replace(",vod,", ",maybe,").replace(",live,", ",maybe,");
        QFile out(bad + "/sessions.csv");
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(header + good + broken1 + broken2);
        out.close();
        const QString db = m_dir.filePath("rejects.db");
        // Sessions need their users and content: import those first.
        QCOMPARE(streamlens({"import", m_csv + "/users.csv", m_csv + "/content.csv", "--db", db})
                     .exitCode,
                 0);
        const QString report = m_dir.filePath("rejects.json");
        const Run r = streamlens({"import", bad + "/sessions.csv", "--db", db, "--report", report});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(json(streamlens({"info", "--db", db, "--json"}).out).value("sessions").toInteger(),
                 0);
        QFile rep(report);
        QVERIFY(rep.open(QIODevice::ReadOnly));
        const QJsonArray rejects = json(rep.readAll()).value("rejects").toArray();
        QVERIFY(rejects.size() >= 2);
        QCOMPARE(rejects.at(0).toObject().value("line").toInteger(), 3);
        QVERIFY(QFile::exists(m_dir.filePath("rejects.rejects.csv")));

        // With a generous threshold the good row loads and the bad ones are reported.
        const Run ok =
            streamlens({"import", bad + "/sessions.csv", "--db", db, "--max-reject-rate", "0.9"});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(json(streamlens({"info", "--db", db, "--json"}).out).value("sessions").toInteger(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
