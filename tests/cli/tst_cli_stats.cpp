// SPDX-License-Identifier: MIT
// `streamlens stats ...` as a script would use it: exit codes, JSON keys, messages on stderr,
// and a cross-check of `stats describe` against `kpis` on the same store.
#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {
using clitest::json;
using clitest::Run;
using clitest::streamlens;

bool hasKeys(const QJsonObject& o, std::initializer_list<const char*> keys, QByteArray* missing)
{
    for (const char* k : keys)
        if (!o.contains(k)) {
            *missing = k;
            return false;
        }
    return true;
}
} // namespace

class TestCliStats : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    Run stats(QStringList args)
    {
        args.prepend("stats");
        args.insert(2, "--db");
        args.insert(3, m_db);
        return streamlens(args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString csv = m_dir.filePath("csv");
        m_db = m_dir.filePath("store.db");
        Run r = streamlens({"generate", "--out", csv, "--sessions", "20000", "--seed", "11"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = streamlens({"import", csv, "--db", m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void helpAndSubcommands()
    {
        Run r = streamlens({"stats", "--help"});
        QCOMPARE(r.exitCode, 0);
        for (const char* sub : {"describe", "test", "breakdown", "cluster", "model", "variables"})
            QVERIFY2(r.out.contains(sub), sub);
        r = streamlens({"stats"});
        QCOMPARE(r.exitCode, 2);
        r = streamlens({"stats", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown subcommand 'frobnicate'"));
        const std::pair<const char*, const char*> helps[] = {
            {"describe", "--metric"},  {"test", "--test"},      {"breakdown", "--by"},
            {"cluster", "--features"}, {"model", "--question"}, {"variables", "--level"}};
        for (const auto& [sub, option] : helps) {
            r = streamlens({"stats", sub, "--help"});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(option), sub);
            QVERIFY(r.out.startsWith("Usage: streamlens stats "));
        }
    }

    void describeMatchesKpis()
    {
        Run r = stats({"describe", "--metric", "startup_time_ms", "--by", "device_type", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject d = json(r.out);
        QByteArray missing;
        const QJsonObject all = d["all"].toObject();
        QVERIFY2(hasKeys(all,
                         {"n", "mean", "sd", "min", "q1", "median", "q3", "max", "iqr", "skewness",
                          "kurtosis", "ci_low", "ci_high"},
                         &missing),
                 missing.constData());
        QVERIFY(d["groups"].toArray().size() >= 6);
        // The KPI engine counts started sessions and their median startup independently.
        r = streamlens({"kpis", "--db", m_db, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject kpis = json(r.out)["all"].toObject();
        QCOMPARE(all["n"].toInteger(), kpis["started"].toInteger());
        QCOMPARE(all["median"].toDouble(), kpis["startup_time_ms_median"].toDouble());
        QCOMPARE(d["excluded"].toObject()["null_value"].toInteger(),
                 kpis["attempts"].toInteger() - kpis["started"].toInteger());
        // Human output: a table with the groups.
        r = stats({"describe", "--metric", "startup_time_ms", "--by", "device_type"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("smart_tv") && r.out.contains("median"));
    }

    void testJsonAndSentence()
    {
        Run r = stats({"test", "--test", "welch_t", "--metric", "startup_time_ms", "--by",
                       "device_type", "--groups", "smart_tv,mobile", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject t = json(r.out);
        QByteArray missing;
        QVERIFY2(hasKeys(t,
                         {"test", "statistic", "df", "p_value", "effect_size", "effect_size_name",
                          "ci_low", "ci_high", "n", "sentence", "groups"},
                         &missing),
                 missing.constData());
        QCOMPARE(t["n"].toArray().size(), 2);
        // Planted baseline: smart_tv starts ×1.45 slower than mobile (docs/generator.md).
        QVERIFY(t["statistic"].toDouble() > 0);
        QVERIFY(t["sentence"].toString().startsWith("Startup time is longer for device_type = "
                                                    "smart_tv"));
        r = stats({"test", "--test", "welch_t", "--metric", "startup_time_ms", "--by",
                   "device_type", "--groups", "smart_tv,mobile"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Startup time is longer"));
        QVERIFY(r.out.contains("Welch two-sample t test"));

        r = stats(
            {"test", "--test", "chi_square", "--metric", "start_failure", "--by", "cdn", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r.out)["groups"].toArray().size(), 3);
        r = stats({"test", "--test", "spearman", "--metric", "startup_time_ms", "--with",
                   "rebuffer_pct", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(json(r.out)["effect_size"].isDouble());
        r = stats({"test", "--test", "mann_whitney", "--level", "user", "--metric", "rebuffer_pct",
                   "--by", "churned", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void errorsAndExitCodes()
    {
        // A bad metric name is a usage error with the list of variables, before any loading.
        Run r = stats({"test", "--test", "welch_t", "--metric", "startup", "--by", "device_type"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown session variable 'startup'"));
        QVERIFY(r.err.contains("startup_time_ms"));
        QVERIFY(r.out.isEmpty());
        r = stats({"describe", "--metric", "nope", "--json"});
        QCOMPARE(r.exitCode, 2);
        r = stats({"test", "--test", "t_test", "--metric", "startup_time_ms"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("unknown test 't_test'"));
        r = stats({"test", "--test", "chi_square", "--metric", "startup_time_ms", "--by", "cdn"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("0/1 outcome"));
        r = stats({"describe", "--metric", "startup_time_ms", "--where", "colour=red"});
        QCOMPARE(r.exitCode, 2);
        // The data cannot answer: six device types for a two-group test, an empty group.
        r = stats(
            {"test", "--test", "welch_t", "--metric", "startup_time_ms", "--by", "device_type"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("name two with --groups"));
        r = stats({"test", "--test", "welch_t", "--metric", "startup_time_ms", "--by",
                   "device_type", "--groups", "smart_tv,toaster"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("'toaster'"));
        r = stats(
            {"model", "--kind", "logistic", "--target", "playing_hours", "--features", "sessions"});
        QCOMPARE(r.exitCode, 2);
        r = stats({"cluster", "--features", "sessions", "--k", "1"});
        QCOMPARE(r.exitCode, 2);
    }

    void breakdownAdjusts()
    {
        Run r = stats({"breakdown", "--metric", "start_failure", "--by", "cdn", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject b = json(r.out);
        QCOMPARE(b["method"].toString(), QString("prop_z"));
        const QJsonArray groups = b["groups"].toArray();
        QCOMPARE(groups.size(), 3);
        for (const auto& g : groups) {
            const QJsonObject o = g.toObject();
            QVERIFY(o["p_holm"].toDouble() >= o["p_value"].toDouble());
            QVERIFY(o["p_bh"].toDouble() >= o["p_value"].toDouble());
        }
    }

    void clusterWithScan()
    {
        Run r =
            stats({"cluster", "--features", "sessions,playing_hours,rebuffer_ratio,share_mobile",
                   "--k", "3", "--seed", "5", "--scan", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject c = json(r.out);
        QCOMPARE(c["clusters"].toArray().size(), 3);
        QCOMPARE(c["scan"].toArray().size(), 5); // k = 1 … 5
        QVERIFY(c["silhouette"].isDouble());
        int64_t total = 0;
        for (const auto& cl : c["clusters"].toArray())
            total += cl.toObject()["size"].toInteger();
        QCOMPARE(total, c["n"].toInteger());
        // The same seed gives the same segments.
        const Run again =
            stats({"cluster", "--features", "sessions,playing_hours,rebuffer_ratio,share_mobile",
                   "--k", "3", "--seed", "5", "--scan", "--json"});
        QCOMPARE(again.out, r.out);
        r = stats({"cluster", "--features", "sessions,playing_hours", "--k", "2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("segment 1"));
    }

    void modelsAndQuestions()
    {
        Run r = stats({"model", "--kind", "logistic", "--target", "churned", "--features",
                       "rebuffer_pct,mean_startup_s,plan", "--reference", "plan=free", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject m = json(r.out);
        QByteArray missing;
        QVERIFY2(hasKeys(m,
                         {"kind", "n", "coefficients", "aic", "deviance", "null_deviance",
                          "pseudo_r_squared", "auc", "accuracy", "precision", "recall",
                          "confusion_matrix", "r_squared", "adj_r_squared"},
                         &missing),
                 missing.constData());
        QCOMPARE(m["coefficients"].toArray().size(), 6); // intercept, 2 numeric, 3 plan dummies
        const QJsonObject c = m["coefficients"].toArray()[1].toObject();
        QVERIFY2(hasKeys(c,
                         {"term", "estimate", "std_error", "statistic", "p_value", "ci_low",
                          "ci_high", "odds_ratio"},
                         &missing),
                 missing.constData());
        QVERIFY(m["r_squared"].isNull()); // a linear measure of a logistic model
        QVERIFY(m["auc"].toDouble() > 0 && m["auc"].toDouble() <= 1);
        const QJsonObject cm = m["confusion_matrix"].toObject();
        QCOMPARE(cm["tp"].toInteger() + cm["fp"].toInteger() + cm["tn"].toInteger() +
                     cm["fn"].toInteger(),
                 m["n_test"].toInteger());

        r = stats({"model", "--question", "playing_time_from_rebuffering", "--where",
                   "stream_type=vod", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject q = json(r.out);
        QVERIFY(q["elasticity"].toObject()["percent_less_played_per_rebuffer_pct"].isDouble());
        QCOMPARE(q["model"].toObject()["kind"].toString(), QString("linear"));
        r = stats({"model", "--question", "churn_from_quality"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("odds of churning"));
        r = stats({"model", "--question", "churn_from_quality", "--kind", "linear"});
        QCOMPARE(r.exitCode, 2);
    }

    void variablesCatalogue()
    {
        Run r = streamlens({"stats", "variables", "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject v = json(r.out);
        QVERIFY(v["session"].toArray().size() > 20);
        QVERIFY(v["user"].toArray().size() > 15);
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
