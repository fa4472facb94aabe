// SPDX-License-Identifier: MIT
// Contract import end to end: one fixture folder per case under tests/data/import/contract.
// Expected values are read off the fixture files by hand (line numbers count the header as
// line 1); epoch values come from GNU date, e.g. `date -u -d 2026-03-01T18:22:05Z +%s`.
#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "io/ContractImporter.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace streamlens;
using namespace streamlens::io;

// Lets QCOMPARE show the text of std::string values that differ.
namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {

std::string dir(const std::string& name)
{
    return STREAMLENS_TEST_DATA_DIR "/import/contract/" + name;
}

std::string num(int64_t v, int64_t nullValue)
{
    return v == nullValue ? "null" : std::to_string(v);
}

template <typename C> std::string cat(const C& column, size_t row)
{
    const auto v = column.value(row);
    return v ? std::string(*v) : "null";
}

// Every value of every table, one line per row, references shown as the referenced key.
std::vector<std::string> dump(const Dataset& d)
{
    std::vector<std::string> out;
    const auto& u = d.users;
    for (size_t r = 0; r < u.size(); ++r) {
        std::ostringstream s;
        s << "user " << u.userId.value(r) << '|' << u.signupDate[r] << '|' << cat(u.country, r)
          << '|' << num(u.age[r], kNullInt16) << '|' << cat(u.gender, r) << '|' << cat(u.plan, r)
          << '|' << u.monthlyFeeMilli[r] << '|' << cat(u.preferredGenre, r) << '|'
          << int(u.churned[r]) << '|' << num(u.churnDate[r], kNullInt32);
        out.push_back(s.str());
    }
    const auto& c = d.content;
    for (size_t r = 0; r < c.size(); ++r) {
        std::ostringstream s;
        s << "content " << c.contentId.value(r) << '|' << c.title.value(r) << '|'
          << cat(c.contentType, r) << '|' << cat(c.genre, r) << '|'
          << num(c.releaseYear[r], kNullInt16) << '|' << c.durationS[r] << '|'
          << cat(c.maturityRating, r) << '|' << num(c.avgRatingMilli[r], kNullInt32) << '|'
          << cat(c.language, r) << '|' << num(c.isOriginal[r], kNullBool);
        out.push_back(s.str());
    }
    const auto& x = d.sessions;
    for (size_t r = 0; r < x.size(); ++r) {
        std::ostringstream s;
        s << "session " << x.sessionId.value(r) << '|' << u.userId.value(size_t(x.userIndex[r]))
          << '|' << c.contentId.value(size_t(x.contentIndex[r])) << '|' << x.startTs[r] << '|'
          << cat(x.deviceType, r) << '|' << cat(x.os, r) << '|' << cat(x.playerVersion, r) << '|'
          << cat(x.connectionType, r) << '|' << cat(x.cdn, r) << '|' << cat(x.isp, r) << '|'
          << cat(x.country, r) << '|' << cat(x.streamType, r) << '|'
          << num(x.startupTimeMs[r], kNullInt32) << '|' << x.playingTimeMs[r] << '|'
          << x.rebufferCount[r] << '|' << x.rebufferTimeMs[r] << '|'
          << num(x.avgBitrateMilliKbps[r], kNullInt32) << '|' << x.bitrateSwitches[r] << '|'
          << int(x.resolutionCode[r]) << '|' << int(x.flags[r]) << '|' << cat(x.errorCode, r);
        out.push_back(s.str());
    }
    const auto& e = d.events;
    for (size_t r = 0; r < e.size(); ++r) {
        std::ostringstream s;
        s << "event " << e.eventId.value(r) << '|' << x.sessionId.value(size_t(e.sessionIndex[r]))
          << '|' << e.ts[r] << '|' << cat(e.eventType, r) << '|' << num(e.durationMs[r], kNullInt32)
          << '|' << num(e.bitrateKbps[r], kNullInt32) << '|' << cat(e.errorCode, r) << '|'
          << num(e.fatal[r], kNullBool) << '|' << cat(e.cdnPop, r);
        out.push_back(s.str());
    }
    for (const auto& extra : d.extraColumns) {
        std::string line = "extra " + extra.table + "." + extra.name + ":";
        for (size_t r = 0; r < extra.values.size(); ++r)
            line += " [" + std::string(extra.values.value(r)) + "]";
        out.push_back(line);
    }
    return out;
}

// "file:line|column|reason|value" per reject.
std::vector<std::string> rejects(const ImportReport& report)
{
    std::vector<std::string> out;
    for (const auto& r : report.rejects)
        out.push_back(r.file + ":" + std::to_string(r.line) + "|" + r.column + "|" + r.reason +
                      "|" + r.value);
    return out;
}

ImportOptions lenient()
{
    ImportOptions o;
    o.maxRejectRate = 1.0;
    return o;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

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
        // start: `date -u -d 2026-03-01T18:22:05.123Z +%s%3N` = 1772389325123; 3600.5 s -> 3600500; 4500.5 kbps -> 4500500; 1080p is code
        // 2 of kResolutions.
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

    void headerOnlyFilesLoadNothingSuccessfully()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("header_only")});
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(r.rowsIn, int64_t(0));
        QCOMPARE(r.files.size(), size_t(4));
        QCOMPARE(d.sessions.size(), size_t(0));
    }

    void everyKindOfRejectedRow()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("rejects")}, lenient());
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        const char* kBool = "is not a boolean (expected true/false, 1/0, yes/no or t/f)";
        const std::vector<std::string> expected = {
            "users.csv:3|signup_date|\"2025-02-30\" is no such calendar date|2025-02-30",
            "users.csv:4|country|\"Germany\" is not an ISO 3166-1 alpha-2 country code|Germany",
            "users.csv:5|age|\"12\" is out of range (expected 13 to 110)|12",
            "users.csv:6|gender|unknown value \"robot\" (expected one of female, male, other, "
            "unknown)|robot",
            "users.csv:7|plan|unknown value \"gold\" (expected one of free, basic, standard, "
            "premium)|gold",
            "users.csv:8|monthly_fee|\"-1\" is out of range (expected >= 0)|-1",
            std::string("users.csv:9|churned|\"maybe\" ") + kBool + "|maybe",
            "users.csv:10|churn_date|required when churned is true|",
            "users.csv:11|churn_date|must be empty when churned is false|2025-04-01",
            "users.csv:12|churn_date|is before signup_date (2025-03-10)|2025-01-01",
            "users.csv:13|user_id|duplicate user_id \"u001\" (first on line 2)|u001",
            "users.csv:14||expected 10 fields, found 9|",
            "users.csv:15|user_id|required value is missing|",
            "users.csv:16|plan|required value is missing|",
            "users.csv:19|age|\"abc\" is not an integer|abc",
            "users.csv:20|preferred_genre|text after the closing quote of a quoted field|comedy",
            "users.csv:21|user_id|identifier longer than 64 characters|"
            "user_with_a_very_long_identifier_that_goes_past_sixty_four_chars_x",
            "users.csv:22|preferred_genre|invalid UTF-8 text|com\xff"
            "edy",
            "content.csv:3|content_type|unknown value \"podcast\" (expected one of movie, "
            "episode, live, short)|podcast",
            "content.csv:4|release_year|\"1899\" is out of range (expected 1900 to 2100)|1899",
            "content.csv:5|duration_s|\"0\" is out of range (expected > 0)|0",
            "content.csv:6|avg_rating|\"5.5\" is out of range (expected 0 to 5)|5.5",
            "content.csv:7|language|\"english\" is not an ISO 639-1 language code|english",
            "content.csv:8|title|required value is missing|",
            std::string("content.csv:9|is_original|\"sometimes\" ") + kBool + "|sometimes",
            "content.csv:10|duration_s|\"90.5\" is not an integer (has a fractional part)|90.5",
            "sessions.csv:4|user_id|unknown user_id \"u999\" (not in users)|u999",
            "sessions.csv:5|user_id|unknown user_id \"u002\" (not in users)|u002",
            "sessions.csv:6|content_id|unknown content_id \"c002\" (not in content)|c002",
            "sessions.csv:7|start_ts|\"2026-03-01 25:00:00\" is invalid time of day|"
            "2026-03-01 25:00:00",
            "sessions.csv:8|device_type|unknown value \"fridge\" (expected one of mobile, "
            "tablet, desktop, smart_tv, console, streaming_stick)|fridge",
            "sessions.csv:9|connection_type|unknown value \"5g\" (expected one of wifi, "
            "cellular, ethernet, unknown)|5g",
            "sessions.csv:10|country|\"XX\" is not an ISO 3166-1 alpha-2 country code|XX",
            "sessions.csv:11|stream_type|unknown value \"vod2\" (expected one of vod, live)|vod2",
            "sessions.csv:12|startup_time_ms|\"-5\" is out of range (expected >= 0)|-5",
            "sessions.csv:13|start_failure|more than one start outcome (startup_time_ms set, "
            "start_failure true)|true",
            "sessions.csv:14|exit_before_start|no start outcome: startup_time_ms is empty and "
            "start_failure and exit_before_start are both false|false",
            "sessions.csv:15|avg_bitrate_kbps|required for a started session (startup_time_ms "
            "is set)|",
            "sessions.csv:16|resolution_p|required for a started session (startup_time_ms is "
            "set)|",
            "sessions.csv:17|avg_bitrate_kbps|must be empty for a session that did not start "
            "(startup_time_ms is empty)|100",
            "sessions.csv:18|resolution_p|\"1000\" is not a contract resolution (expected one of "
            "2160, 1440, 1080, 720, 540, 432, 360, 234)|1000",
            "sessions.csv:19|playing_time_s|must be 0 for a session that did not start|5",
            "sessions.csv:20|playback_failure|can only be true for a started session|true",
            "sessions.csv:21|rebuffer_time_ms|must be 0 when rebuffer_count is 0|500",
            "sessions.csv:22|completed|must be false for a live stream|true",
            "sessions.csv:23|session_id|duplicate session_id \"s001\" (first on line 2)|s001",
            "sessions.csv:24|cdn|required value is missing|",
            "sessions.csv:25|rebuffer_count|\"1.5\" is not an integer (has a fractional part)|1.5",
            "performance_events.csv:3|session_id|unknown session_id \"s999\" (not in "
            "sessions)|s999",
            "performance_events.csv:4|session_id|unknown session_id \"s003\" (not in "
            "sessions)|s003",
            "performance_events.csv:5|ts|is before the session's start_ts "
            "(2026-03-01T18:00:00.000Z)|2026-03-01T17:59:59.999Z",
            "performance_events.csv:6|event_type|unknown value \"buffering\" (expected one of "
            "startup, rebuffer, bitrate_change, error, seek, end)|buffering",
            "performance_events.csv:7|duration_ms|required for startup events|",
            "performance_events.csv:8|bitrate_kbps|required for bitrate_change events|",
            "performance_events.csv:9|bitrate_kbps|\"0\" is out of range (expected > 0)|0",
            "performance_events.csv:10|error_code|required for error events|",
            "performance_events.csv:11|fatal|required for error events|",
            "performance_events.csv:12|event_id|duplicate event_id \"e001\" (first on line 2)|e001",
            "performance_events.csv:13|ts|\"yesterday\" is not a timestamp (expected ISO-8601 "
            "such as 2026-03-01T18:22:05.123Z)|yesterday",
        };
        const auto got = rejects(r);
        for (size_t i = 0; i < std::min(got.size(), expected.size()); ++i)
            QCOMPARE(got[i], expected[i]);
        QCOMPARE(got.size(), expected.size());
        // Records: 20 users (one spans lines 17-18), 10 titles, 25 sessions, 13 events.
        QCOMPARE(r.files[0].rowsIn, int64_t(20));
        QCOMPARE(r.files[0].rowsRejected, int64_t(18));
        QCOMPARE(r.files[0].rowsLoaded, int64_t(2));
        QCOMPARE(r.files[1].rowsLoaded, int64_t(2));
        QCOMPARE(r.files[2].rowsLoaded, int64_t(3));
        QCOMPARE(r.files[3].rowsLoaded, int64_t(2));
        QCOMPARE(r.rowsIn, int64_t(68));
        QCOMPARE(r.rowsRejected, int64_t(59));
        QCOMPARE(d.users.userId.value(1), std::string("u014"));
        QCOMPARE(*d.users.preferredGenre.value(1), std::string_view("multi\nline genre"));
        QCOMPARE(d.sessions.sessionId.value(2), std::string("s024"));
        QCOMPARE(d.sessions.userIndex[2], 1); // u014
        QCOMPARE(d.content.contentId.value(1), std::string("c010"));
    }

    void crossFileViolationsRejectSessionsWithTheirEvents()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("crossfile")}, lenient());
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        std::vector<std::string> expected = {
            "sessions.csv:3|startup_time_ms|cross-file rule: 0 startup events in "
            "performance_events (a started session has exactly 1)|1000",
            "sessions.csv:4|startup_time_ms|cross-file rule: 2 startup events in "
            "performance_events (a started session has exactly 1)|1000",
            "sessions.csv:5|startup_time_ms|cross-file rule: the startup event's duration_ms is "
            "900, startup_time_ms is 1000|1000",
            "sessions.csv:6|rebuffer_count|cross-file rule: 1 rebuffer events in "
            "performance_events, rebuffer_count is 2|2",
            "sessions.csv:7|rebuffer_time_ms|cross-file rule: rebuffer events sum to 2500 ms, "
            "rebuffer_time_ms is 3000|3000",
            "sessions.csv:8|bitrate_switches|cross-file rule: 1 bitrate_change events in "
            "performance_events, bitrate_switches is 2|2",
        };
        // The events of s002..s007 sit on lines 6-28 of performance_events.csv.
        const int firstLine[] = {6, 9, 14, 18, 21, 25, 29};
        for (int s = 0; s < 6; ++s)
            for (int line = firstLine[s]; line < firstLine[s + 1]; ++line)
                expected.push_back("performance_events.csv:" + std::to_string(line) +
                                   "|session_id|session \"s00" + std::to_string(s + 2) +
                                   "\" was rejected by a cross-file rule (sessions.csv:" +
                                   std::to_string(s + 3) + ")|s00" + std::to_string(s + 2));
        QCOMPARE(rejects(r), expected);
        QCOMPARE(r.rowsRejected, int64_t(29));
        QCOMPARE(d.sessions.size(), size_t(2)); // s001 and the not-started s008
        QCOMPARE(d.sessions.sessionId.value(1), std::string("s008"));
        QCOMPARE(d.events.size(), size_t(5)); // e001-e004 and e028
        QCOMPARE(d.events.sessionIndex[4], 1);
    }

    void tooManyRejectsLoadNothing()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto before = dump(d);
        const ImportReport r = importInto(d, {dir("crossfile")}); // 29 of 44 rejected
        QCOMPARE(r.status, ImportStatus::TooManyRejects);
        QCOMPARE(r.error, std::string("29 of 44 rows rejected (65.91 % > 1.00 % allowed); "
                                      "nothing was loaded"));
        QCOMPARE(r.rowsLoaded, int64_t(0));
        QCOMPARE(r.rejects.size(), size_t(29)); // still listed, to see what went wrong
        QCOMPARE(dump(d), before);
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

    void eventsForLoadedSessionsFollowTheCrossFileRules()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto before = dump(d);
        const ImportReport r = importInto(d, {dir("events_for_loaded")}, lenient());
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        const std::string reason = "|session_id|already loaded session \"s001\" would break a "
                                   "cross-file rule: 3 rebuffer events in performance_events, "
                                   "rebuffer_count is 2|s001";
        QCOMPARE(rejects(r), (std::vector<std::string>{"performance_events.csv:2" + reason,
                                                       "performance_events.csv:3" + reason}));
        QCOMPARE(dump(d), before);
    }

    void withoutEventsTheCrossFileRulesAreNotChecked()
    {
        Dataset d;
        const ImportReport r = importInto(
            d, {dir("valid/users.csv"), dir("valid/content.csv"), dir("crossfile/sessions.csv")});
        QCOMPARE(r.status, ImportStatus::Ok);
        QCOMPARE(d.sessions.size(), size_t(8));
        QCOMPARE(r.notes.size(), size_t(1));
        QVERIFY(r.notes[0].find("not checked") != std::string::npos);
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

    void reportAsJsonAndRejectsCsv()
    {
        Dataset d;
        const ImportReport r = importInto(d, {dir("crossfile")}, lenient());
        const QJsonObject json = r.toJson(2);
        QCOMPARE(json["status"].toString(), QString("ok-with-rejects"));
        QCOMPARE(json["rows_in"].toInteger(), qint64(44));
        QCOMPARE(json["rows_rejected"].toInteger(), qint64(29));
        QCOMPARE(json["files"].toArray().size(), 4);
        QCOMPARE(json["files"].toArray()[2].toObject()["rows_rejected"].toInteger(), qint64(6));
        QCOMPARE(json["rejects"].toArray().size(), 2);
        QCOMPARE(json["rejects_not_listed"].toInteger(), qint64(27));
        QCOMPARE(json["rejects"].toArray()[0].toObject()["line"].toInteger(), qint64(3));

        QTemporaryDir tmp;
        const std::string path = tmp.filePath("rejects.csv").toStdString();
        std::string error;
        QVERIFY(r.writeRejectsCsv(path, &error));
        const std::string csv = readFile(path);
        QVERIFY(csv.starts_with("file,line,column,reason,raw_value\n"
                                "sessions.csv,3,startup_time_ms,cross-file rule: 0 startup "
                                "events in performance_events (a started session has exactly "
                                "1),1000\n"));
        QVERIFY(csv.find("performance_events.csv,6,session_id,\"session \"\"s002\"\" was "
                         "rejected by a cross-file rule (sessions.csv:3)\",s002\n") !=
                std::string::npos);
        QVERIFY(!r.writeRejectsCsv(tmp.filePath("no/such/dir.csv").toStdString(), &error));
        QVERIFY(error.starts_with("cannot write "));
        QVERIFY(r.summary().starts_with("import ok-with-rejects: 15 of 44 rows loaded (15 new, "
                                        "0 replaced), 29 rejected"));
        QCOMPARE(r.rejects[0].message(),
                 std::string("sessions.csv:3: column startup_time_ms: cross-file rule: 0 startup "
                             "events in performance_events (a started session has exactly 1)"));
    }

    void listedRejectsAreCapped()
    {
        Dataset d;
        ImportOptions o = lenient();
        o.maxListedRejects = 5;
        const ImportReport r = importInto(d, {dir("rejects")}, o);
        QCOMPARE(r.rowsRejected, int64_t(59));
        QCOMPARE(r.rejects.size(), size_t(5));
        QCOMPARE(r.rejectsNotListed(), int64_t(54));
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
