// SPDX-License-Identifier: MIT
// Contract import end to end: one fixture folder per case under tests/data/import/contract.
// Expected values are read off the fixture files by hand (line numbers count the header as
// line 1); epoch values come from GNU date, e.g. `date -u -d 2026-03-01T18:22:05Z +%s`.
#include "ImportTestSupport.h"
#include "data/ContractEnums.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using namespace streamlens::io;
using namespace streamlens::importtest;

class TestIoContractImport : public QObject {
    Q_OBJECT
private slots:
    void validDirectoryLoadsEverything()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("valid")});
        QCOMPARE(r.error, std::string());
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.files.size(), size_t(4));
        QCOMPARE(r.files[0].table, std::string("users"));
        QCOMPARE(r.files[3].table, std::string("performance_events"));
        // Rows per file: 4 users, 4 titles, 6 sessions, 15 events.
        QCOMPARE(r.rowsIn, int64_t(29));
        QCOMPARE(r.rowsLoaded, int64_t(29));
        QCOMPARE(r.rowsInserted, int64_t(29));
        QCOMPARE(r.rowsReplaced, int64_t(0));
        QCOMPARE(r.rowsRejected, int64_t(0));
        QCOMPARE(d.users.size(), size_t(4));
        QCOMPARE(d.content.size(), size_t(4));
        QCOMPARE(d.sessions.size(), size_t(6));
        QCOMPARE(d.events.size(), size_t(15));
        QVERIFY(r.notes.empty());

        const auto rows = dump(d);
        // 2025-02-01 = 20120 days, 2025-12-01 = 20423 (GNU date +%s / 86400); 7.99 -> 7990;
        // the age of u002 is empty.
        QCOMPARE(rows[1], std::string("user u002|20120|DE|null|male|basic|7990|null|1|20423"));
        QCOMPARE(rows[5], std::string("content c002|Kitchen Wars, Season 1|episode|reality|2022|"
                                      "2700|TV-14|3850|en|0"));
        QCOMPARE(rows[7], std::string("content c004|A \"Quoted\" Title|short|comedy|2024|300|PG|"
                                      "null|fr|1"));
        // start: `date -u -d 2026-03-01T18:22:05.123Z +%s%3N` = 1772389325123; 3600.5 s -> 3600500;
        // 4500.5 kbps -> 4500500; 1080p is code 2 of kResolutions.
        QCOMPARE(rows[8], std::string("session s001|u001|c001|1772389325123|smart_tv|tizen|7.2.1|"
                                      "wifi|cdn_a|Comcast|US|vod|1200|3600500|2|3000|4500500|1|"
                                      "2|0|null"));
        // Start failure: flags bit 0; resolution null (0xFF = 255).
        QCOMPARE(rows[9], std::string("session s002|u002|c002|1772391600000|mobile|android|5.1.0|"
                                      "cellular|cdn_b|Telekom|DE|vod|null|0|0|0|null|0|255|1|"
                                      "E1001"));
        // Playback failure (bit 2 = 4); 120.25 s -> 120250.
        QCOMPARE(rows[13], std::string("session s006|u002|c002|1772625600000|console|null|3.3.3|"
                                       "unknown|cdn_a|Telekom|DE|vod|950|120250|0|0|2500000|0|4|"
                                       "4|E2002"));
        QCOMPARE(rows[14], std::string("event e001|s001|1772389326323|startup|1200|null|null|"
                                       "null|fra1"));
        QCOMPARE(rows[19], std::string("event e006|s002|1772391604000|error|null|null|E1001|1|"
                                       "ber2"));
        QCOMPARE(d.source, dir("valid"));
    }

    void sameDatasetFromEquivalentFiles_data()
    {
        QTest::addColumn<QString>("folder");
        // Columns in another order, CRLF and a BOM in users.csv, no final newline in
        // content.csv.
        QTest::newRow("shuffled columns") << "shuffled";
        // The same instants written with offsets, a space, no zone, no fraction.
        QTest::newRow("timestamp offsets") << "timestamp_offsets";
        // TRUE/True/1/yes/YES/t/T/Yes/tRuE and the false spellings.
        QTest::newRow("boolean spellings") << "booleans";
        // Recognised by header, not by name.
        QTest::newRow("odd file names") << "by_header";
    }

    void sameDatasetFromEquivalentFiles()
    {
        QFETCH(QString, folder);
        Dataset reference, other;
        QCOMPARE(importInto(reference, {dir("valid")}).status, ImportStatus::Ok);
        std::vector<std::string> paths{dir(folder.toStdString())};
        if (folder == "by_header")
            paths = {dir("by_header/player_log.csv"), dir("by_header/views.csv"),
                     dir("by_header/catalogue.csv"), dir("by_header/export_2026_users.csv")};
        const ImportReport r = importInto(other, paths);
        QCOMPARE(r.error, std::string());
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(dump(other), dump(reference));
    }

    void unknownColumnsAreKeptAsideAndReported()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("unknown_column/users.csv")});
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.files[0].unknownColumns, (std::vector<std::string>{"column 1", "loyalty_tier"}));
        QCOMPARE(d.users.size(), size_t(4));
        const auto rows = dump(d);
        QCOMPARE(rows[4], std::string("extra users.column 1: [0] [1] [2] [3]"));
        QCOMPARE(rows[5],
                 std::string("extra users.loyalty_tier: [gold] [] [silver, plus] [bronze]"));
        QVERIFY(r.summary().find("unknown columns kept aside: column 1 loyalty_tier") !=
                std::string::npos);
    }

    void fileLevelErrorsLoadNothing_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QString>("error");
        const QString base = QString::fromStdString(dir(""));
        QTest::newRow("missing required column")
            << QStringList{base + "missing_required"}
            << base + "missing_required/sessions.csv (sessions): missing required column cdn";
        QTest::newRow("png named sessions.csv")
            << QStringList{base + "not_csv"}
            << base + "not_csv/sessions.csv is not a CSV text file: it looks like a PNG image";
        QTest::newRow("empty file") << QStringList{base + "empty_file"}
                                    << base + "empty_file/users.csv: empty file (no header row)";
        QTest::newRow("unrecognised table")
            << QStringList{base + "unrecognised/mystery.csv"}
            << base + "unrecognised/mystery.csv: cannot tell which contract table it holds (the "
                      "file name is not users/content/sessions/performance_events.csv and the "
                      "header has none of event_id, session_id, content_id, user_id)";
        QTest::newRow("duplicate column")
            << QStringList{base + "duplicate_header"}
            << base + "duplicate_header/users.csv (users): duplicate column name \"User_ID\"";
        QTest::newRow("no contract files") << QStringList{base + "unrecognised"}
                                           << base + "unrecognised holds none of users.csv, "
                                                     "content.csv, sessions.csv, "
                                                     "performance_events.csv";
        QTest::newRow("missing file")
            << QStringList{base + "nope.csv"}
            << "cannot open " + base + "nope.csv: No such file or directory";
        QTest::newRow("nothing") << QStringList{} << "no files to import";
        QTest::newRow("other delimiter")
            << QStringList{base + "semicolon"}
            << base + "semicolon/users.csv (users): missing required columns user_id, "
                      "signup_date, country, plan, monthly_fee, churned (the header is one "
                      "column containing ';': is the file delimited by it? Set the delimiter)";
    }

    void fileLevelErrorsLoadNothing()
    {
        QFETCH(QStringList, paths);
        QFETCH(QString, error);
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto before = dump(d);
        std::vector<std::string> p;
        for (const auto& s : paths)
            p.push_back(s.toStdString());
        const ImportReport r = importInto(d, p, lenient());
        QCOMPARE(r.status, ImportStatus::FileError);
        QCOMPARE(r.error, error.toStdString());
        QCOMPARE(r.rowsLoaded, int64_t(0));
        QCOMPARE(dump(d), before);
    }

    // A NUL byte past the first block is found by the parsing threads, not the reader;
    // the message is the same either way. users.csv line 4 has "I\0" at byte 217.
    void nulByteAnywhereIsAFileError()
    {
        const std::string path = dir("nul_in_data/users.csv");
        for (size_t block : {size_t(64), size_t(100), size_t(32) << 20}) {
            for (int threads : {1, 2}) {
                ImportOptions o;
                o.blockSize = block;
                o.threads = threads;
                o.parallelMinBytes = 0;
                Dataset d;
                const ImportReport r = importInto(d, {path}, o);
                QCOMPARE(r.status, ImportStatus::FileError);
                QCOMPARE(r.error, path + " is not a CSV text file: NUL byte at byte offset 217 "
                                         "(line 4)");
            }
        }
    }

    void configurableDelimiter()
    {
        Dataset semicolon, comma;
        ImportOptions o;
        o.delimiter = ';';
        QCOMPARE(importInto(semicolon, {dir("semicolon/users.csv")}, o).status, ImportStatus::Ok);
        QCOMPARE(importInto(comma, {dir("valid/users.csv")}).status, ImportStatus::Ok);
        QCOMPARE(dump(semicolon), dump(comma));
    }

    void headerOnlyFilesLoadNothingSuccessfully()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("header_only")});
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.rowsIn, int64_t(0));
        QCOMPARE(r.files.size(), size_t(4));
        QCOMPARE(d.sessions.size(), size_t(0));
    }

    void reimportChangesNothing()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto first = dump(d);
        const ImportReport r = importInto(d, {dir("valid")});
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.rowsInserted, int64_t(0));
        QCOMPARE(r.rowsReplaced, int64_t(29));
        QCOMPARE(r.files[2].rowsReplaced, int64_t(6));
        QCOMPARE(dump(d), first);
        // With an unknown column too: the extra column is not duplicated either.
        QCOMPARE(importInto(d, {dir("unknown_column/users.csv")}).rowsReplaced, int64_t(4));
        const auto withExtra = dump(d);
        QCOMPARE(importInto(d, {dir("unknown_column/users.csv")}).rowsReplaced, int64_t(4));
        QCOMPARE(dump(d), withExtra);
        QCOMPARE(d.extraColumns.size(), size_t(2));
    }

    void replacedRowsKeepTheirPlaceAndNewRowsAppend()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const ImportReport r = importInto(d, {dir("users_update/users.csv")});
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.rowsReplaced, int64_t(1));
        QCOMPARE(r.rowsInserted, int64_t(1));
        QCOMPARE(d.users.size(), size_t(5));
        QCOMPARE(*d.users.plan.value(1), std::string_view("premium"));
        QCOMPARE(d.users.monthlyFeeMilli[1], 19990);
        QCOMPARE(d.users.userId.value(4), std::string("u005"));
        QCOMPARE(*d.users.preferredGenre.value(4), std::string_view("anime"));
        // Sessions still point at the same user rows.
        QCOMPARE(d.sessions.userIndex[1], 1);
    }

    void sessionsMayReferToRowsAlreadyLoaded()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const ImportReport r = importInto(d, {dir("sessions_only/sessions.csv")});
        QCOMPARE(r.error, std::string());
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.rowsInserted, int64_t(2));
        QCOMPARE(d.sessions.size(), size_t(8));
        QCOMPARE(d.sessions.userIndex[6], 2);    // u003
        QCOMPARE(d.sessions.contentIndex[6], 3); // c004
        QCOMPARE(*d.sessions.cdn.value(6), std::string_view("cdn_d"));
        // Without users and content loaded, the same file only has dangling references.
        Dataset empty;
        const ImportReport alone = importInto(empty, {dir("sessions_only/sessions.csv")});
        QCOMPARE(alone.status, ImportStatus::TooManyRejects);
        QCOMPARE(alone.rejects[0].reason, std::string("unknown user_id \"u003\" (not in users)"));
    }

    // Tiny blocks split across 1-3 threads must give exactly what one big block gives.
    void parallelBlocksGiveTheSameResult_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("valid") << "valid";
        QTest::newRow("rejects") << "rejects";
        QTest::newRow("crossfile") << "crossfile";
    }

    void parallelBlocksGiveTheSameResult()
    {
        QFETCH(QString, folder);
        Dataset reference;
        const ImportReport ref = importInto(reference, {dir(folder.toStdString())}, lenient());
        for (int threads : {1, 2, 3}) {
            for (size_t block : {64, 300}) {
                ImportOptions o = lenient();
                o.threads = threads;
                o.blockSize = block;
                o.parallelMinBytes = 0;
                Dataset d;
                const ImportReport r = importInto(d, {dir(folder.toStdString())}, o);
                QCOMPARE(r.status, ref.status);
                QCOMPARE(rejects(r), rejects(ref));
                QCOMPARE(dump(d), dump(reference));
            }
        }
    }

    void cancelLeavesTheTargetUntouched()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto before = dump(d);
        ImportOptions o;
        o.blockSize = 64;
        int calls = 0;
        o.progress = [&](double) { return ++calls < 3; };
        const ImportReport r = importInto(d, {dir("users_update"), dir("valid")}, o);
        QCOMPARE(r.status, ImportStatus::Cancelled);
        QCOMPARE(calls, 3);
        QCOMPARE(dump(d), before);
    }

    void progressRisesToOne()
    {
        Dataset d;
        ImportOptions o;
        o.blockSize = 128;
        std::vector<double> seen;
        o.progress = [&](double f) {
            seen.push_back(f);
            return true;
        };
        QCOMPARE(importInto(d, {dir("valid")}, o).status, ImportStatus::Ok);
        QVERIFY(seen.size() > 5);
        for (size_t i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i] >= seen[i - 1]);
        QCOMPARE(seen.back(), 1.0);
    }

    void invalidDialectIsAFileError()
    {
        Dataset d;
        ImportOptions o;
        o.delimiter = '"';
        const ImportReport r = importInto(d, {dir("valid")}, o);
        QCOMPARE(r.status, ImportStatus::FileError);
        QVERIFY(r.error.starts_with("invalid CSV dialect"));
    }
};

QTEST_APPLESS_MAIN(TestIoContractImport)
#include "tst_io_contractimport.moc"
