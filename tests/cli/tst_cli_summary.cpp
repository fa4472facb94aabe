// SPDX-License-Identifier: MIT
// `streamlens summary` as a script would use it: the JSON shape, tile values equal to
// `kpis` for both periods, the significance fields consistent with each other, findings that
// carry a usable filter, and exit codes for bad input.
#include "CliRun.h"
#include "query/Filter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
using clitest::json;
using clitest::Run;

// The namespace streamlens and the runner clitest::streamlens share a name: the runner is
// called cli here.
Run cli(const QStringList& args)
{
    return clitest::streamlens(args);
}

bool parsesAsFilter(const QString& text, std::string* error)
{
    return ::streamlens::query::Filter::parse(text.toStdString(), error).has_value();
}
} // namespace

class TestCliSummary : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject kpisAll(const QStringList& range)
    {
        Run r = cli(QStringList{"kpis", "--db", m_db, "--json"} + range);
        return json(r.out).value("all").toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath("csv");
        m_db = m_dir.filePath("store.db");
        Run r = cli({"generate", "--out", csv, "--sessions", "60000", "--days", "30", "--seed", "5",
                     "--no-events"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({"import", csv, "--db", m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void jsonShapeAndValues()
    {
        const QStringList range{"--from", "2026-11-10", "--to", "2026-11-16"};
        Run r = cli(QStringList{"summary", "--db", m_db, "--json"} + range);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r.out);
        for (const char* key :
             {"period", "filter", "current", "previous", "tiles", "sparklines", "findings",
              "segment_comparisons", "significant_segments", "milliseconds", "step_milliseconds"})
            QVERIFY2(o.contains(key), key);
        const QJsonObject period = o["period"].toObject();
        QCOMPARE(period["current_from"].toString(), QString("2026-11-10T00:00:00.000Z"));
        QCOMPARE(period["current_to"].toString(), QString("2026-11-17T00:00:00.000Z"));
        QCOMPARE(period["previous_from"].toString(), QString("2026-11-03T00:00:00.000Z"));
        QCOMPARE(period["bucket"].toString(), QString("day"));

        // The current and previous KPIs are exactly what `kpis` prints for the two weeks.
        QCOMPARE(o["current"].toObject(), kpisAll(range));
        QCOMPARE(o["previous"].toObject(), kpisAll({"--from", "2026-11-03", "--to", "2026-11-09"}));

        const QJsonArray tiles = o["tiles"].toArray();
        QCOMPARE(tiles.size(), qsizetype(11));
        QCOMPARE(tiles[0].toObject()["key"].toString(), QString("attempts"));
        for (const auto& v : tiles) {
            const QJsonObject t = v.toObject();
            const QString key = t["key"].toString();
            QCOMPARE(t["value"].toDouble(), o["current"].toObject()[key].toDouble());
            QCOMPARE(t["previous"].toDouble(), o["previous"].toObject()[key].toDouble());
            const double rel = t["relative_change"].toDouble();
            QVERIFY(std::fabs(rel - (t["value"].toDouble() - t["previous"].toDouble()) /
                                        std::fabs(t["previous"].toDouble())) < 1e-12);
            QVERIFY2(!t["test"].isNull(), qPrintable(key));
            QVERIFY(t["p_adjusted"].toDouble() >= t["p_value"].toDouble());
            QCOMPARE(t["comparisons"].toInt(), 11);
            QCOMPARE(t["significant"].toBool(),
                     t["statistically_significant"].toBool() && t["practically_relevant"].toBool());
            QCOMPARE(t["direction"].toString() != "neutral",
                     t["significant"].toBool() && key != "attempts");
        }

        const QJsonObject spark = o["sparklines"].toObject();
        QCOMPARE(spark["buckets"].toArray().size(), qsizetype(14));
        QCOMPARE(spark["current_begin"].toInt(), 7);
        QCOMPARE(spark["series"].toObject()["vsf_rate"].toArray().size(), qsizetype(14));

        const QJsonArray findings = o["findings"].toArray();
        QVERIFY(!findings.isEmpty() && findings.size() <= 6);
        double lastImpact = INFINITY;
        for (const auto& v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY(!f["sentence"].toString().isEmpty());
            QVERIFY(f["sentence"].toString().contains("Holm"));
            QCOMPARE(f["correction"].toString(), QString("Holm"));
            QVERIFY(f["p_adjusted"].toDouble() < 0.05);
            QVERIFY(f["impact"].toDouble() <= lastImpact);
            lastImpact = f["impact"].toDouble();
            std::string error;
            QVERIFY2(parsesAsFilter(f["filter"].toString(), &error), error.c_str());
        }
    }

    void withoutDateRangeThereIsNoDelta()
    {
        Run r = cli({"summary", "--db", m_db, "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r.out);
        QVERIFY(o["previous"].isNull());
        QVERIFY(!o["note"].toString().isEmpty());
        QCOMPARE(o["period"].toObject()["has_previous"].toBool(), false);
        for (const auto& v : o["tiles"].toArray()) {
            QVERIFY(v.toObject()["previous"].isNull());
            QVERIFY(v.toObject()["relative_change"].isNull());
            QCOMPARE(v.toObject()["significant"].toBool(), false);
        }
    }

    void textOutput()
    {
        Run r = cli({"summary", "--db", m_db, "--from", "2026-11-16", "--to", "2026-11-16"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Previous period: 2026-11-15T00:00:00.000Z"));
        QVERIFY(r.out.contains("What changed"));
        QVERIFY(r.out.contains("Rebuffering ratio"));
    }

    void badInput()
    {
        QCOMPARE(cli({"summary", "--db", m_db, "--where", "nope=1"}).exitCode, 2);
        QCOMPARE(cli({"summary", "--db", m_db, "--from", "2026-13-01"}).exitCode, 2);
        QCOMPARE(cli({"summary", "--db", m_dir.filePath("missing.db")}).exitCode, 5);
        Run r = cli({"summary", "--db", m_db, "extra"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unexpected argument"));
    }
};

QTEST_GUILESS_MAIN(TestCliSummary)
#include "tst_cli_summary.moc"
