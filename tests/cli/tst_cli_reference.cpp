// SPDX-License-Identifier: MIT
// End-to-end cross-check of StreamLens against an independent program: contract files written
// by tests/reference/make_contract_files.py are imported with `streamlens import`, and every
// KPI of `streamlens kpis` (from the store and straight from the CSV files) must equal what
// tests/reference/reference_kpis.py computes from the contract's definitions alone.
// Expected numbers come from that Python reference (exact fractions, see its docstring), never
// from StreamLens itself; the generated files are first proven valid by
// validate_contract_files.py and the reference checks itself on hand-computed values
// (selftest_reference.py), so a reject or a difference is StreamLens's to explain.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

struct RunResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe(const QString& what) const
    {
        return QStringLiteral("%1: %2, exit code %3\nstderr: %4")
            .arg(what, finished ? QStringLiteral("finished") : QStringLiteral("did not finish"))
            .arg(exitCode)
            .arg(QString::fromUtf8(err.left(2000)));
    }
};

RunResult run(const QString& program, const QStringList& args, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    RunResult r;
    if (!p.waitForStarted(30000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    r.finished = p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit;
    if (!r.finished)
        p.kill();
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool parseObject(const QByteArray& bytes, QJsonObject* out, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object (%1): %2")
                     .arg(pe.errorString(), QString::fromUtf8(bytes.left(300)));
        return false;
    }
    *out = doc.object();
    return true;
}

// Relative difference for ordinary magnitudes; absolute below 1e-3, where the rates near 0
// would make a relative test meaningless.
bool numbersAgree(double expected, double actual)
{
    const double scale = std::max({std::abs(expected), std::abs(actual), 1e-3});
    return std::abs(expected - actual) <= 1e-12 * scale;
}

void compareKpis(const QJsonObject& expected, const QJsonObject& actual, const QString& where,
                 QStringList* problems)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString at = where + QLatin1Char('.') + it.key();
        if (!actual.contains(it.key())) {
            problems->append(at + QStringLiteral(": missing"));
            continue;
        }
        const QJsonValue e = it.value();
        const QJsonValue a = actual.value(it.key());
        if (e.isNull() || a.isNull()) {
            if (e.isNull() != a.isNull())
                problems->append(QStringLiteral("%1: expected %2, got %3")
                                     .arg(at,
                                          e.isNull() ? QStringLiteral("null")
                                                     : QString::number(e.toDouble(), 'g', 17),
                                          a.isNull() ? QStringLiteral("null")
                                                     : QString::number(a.toDouble(), 'g', 17)));
            continue;
        }
        if (!a.isDouble()) {
            problems->append(at + QStringLiteral(": not a number"));
            continue;
        }
        if (!numbersAgree(e.toDouble(), a.toDouble()))
            problems->append(QStringLiteral("%1: expected %2, got %3 (relative difference %4)")
                                 .arg(at, QString::number(e.toDouble(), 'g', 17),
                                      QString::number(a.toDouble(), 'g', 17),
                                      QString::number(std::abs(e.toDouble() - a.toDouble()) /
                                                          std::max(std::abs(e.toDouble()), 1e-300),
                                                      'g', 3)));
    }
}

// Hour keys are compared as numbers so "7" and "07" name the same group.
QString groupKey(const QString& dimension, const QString& key)
{
    bool ok = false;
    const int hour = key.toInt(&ok);
    return dimension == QLatin1String("hour") && ok ? QString::number(hour) : key;
}

QStringList compareResults(const QJsonObject& expected, const QJsonObject& actual)
{
    QStringList problems;
    if (expected.contains(QStringLiteral("all"))) {
        if (!actual.value(QStringLiteral("all")).isObject())
            return {QStringLiteral("no \"all\" object in the output")};
        compareKpis(expected.value(QStringLiteral("all")).toObject(),
                    actual.value(QStringLiteral("all")).toObject(), QStringLiteral("all"),
                    &problems);
        return problems;
    }
    const QString dimension = expected.value(QStringLiteral("by")).toString();
    if (actual.value(QStringLiteral("by")).toString() != dimension)
        problems.append(QStringLiteral("\"by\" is %1, expected %2")
                            .arg(actual.value(QStringLiteral("by")).toString(), dimension));
    if (!actual.value(QStringLiteral("groups")).isObject())
        return problems << QStringLiteral("no \"groups\" object in the output");
    const QJsonObject eg = expected.value(QStringLiteral("groups")).toObject();
    QJsonObject ag;
    const QJsonObject rawGroups = actual.value(QStringLiteral("groups")).toObject();
    for (auto it = rawGroups.begin(); it != rawGroups.end(); ++it)
        ag.insert(groupKey(dimension, it.key()), it.value());
    for (auto it = eg.begin(); it != eg.end(); ++it) {
        if (!ag.contains(it.key()))
            problems.append(QStringLiteral("group %1 missing").arg(it.key()));
        else
            compareKpis(it.value().toObject(), ag.value(it.key()).toObject(),
                        dimension + QLatin1Char('=') + it.key(), &problems);
    }
    for (auto it = ag.begin(); it != ag.end(); ++it)
        if (!eg.contains(it.key()))
            problems.append(QStringLiteral("unexpected group %1").arg(it.key()));
    return problems;
}

} // namespace

class TestCliReference : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importIsClean();
    void kpis_data();
    void kpis();
    void badRowsAreRejectedWhereTheyAre();
    void generatedFilesPassTheIndependentChecks();

private:
    QString script(const char* name) const { return m_scripts + QLatin1Char('/') + name; }
    QString generate(QTemporaryDir& dir, const QStringList& extra, QByteArray* out);
    QJsonObject reference(const QString& dir, const QStringList& args);
    QJsonObject streamlens(const QStringList& args);

    QString m_python;
    QString m_streamlens = QStringLiteral(STREAMLENS_EXECUTABLE);
    QString m_scripts = QDir::cleanPath(QStringLiteral(STREAMLENS_TEST_DATA_DIR "/../reference"));
    std::unique_ptr<QTemporaryDir> m_dir;
    QJsonObject m_validRows;
};

// Writes contract files into dir with the generator; returns the directory ("" on failure).
QString TestCliReference::generate(QTemporaryDir& dir, const QStringList& extra, QByteArray* out)
{
    if (!dir.isValid())
        return {};
    const RunResult gen =
        run(m_python, QStringList{script("make_contract_files.py"), QStringLiteral("--out"),
                                  dir.path(), QStringLiteral("--seed"), QStringLiteral("7")}
                          << extra);
    if (!gen.finished || gen.exitCode != 0) {
        qWarning().noquote() << gen.describe(QStringLiteral("make_contract_files.py"));
        return {};
    }
    if (out)
        *out = gen.out;
    return dir.path();
}

QJsonObject TestCliReference::reference(const QString& dir, const QStringList& args)
{
    const RunResult r = run(m_python, QStringList{script("reference_kpis.py"), dir} << args);
    QJsonObject result;
    QString error;
    if (!r.finished || r.exitCode != 0 || !parseObject(r.out, &result, &error))
        qWarning().noquote() << r.describe(QStringLiteral("reference_kpis.py ") + args.join(' '))
                             << error;
    return result;
}

QJsonObject TestCliReference::streamlens(const QStringList& args)
{
    const RunResult r = run(m_streamlens, args);
    QJsonObject result;
    QString error;
    if (!r.finished || r.exitCode != 0 || !parseObject(r.out, &result, &error))
        qWarning().noquote() << r.describe(QStringLiteral("streamlens ") + args.join(' ')) << error;
    return result;
}

void TestCliReference::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QFAIL("python3 is not on PATH: this cross-check runs the independent Python reference "
              "(tests/reference) and cannot pass without it. Install python3 (CI does).");
    if (!QFileInfo(m_streamlens).isExecutable())
        QFAIL(qPrintable(QStringLiteral("the streamlens executable %1 is missing: build the "
                                        "target streamlens before this test")
                             .arg(m_streamlens)));
    QVERIFY2(QFileInfo::exists(script("reference_kpis.py")), qPrintable(m_scripts));

    // The reference must first reproduce its hand-computed fixture.
    const RunResult self = run(m_python, {script("selftest_reference.py")});
    QVERIFY2(self.finished && self.exitCode == 0,
             qPrintable(self.describe(QStringLiteral("selftest_reference.py")) +
                        QString::fromUtf8(self.out)));

    m_dir = std::make_unique<QTemporaryDir>();
    const QString dir = generate(*m_dir, {}, nullptr);
    QVERIFY2(!dir.isEmpty(), "generating the contract files failed");

    // The reference's own validator must find the files valid; otherwise the comparison
    // below could blame StreamLens for the generator's mistakes.
    const RunResult valid =
        run(m_python, {script("validate_contract_files.py"), dir, QStringLiteral("--json")});
    QJsonObject validation;
    QString error;
    QVERIFY2(valid.finished && valid.exitCode == 0 && parseObject(valid.out, &validation, &error),
             qPrintable(valid.describe(QStringLiteral("validate_contract_files.py")) + error +
                        QString::fromUtf8(valid.out.left(2000))));
    m_validRows = validation.value(QStringLiteral("rows")).toObject();

    const RunResult imp =
        run(m_streamlens, {QStringLiteral("import"), dir, QStringLiteral("--db"),
                           dir + QStringLiteral("/store.db"), QStringLiteral("--report"),
                           dir + QStringLiteral("/report.json")});
    QVERIFY2(imp.finished && imp.exitCode == 0,
             qPrintable(imp.describe(QStringLiteral("streamlens import"))));
}

void TestCliReference::importIsClean()
{
    QFile file(m_dir->path() + QStringLiteral("/report.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "streamlens import wrote no --report file");
    QJsonObject report;
    QString error;
    QVERIFY2(parseObject(file.readAll(), &report, &error), qPrintable(error));
    const QJsonArray rejects = report.value(QStringLiteral("rejects")).toArray();
    QVERIFY2(rejects.isEmpty(),
             qPrintable(QStringLiteral("valid files had %1 rejected rows, first: %2")
                            .arg(rejects.size())
                            .arg(rejects.isEmpty()
                                     ? QString()
                                     : QString::fromUtf8(
                                           QJsonDocument(rejects.first().toObject()).toJson()))));
    // 400 users + 100 titles + 20,000 sessions + the events, as counted by the validator.
    qint64 rows = 0;
    for (const QJsonValue v : m_validRows)
        rows += v.toInteger();
    QCOMPARE(report.value(QStringLiteral("rows_in")).toInteger(), rows);
    QCOMPARE(report.value(QStringLiteral("rows_loaded")).toInteger(), rows);
}

void TestCliReference::kpis_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("all") << QStringList{};
    for (const char* dim :
         {"device_type", "cdn", "country", "plan", "content_type", "day", "hour", "weekday"})
        QTest::newRow(qPrintable(QStringLiteral("by_") + QLatin1String(dim)))
            << QStringList{QStringLiteral("--by"), QLatin1String(dim)};
    const QStringList filter{
        QStringLiteral("--where"), QStringLiteral("device_type=smart_tv,mobile"),
        QStringLiteral("--where"), QStringLiteral("stream_type=vod"),
        QStringLiteral("--from"),  QStringLiteral("2026-02-03"),
        QStringLiteral("--to"),    QStringLiteral("2026-02-16")};
    QTest::newRow("filtered") << filter;
    QTest::newRow("filtered_by_cdn")
        << (QStringList(filter) << QStringLiteral("--by") << QStringLiteral("cdn"));
    // Joins users (plan) and content (content_type) in one query.
    QTest::newRow("plan_premium_by_content_type")
        << QStringList{QStringLiteral("--where"), QStringLiteral("plan=premium"),
                       QStringLiteral("--by"), QStringLiteral("content_type")};
    // Live streams are never movies in the generated files: nothing matches.
    QTest::newRow("matches_nothing")
        << QStringList{QStringLiteral("--where"), QStringLiteral("stream_type=live"),
                       QStringLiteral("--where"), QStringLiteral("content_type=movie")};
}

void TestCliReference::kpis()
{
    QFETCH(QStringList, args);
    const QString dir = m_dir->path();
    const QJsonObject expected = reference(dir, args);
    QVERIFY2(!expected.isEmpty(), "the Python reference failed");
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("matches_nothing")) {
        // The reference itself must see an empty selection, or the case tests nothing.
        const QJsonObject all = expected.value(QStringLiteral("all")).toObject();
        QCOMPARE(all.value(QStringLiteral("attempts")).toInteger(-1), 0);
        QVERIFY(all.value(QStringLiteral("vsf_rate")).isNull());
    }
    const QStringList sources[] = {
        {QStringLiteral("--db"), dir + QStringLiteral("/store.db")},
        {QStringLiteral("--csv"), dir},
    };
    for (const QStringList& source : sources) {
        const QStringList full = QStringList{QStringLiteral("kpis")}
                                 << source << QStringLiteral("--json") << args;
        const QJsonObject actual = streamlens(full);
        QVERIFY2(!actual.isEmpty(), qPrintable(QStringLiteral("streamlens ") + full.join(' ')));
        const QStringList problems = compareResults(expected, actual);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("streamlens %1 disagrees with the reference in %2 "
                                           "place(s):\n  %3")
                                .arg(full.join(' '))
                                .arg(problems.size())
                                .arg(problems.mid(0, 25).join(QStringLiteral("\n  ")))));
    }
}

void TestCliReference::badRowsAreRejectedWhereTheyAre()
{
    // 12 bad rows: each of the 4 kinds in 3 different files, lines as the generator wrote them.
    QTemporaryDir tmp;
    QByteArray described;
    const QString dir =
        generate(tmp, {QStringLiteral("--bad-rows"), QStringLiteral("12")}, &described);
    QVERIFY2(!dir.isEmpty(), "generating the files with bad rows failed");
    QJsonParseError pe;
    const QJsonArray expected = QJsonDocument::fromJson(described, &pe).array();
    QCOMPARE(expected.size(), 12);

    const RunResult imp =
        run(m_streamlens, {QStringLiteral("import"), dir, QStringLiteral("--db"),
                           dir + QStringLiteral("/store.db"), QStringLiteral("--report"),
                           dir + QStringLiteral("/report.json")});
    QVERIFY2(imp.finished && imp.exitCode == 0,
             qPrintable(imp.describe(QStringLiteral("streamlens import (12 rejects of ~141,000 "
                                                    "rows, under the 1% default)"))));
    QFile file(dir + QStringLiteral("/report.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "streamlens import wrote no --report file");
    QJsonObject report;
    QString error;
    QVERIFY2(parseObject(file.readAll(), &report, &error), qPrintable(error));
    const QJsonArray rejects = report.value(QStringLiteral("rejects")).toArray();

    QStringList problems;
    for (const QJsonValue e : expected) {
        const QJsonObject want = e.toObject();
        const auto found = std::find_if(rejects.begin(), rejects.end(), [&](const QJsonValue& v) {
            const QJsonObject got = v.toObject();
            return QFileInfo(got.value(QStringLiteral("file")).toString()).fileName() ==
                       want.value(QStringLiteral("file")).toString() &&
                   got.value(QStringLiteral("line")).toInteger() ==
                       want.value(QStringLiteral("line")).toInteger() &&
                   got.value(QStringLiteral("column")).toString() ==
                       want.value(QStringLiteral("column")).toString();
        });
        if (found == rejects.end())
            problems.append(QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact)));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("bad rows not reported at their file/line/column:\n  %1\n"
                                       "report rejects: %2")
                            .arg(problems.join(QStringLiteral("\n  ")),
                                 QString::fromUtf8(QJsonDocument(rejects).toJson().left(3000)))));
    QCOMPARE(rejects.size(), expected.size());
    QCOMPARE(report.value(QStringLiteral("rows_loaded")).toInteger(),
             report.value(QStringLiteral("rows_in")).toInteger() - expected.size());

    // The rejected rows must leave no trace: the KPIs equal those of the clean files.
    const QJsonObject clean = reference(m_dir->path(), {});
    const QJsonObject actual =
        streamlens({QStringLiteral("kpis"), QStringLiteral("--db"),
                    dir + QStringLiteral("/store.db"), QStringLiteral("--json")});
    const QStringList differences = compareResults(clean, actual);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QStringLiteral("\n  "))));
}

void TestCliReference::generatedFilesPassTheIndependentChecks()
{
    // The other direction: files from `streamlens generate` must satisfy the independent
    // validator, and their KPIs must match the reference too.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const RunResult gen =
        run(m_streamlens, {QStringLiteral("generate"), QStringLiteral("--out"), tmp.path(),
                           QStringLiteral("--sessions"), QStringLiteral("5000"),
                           QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(gen.finished && gen.exitCode == 0,
             qPrintable(gen.describe(QStringLiteral("streamlens generate"))));
    const RunResult valid = run(m_python, {script("validate_contract_files.py"), tmp.path()});
    QVERIFY2(valid.finished && valid.exitCode == 0,
             qPrintable(valid.describe(QStringLiteral("validate_contract_files.py")) +
                        QString::fromUtf8(valid.out.left(3000))));
    for (const QStringList& args :
         {QStringList{}, QStringList{QStringLiteral("--by"), QStringLiteral("day")}}) {
        const QJsonObject expected = reference(tmp.path(), args);
        QVERIFY2(!expected.isEmpty(), "the Python reference failed");
        const QJsonObject actual =
            streamlens(QStringList{QStringLiteral("kpis"), QStringLiteral("--csv"), tmp.path(),
                                   QStringLiteral("--json")}
                       << args);
        const QStringList problems = compareResults(expected, actual);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 25).join(QStringLiteral("\n  "))));
    }
}

QTEST_GUILESS_MAIN(TestCliReference)
#include "tst_cli_reference.moc"
