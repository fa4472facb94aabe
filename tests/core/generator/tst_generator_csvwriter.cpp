// SPDX-License-Identifier: MIT
// The contract CSV writer on a hand-built dataset: every expected byte is written out below,
// covering nulls, RFC 4180 quoting, timestamps (before 1970, leap day), dates, decimals
// without trailing zeros, padded/text/dangling identifiers and kept-aside extra columns.

#include "GeneratorTestSupport.h"
#include "data/ContractEnums.h"
#include "generator/CivilTime.h"
#include "generator/ContractCsvWriter.h"
#include "generator/CsvFormat.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace streamlens;
using namespace streamlens::generator;
using namespace streamlens::contract;

namespace {

int64_t at(int y, int m, int d, int hh, int mm, int ss, int ms)
{
    return int64_t(daysFromCivil(y, m, d)) * kMsPerDay + ((hh * 60 + mm) * 60 + ss) * 1000LL + ms;
}

template <typename C> void put(C& column, const char* value)
{
    if (value)
        QVERIFY(column.append(value));
    else
        column.appendNull();
}

Dataset handBuilt()
{
    Dataset d;
    UserTable& u = d.users;
    struct U {
        const char* id;
        int32_t signup;
        const char* country;
        int16_t age;
        const char* gender;
        const char* plan;
        int32_t fee;
        const char* genre;
        uint8_t churned;
        int32_t churnDate;
    };
    for (const U& r :
         {U{"u1", daysFromCivil(2026, 2, 28), "US", 34, "female", "premium", 22990, "drama", 0,
            kNullInt32},
          U{"u2", -1, "DE", kNullInt16, nullptr, "free", 0, nullptr, 1, daysFromCivil(2024, 2, 29)},
          U{"u3", 0, "BR", 110, "other", "basic", 12500, "sci-fi", 0, kNullInt32}}) {
        u.userId.append(r.id);
        u.signupDate.push_back(r.signup);
        put(u.country, r.country);
        u.age.push_back(r.age);
        put(u.gender, r.gender);
        put(u.plan, r.plan);
        u.monthlyFeeMilli.push_back(r.fee);
        put(u.preferredGenre, r.genre);
        u.churned.push_back(r.churned);
        u.churnDate.push_back(r.churnDate);
    }

    ContentTable& c = d.content;
    struct C {
        const char* id;
        const char* title;
        const char* type;
        const char* genre;
        int16_t year;
        int32_t duration;
        const char* rating;
        int32_t avg;
        const char* language;
        uint8_t original;
    };
    for (const C& r :
         {C{"c001", "Love, Actually", "movie", "sci-fi", 2001, 5400, "PG-13", 4250, "en", 1},
          C{"c002", "The \"Best\" Show", "episode", "drama, romance", kNullInt16, 1, nullptr, 4000,
            nullptr, kNullBool},
          C{"c010", "two\nlines", "live", "sports", 2100, 7200, "TV-14", kNullInt32, "pt", 0},
          C{"c100", "", "short", "Café", 1900, 60, "G", 100, "fr", 1}}) {
        c.contentId.append(r.id);
        c.title.append(r.title);
        put(c.contentType, r.type);
        put(c.genre, r.genre);
        c.releaseYear.push_back(r.year);
        c.durationS.push_back(r.duration);
        put(c.maturityRating, r.rating);
        c.avgRatingMilli.push_back(r.avg);
        put(c.language, r.language);
        c.isOriginal.push_back(r.original);
    }

    SessionTable& s = d.sessions;
    struct S {
        const char* id;
        int32_t user, content;
        int64_t ts;
        const char *device, *os, *version, *connection, *cdn, *isp, *country, *stream;
        int32_t startup, playing, count, rebuffer, bitrate, switches;
        int resolution;
        uint8_t flags;
        const char* error;
    };
    for (const S& r : {S{"sess-a",   0,       0,       at(2024, 2, 29, 12, 34, 56, 789),
                         "smart_tv", "tizen", "5.2.0", "wifi",
                         "cdn_a",    "AT&T",  "US",    "vod",
                         1234,       3723450, 2,       3100,
                         4500000,    3,       1080,    Completed,
                         nullptr},
                       S{"sess,b",  1,          1,          0,       "mobile",
                         nullptr,   nullptr,    "cellular", "cdn_b", "Telefónica, S.A.",
                         "DE",      "vod",      kNullInt32, 0,       0,
                         0,         kNullInt32, 0,          0,       StartFailure,
                         "HTTP_503"},
                       S{"s3",       99,      2,          -1,      "console",
                         "xbox",     "4.9.1", "ethernet", "cdn_c", nullptr,
                         "BR",       "live",  0,          1,       0,
                         0,          145500,  0,          234,     PlaybackFailure,
                         "ERR \"X\""}}) {
        s.sessionId.append(r.id);
        s.userIndex.push_back(r.user);
        s.contentIndex.push_back(r.content);
        s.startTs.push_back(r.ts);
        put(s.deviceType, r.device);
        put(s.os, r.os);
        put(s.playerVersion, r.version);
        put(s.connectionType, r.connection);
        put(s.cdn, r.cdn);
        put(s.isp, r.isp);
        put(s.country, r.country);
        put(s.streamType, r.stream);
        s.startupTimeMs.push_back(r.startup);
        s.playingTimeMs.push_back(r.playing);
        s.rebufferCount.push_back(r.count);
        s.rebufferTimeMs.push_back(r.rebuffer);
        s.avgBitrateMilliKbps.push_back(r.bitrate);
        s.bitrateSwitches.push_back(r.switches);
        s.resolutionCode.push_back(r.resolution ? resolutionCode(r.resolution) : kNullResolution);
        s.flags.push_back(r.flags);
        put(s.errorCode, r.error);
    }

    EventTable& e = d.events;
    struct E {
        const char* id;
        int32_t session;
        int64_t ts;
        const char* type;
        int32_t duration, bitrate;
        const char* error;
        uint8_t fatal;
        const char* pop;
    };
    for (const E& r : {E{"e1", 0, at(2024, 2, 29, 12, 34, 56, 789), "startup", 1234, kNullInt32,
                         nullptr, kNullBool, "cdn_a-iad1"},
                       E{"e2", 0, at(2024, 2, 29, 23, 59, 59, 999), "bitrate_change", kNullInt32,
                         6000, nullptr, kNullBool, nullptr},
                       E{"e3", 1, 5, "error", kNullInt32, kNullInt32, "HTTP_503", 1, "cdn_b-fra2"},
                       E{"e4", 2, 0, "error", kNullInt32, kNullInt32, "X", 0, nullptr},
                       E{"e5", -1, at(2026, 11, 23, 0, 0, 0, 10), "end", kNullInt32, kNullInt32,
                         nullptr, kNullBool, nullptr}}) {
        e.eventId.append(r.id);
        e.sessionIndex.push_back(r.session);
        e.ts.push_back(r.ts);
        put(e.eventType, r.type);
        e.durationMs.push_back(r.duration);
        e.bitrateKbps.push_back(r.bitrate);
        put(e.errorCode, r.error);
        e.fatal.push_back(r.fatal);
        put(e.cdnPop, r.pop);
    }

    ExtraColumn note{"sessions", "note", {}};
    for (const char* v : {"a,b", "", "c"})
        note.values.append(v);
    d.extraColumns.push_back(std::move(note));
    ExtraColumn odd{"performance_events", "odd,name", {}};
    odd.values.append("v"); // shorter than the table: the other rows get empty fields
    d.extraColumns.push_back(std::move(odd));
    return d;
}

const char* kUsers =
    "user_id,signup_date,country,age,gender,plan,monthly_fee,preferred_genre,churned,churn_date\n"
    "u1,2026-02-28,US,34,female,premium,22.99,drama,false,\n"
    "u2,1969-12-31,DE,,,free,0,,true,2024-02-29\n"
    "u3,1970-01-01,BR,110,other,basic,12.5,sci-fi,false,\n";

const char* kContent = "content_id,title,content_type,genre,release_year,duration_s,maturity_"
                       "rating,avg_rating,language,is_original\n"
                       "c001,\"Love, Actually\",movie,sci-fi,2001,5400,PG-13,4.25,en,true\n"
                       "c002,\"The \"\"Best\"\" Show\",episode,\"drama, romance\",,1,,4,,\n"
                       "c010,\"two\nlines\",live,sports,2100,7200,TV-14,,pt,false\n"
                       "c100,\"\",short,Café,1900,60,G,0.1,fr,true\n";

const char* kSessions =
    "session_id,user_id,content_id,start_ts,device_type,os,player_version,connection_type,cdn,isp,"
    "country,stream_type,"
    "startup_time_ms,playing_time_s,rebuffer_count,rebuffer_time_ms,avg_bitrate_kbps,bitrate_"
    "switches,resolution_p,"
    "start_failure,exit_before_start,playback_failure,error_code,completed,note\n"
    "sess-a,u1,c001,2024-02-29T12:34:56.789Z,smart_tv,tizen,5.2.0,wifi,cdn_a,AT&T,US,vod,1234,3723."
    "45,2,3100,4500,3,1080,"
    "false,false,false,,true,\"a,b\"\n"
    "\"sess,b\",u2,c002,1970-01-01T00:00:00.000Z,mobile,,,cellular,cdn_b,\"Telefónica, "
    "S.A.\",DE,vod,,0,0,0,,0,,"
    "true,false,false,HTTP_503,false,\n"
    "s3,,c010,1969-12-31T23:59:59.999Z,console,xbox,4.9.1,ethernet,cdn_c,,BR,live,0,0.001,0,0,145."
    "5,0,234,"
    "false,false,true,\"ERR \"\"X\"\"\",false,c\n";

const char* kEvents = "event_id,session_id,ts,event_type,duration_ms,bitrate_kbps,error_code,fatal,"
                      "cdn_pop,\"odd,name\"\n"
                      "e1,sess-a,2024-02-29T12:34:56.789Z,startup,1234,,,,cdn_a-iad1,v\n"
                      "e2,sess-a,2024-02-29T23:59:59.999Z,bitrate_change,,6000,,,,\n"
                      "e3,\"sess,b\",1970-01-01T00:00:00.005Z,error,,,HTTP_503,true,cdn_b-fra2,\n"
                      "e4,s3,1970-01-01T00:00:00.000Z,error,,,X,false,,\n"
                      "e5,,2026-11-23T00:00:00.010Z,end,,,,,,\n";

} // namespace

class TestGeneratorCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void formatsValues()
    {
        using namespace streamlens::generator::csv;
        char buf[64];
        auto milli = [&](int64_t v) { return std::string(buf, putMilli(buf, v)); };
        QCOMPARE(milli(0), std::string("0"));
        QCOMPARE(milli(1), std::string("0.001"));
        QCOMPARE(milli(10), std::string("0.01"));
        QCOMPARE(milli(1500), std::string("1.5"));
        QCOMPARE(milli(123450), std::string("123.45"));
        QCOMPARE(milli(-20), std::string("-0.02"));
        QCOMPARE(milli(2147483647), std::string("2147483.647"));
        QCOMPARE(isoTimestamp(0), std::string("1970-01-01T00:00:00.000Z"));
        QCOMPARE(isoTimestamp(-1), std::string("1969-12-31T23:59:59.999Z"));
        // 2000-03-01 is day 11017 (30 years + 7 leap days + Jan and Feb 2000 = 10957 + 60).
        QCOMPARE(isoTimestamp(11017 * kMsPerDay + 1), std::string("2000-03-01T00:00:00.001Z"));
        QCOMPARE(isoDate(daysFromCivil(1900, 1, 1)), std::string("1900-01-01"));
        QCOMPARE(escaped("plain"), std::string("plain"));
        QCOMPARE(escaped(""), std::string("\"\""));
        QCOMPARE(escaped("a\r\nb"), std::string("\"a\r\nb\""));
        QCOMPARE(parseIsoDate("2026-11-23"), std::optional<int32_t>(daysFromCivil(2026, 11, 23)));
        QVERIFY(!parseIsoDate("2026-02-29"));
        QVERIFY(!parseIsoDate("2026-1-23"));
    }

    void writesTheContractFiles()
    {
        const Dataset d = handBuilt();
        QTemporaryDir tmp;
        const WriteResult r = writeContractCsv(d, tmp.path().toStdString());
        QVERIFY2(r.ok, r.error.c_str());
        QCOMPARE(r.files.size(), size_t(4));
        QCOMPARE(generator_test::readAll(tmp.path() + "/users.csv"), QByteArray(kUsers));
        QCOMPARE(generator_test::readAll(tmp.path() + "/content.csv"), QByteArray(kContent));
        QCOMPARE(generator_test::readAll(tmp.path() + "/sessions.csv"), QByteArray(kSessions));
        QCOMPARE(generator_test::readAll(tmp.path() + "/performance_events.csv"),
                 QByteArray(kEvents));
        const auto total = int64_t(std::strlen(kUsers) + std::strlen(kContent) +
                                   std::strlen(kSessions) + std::strlen(kEvents));
        QCOMPARE(r.bytes, total);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files).size(), 4); // no temporaries left
    }

    void sameBytesForAnyThreadsAndChunks()
    {
        // One-row chunks on four threads run the ordered pipeline even on this tiny dataset.
        const Dataset d = handBuilt();
        QTemporaryDir tmp;
        CsvWriteOptions o;
        o.threads = 4;
        o.chunkRows = 1;
        QVERIFY(ContractCsvWriter(d, o).write(tmp.path().toStdString()).ok);
        QCOMPARE(generator_test::readAll(tmp.path() + "/sessions.csv"), QByteArray(kSessions));
        QCOMPARE(generator_test::readAll(tmp.path() + "/performance_events.csv"),
                 QByteArray(kEvents));
        QCOMPARE(generator_test::readAll(tmp.path() + "/content.csv"), QByteArray(kContent));
    }

    void extraColumnsCanBeLeftOut()
    {
        const Dataset d = handBuilt();
        QTemporaryDir tmp;
        CsvWriteOptions o;
        o.includeExtraColumns = false;
        QVERIFY(ContractCsvWriter(d, o).write(tmp.path().toStdString()).ok);
        const auto rows =
            generator_test::parseCsv(generator_test::readAll(tmp.path() + "/sessions.csv"));
        QVERIFY(rows.has_value());
        QCOMPARE(rows->size(), size_t(4));
        for (const auto& row : *rows)
            QCOMPARE(row.size(), size_t(24));
    }

    void withoutEventsNoEventFile()
    {
        Dataset d = handBuilt();
        d.events = EventTable();
        QTemporaryDir tmp;
        QFile stale(tmp.path() + "/performance_events.csv");
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("event_id\nold\n");
        stale.close();
        const WriteResult r = writeContractCsv(d, tmp.path().toStdString());
        QVERIFY(r.ok);
        QCOMPARE(r.files.size(), size_t(3));
        QVERIFY(!QFile::exists(tmp.path() + "/performance_events.csv"));
    }

    void reportsErrors()
    {
        const Dataset d = handBuilt();
        QTemporaryDir tmp;
        QFile file(tmp.path() + "/occupied");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const WriteResult r = writeContractCsv(d, (tmp.path() + "/occupied").toStdString());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.find("occupied") != std::string::npos, r.error.c_str());
        QVERIFY(r.files.empty());
    }

    void cancelLeavesNoPartialFiles()
    {
        const Dataset d = handBuilt();
        QTemporaryDir tmp;
        int calls = 0;
        CsvWriteOptions o;
        o.chunkRows = 1;
        const WriteResult r = ContractCsvWriter(d, o).write(tmp.path().toStdString(),
                                                            [&](double) { return ++calls < 5; });
        QVERIFY(!r.ok);
        QCOMPARE(r.error, std::string("cancelled"));
        // users.csv (3 rows) was complete before the cancel, content.csv was not.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files), QStringList{"users.csv"});
    }
};

QTEST_GUILESS_MAIN(TestGeneratorCsvWriter)
#include "tst_generator_csvwriter.moc"
