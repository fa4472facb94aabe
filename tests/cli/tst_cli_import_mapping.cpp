// SPDX-License-Identifier: MIT
// `streamlens import` with files in other layouts and formats: --mapping, --table and the
// format options, exit codes, reports and rejects in the user's terms, all or nothing.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using clitest::Run;
using clitest::streamlens;

QJsonObject jsonFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

const QString kMappings = QStringLiteral(STREAMLENS_TEST_DATA_DIR "/../../resources/mappings/");

// Contract column names, German number and date conventions.
const QByteArray kSemicolonUsers =
    "user_id;signup_date;country;age;gender;plan;monthly_fee;preferred_genre;churned;churn_date\n"
    "u1;01.03.2024;DE;34;female;basic;9,99;Drama;nein;\n"
    "u2;15.11.2023;AT;;male;premium;17,5;;ja;01.02.2024\n";
} // namespace

class TestCliImportMapping : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    qint64 users(const QString& db)
    {
        const Run r = streamlens({"info", "--db", db, "--json"});
        return QJsonDocument::fromJson(r.out).object().value("users").toInteger(-1);
    }

private slots:
    void formatOptionsWithoutAMapping()
    {
        const QString file = path("kunden.csv");
        // Booleans in German are not contract booleans: both rows are rejected...
        write(file, kSemicolonUsers);
        const QString db = path("format.db"), report = path("format.json");
        Run r = streamlens({"import", file, "--db", db, "--table", "users", "--delimiter", ";",
                            "--decimal", ",", "--date-format", "dd.MM.yyyy", "--report", report});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(jsonFile(report).value("rows_rejected").toInteger(), 2);
        QCOMPARE(jsonFile(report).value("rejects").toArray()[0].toObject().value("column"),
                 QJsonValue("churned"));
        // ... and with contract booleans they load.
        write(file,
              QByteArray(kSemicolonUsers).replace(";nein;", ";false;").replace(";ja;", ";true;"));
        r = streamlens({"import", file, "--db", db, "--table", "users", "--delimiter", ";",
                        "--decimal", ",", "--date-format", "dd.MM.yyyy", "--report", report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject rep = jsonFile(report);
        QCOMPARE(rep.value("rows_loaded").toInteger(), 2);
        QCOMPARE(rep.value("files").toArray()[0].toObject().value("path").toString(), file);
        QCOMPARE(users(db), 2);
    }

    void tabDelimitedWithoutHeaderByPosition()
    {
        const QString file = path("users.tsv");
        write(file, "t1\t2024-03-01\tDE\t34\tfemale\tbasic\t9.99\tDrama\tfalse\t\n"
                    "t2\t2023-11-15\tAT\t\tmale\tpremium\t17.5\t\ttrue\t2024-02-01\n");
        const QString db = path("tsv.db");
        const Run r = streamlens(
            {"import", file, "--db", db, "--table", "users", "--delimiter", "\\t", "--no-header"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(users(db), 2);
    }

    void rejectsNameTheUsersFileLineAndColumn()
    {
        const QString file = path("accounts.csv");
        write(file, "id,joined,Land,plan,fee,notes\n"
                    "1,2024-01-01,Germany,basic,9.99,\"two\nlines\"\n"
                    "2,2024-01-02,Atlantis,basic,9.99,x\n"
                    "3,2024-01-03,France,gold,9.99,y\n");
        const QString mapping = path("accounts.json");
        write(mapping, R"({"streamlens_mapping": 1, "table": "users",
            "format": {"max_reject_rate": 0.7},
            "columns": {"user_id": {"source": "id"}, "signup_date": {"source": "joined"},
                        "country": {"source": "Land", "country": "name"},
                        "plan": {"source": "plan"}, "monthly_fee": {"source": "fee"},
                        "churned": {"constant": "false"}}})");
        const QString db = path("accounts.db"), rejects = path("accounts-rejects.csv");
        const Run r =
            streamlens({"import", file, "--db", db, "--mapping", mapping, "--rejects", rejects});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("accounts.csv:4: column Land: unknown country name \"Atlantis\""),
                 r.err.constData());
        QFile f(rejects);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("file,line,column,reason,raw_value"));
        QVERIFY2(lines[1].startsWith("accounts.csv,4,Land,"), lines[1].constData());
        QVERIFY2(lines[2].startsWith("accounts.csv,5,plan,"), lines[2].constData());
        QCOMPARE(users(db), 1);
        // The mapping's threshold applies unless --max-reject-rate says otherwise.
        const Run strict = streamlens(
            {"import", file, "--db", db, "--mapping", mapping, "--max-reject-rate", "0.1"});
        QCOMPARE(strict.exitCode, 4);
        QVERIFY(strict.err.contains("nothing was loaded"));
    }

    void requiredColumnWithoutSourceIsAnInputError()
    {
        const QString file = path("nochurn.csv");
        write(file, "id,joined,country,plan,fee\n1,2024-01-01,DE,basic,9.99\n");
        const QString mapping = path("nochurn.json");
        write(mapping, R"({"streamlens_mapping": 1, "table": "users",
            "columns": {"user_id": {"source": "id"}, "signup_date": {"source": "joined"},
                        "country": {"source": "country"}, "plan": {"source": "plan"},
                        "monthly_fee": {"source": "fee"}}})");
        const QString db = path("nochurn.db");
        const Run r = streamlens({"import", file, "--db", db, "--mapping", mapping});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("required contract column churned of users has no source"),
                 r.err.constData());
        QCOMPARE(users(db), 0);
        // A file that is not there is an input error, with or without a mapping.
        QCOMPARE(
            streamlens({"import", path("missing.csv"), "--db", db, "--table", "users"}).exitCode,
            3);
        QCOMPARE(
            streamlens({"import", path("missing.csv"), "--db", db, "--mapping", mapping}).exitCode,
            3);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString users = kMappings + "netflix_userbase.users.json";
        QTest::newRow("two files")
            << QStringList{"a.csv", "b.csv", "--table", "users"} << "name exactly one";
        QTest::newRow("delimiter")
            << QStringList{"a.csv", "--delimiter", ";;"} << "--delimiter takes one character";
        QTest::newRow("decimal") << QStringList{"a.csv", "--decimal", ";"} << "--decimal is";
        QTest::newRow("table") << QStringList{"a.csv", "--table", "viewers"} << "--table is";
        QTest::newRow("table vs mapping")
            << QStringList{"a.csv", "--mapping", users, "--table", "content"}
            << "the mapping is for users";
        QTest::newRow("mapping missing") << QStringList{"a.csv", "--mapping", "/nonexistent.json"}
                                         << "cannot read /nonexistent.json";
        QTest::newRow("mapping not json")
            << QStringList{"a.csv", "--mapping", STREAMLENS_EXECUTABLE} << "not JSON";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = streamlens(QStringList{"import", "--db", path("usage.db")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void netflixFilesWithTheShippedMappings()
    {
        const QString usersFile = STREAMLENS_SHARED_DIR "/data/netflix_userbase.csv";
        const QString titlesFile = STREAMLENS_SHARED_DIR "/data/netflix_titles.csv";
        if (!QFile::exists(usersFile) || !QFile::exists(titlesFile))
            QSKIP("../shared/data/netflix_*.csv are not present on this machine");
        const QString db = path("netflix.db"), report = path("netflix.json");
        Run r = streamlens({"import", usersFile, "--db", db, "--mapping",
                            kMappings + "netflix_userbase.users.json", "--report", report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(jsonFile(report).value("rows_inserted").toInteger(), 2500);
        // Content alone into the store that has the users; then both again change nothing.
        r = streamlens({"import", titlesFile, "--db", db, "--mapping",
                        kMappings + "netflix_titles.content.json", "--report", report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject rep = jsonFile(report);
        QCOMPARE(rep.value("status").toString(), QString("ok-with-rejects"));
        QCOMPARE(rep.value("rows_in").toInteger(), 8786);
        QCOMPARE(rep.value("rows_loaded").toInteger(), 5942);
        QCOMPARE(rep.value("rows_rejected").toInteger(), 2844);
        const QJsonObject first = rep.value("rejects").toArray()[0].toObject();
        QCOMPARE(first.value("file").toString(), QString("netflix_titles.csv"));
        QCOMPARE(first.value("line").toInteger(), 3);
        QCOMPARE(first.value("column").toString(), QString("duration"));
        r = streamlens({"import", usersFile, "--db", db, "--mapping",
                        kMappings + "netflix_userbase.users.json", "--report", report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        rep = jsonFile(report);
        QCOMPARE(rep.value("rows_inserted").toInteger(), 0);
        QCOMPARE(rep.value("rows_replaced").toInteger(), 2500);
        r = streamlens({"info", "--db", db, "--json"});
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value("users").toInteger(), 2500);
        QCOMPARE(info.value("content").toInteger(), 5942);
    }
};

QTEST_GUILESS_MAIN(TestCliImportMapping)
#include "tst_cli_import_mapping.moc"
