// SPDX-License-Identifier: MIT
// Rejected rows of a contract import: every kind of row rule, the cross-file rules, the
// reject-rate limit, and the report's JSON and rejects CSV. Expected lines, columns and
// reasons are read off the fixture files (tests/data/import/contract/rejects, crossfile...).
#include "ImportTestSupport.h"
#include "data/ContractEnums.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using namespace streamlens::io;
using namespace streamlens::importtest;

class TestIoImportRejects : public QObject {
    Q_OBJECT
private slots:
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
};

QTEST_APPLESS_MAIN(TestIoImportRejects)
#include "tst_io_importrejects.moc"
