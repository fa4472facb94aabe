// SPDX-License-Identifier: MIT
#pragma once
// Shared by the store tests: a small hand-built Dataset that touches every column type,
// nulls, unicode, text and numeric ids and extreme values, and a column-by-column
// comparison of two Datasets.

#include "data/ContractEnums.h"
#include "data/Dataset.h"

#include <QTest>

#include <cstdint>
#include <cstdio>
#include <limits>
#include <string>

namespace storetest {

using namespace streamlens;

template <typename C> void put(C& column, const char* v)
{
    if (v)
        QVERIFY(column.append(v));
    else
        column.appendNull();
}

inline void addUser(UserTable& t, const char* id, int32_t signup, const char* country, int16_t age,
                    const char* gender, const char* plan, int32_t feeMilli, const char* genre,
                    uint8_t churned, int32_t churnDate)
{
    t.userId.append(id);
    t.signupDate.push_back(signup);
    put(t.country, country);
    t.age.push_back(age);
    put(t.gender, gender);
    put(t.plan, plan);
    t.monthlyFeeMilli.push_back(feeMilli);
    put(t.preferredGenre, genre);
    t.churned.push_back(churned);
    t.churnDate.push_back(churnDate);
}

inline void addContent(ContentTable& t, const char* id, const std::string& title, const char* type,
                       const char* genre, int16_t year, int32_t duration, const char* rating,
                       int32_t avgMilli, const char* language, uint8_t original)
{
    t.contentId.append(id);
    t.title.append(title);
    put(t.contentType, type);
    put(t.genre, genre);
    t.releaseYear.push_back(year);
    t.durationS.push_back(duration);
    put(t.maturityRating, rating);
    t.avgRatingMilli.push_back(avgMilli);
    put(t.language, language);
    t.isOriginal.push_back(original);
}

struct SessionRow {
    const char* id;
    int32_t user;
    int32_t content;
    int64_t startTs;
    const char* device;
    const char* os;
    const char* player;
    const char* connection;
    const char* cdn;
    const char* isp;
    const char* country;
    const char* stream;
    int32_t startupMs;
    int32_t playingMs;
    int32_t rebufferCount;
    int32_t rebufferMs;
    int32_t bitrateMilli;
    int32_t switches;
    uint8_t resolution;
    uint8_t flags;
    const char* error;
};

inline void addSession(SessionTable& t, const SessionRow& r)
{
    t.sessionId.append(r.id);
    t.userIndex.push_back(r.user);
    t.contentIndex.push_back(r.content);
    t.startTs.push_back(r.startTs);
    put(t.deviceType, r.device);
    put(t.os, r.os);
    put(t.playerVersion, r.player);
    put(t.connectionType, r.connection);
    put(t.cdn, r.cdn);
    put(t.isp, r.isp);
    put(t.country, r.country);
    put(t.streamType, r.stream);
    t.startupTimeMs.push_back(r.startupMs);
    t.playingTimeMs.push_back(r.playingMs);
    t.rebufferCount.push_back(r.rebufferCount);
    t.rebufferTimeMs.push_back(r.rebufferMs);
    t.avgBitrateMilliKbps.push_back(r.bitrateMilli);
    t.bitrateSwitches.push_back(r.switches);
    t.resolutionCode.push_back(r.resolution);
    t.flags.push_back(r.flags);
    put(t.errorCode, r.error);
}

inline void addEvent(EventTable& t, const char* id, int32_t session, int64_t ts, const char* type,
                     int32_t duration, int32_t bitrate, const char* error, uint8_t fatal,
                     const char* pop)
{
    t.eventId.append(id);
    t.sessionIndex.push_back(session);
    t.ts.push_back(ts);
    put(t.eventType, type);
    t.durationMs.push_back(duration);
    t.bitrateKbps.push_back(bitrate);
    put(t.errorCode, error);
    t.fatal.push_back(fatal);
    put(t.cdnPop, pop);
}

// The sample: 3 users (zero-padded numeric ids), 3 titles (text ids), 5 sessions
// (unpadded numeric ids), 7 events ("e-" prefix), 2 extra columns.
inline Dataset sample()
{
    using namespace streamlens::contract;
    Dataset d;
    d.source = "/tmp/imports/sessions ünïcode, \"quoted\".csv";
    constexpr int32_t kMax = std::numeric_limits<int32_t>::max();
    // Dates: 1970-01-01 (0), 1969-12-31 (-1), 2026-03-01 (20513), far future/past.
    addUser(d.users, "u001", 0, "DE", 34, "female", "premium", 17990, "Drame – 犯罪", 0,
            kNullInt32);
    addUser(d.users, "u002", -1, "JP", kNullInt16, nullptr, "free", 0, nullptr, 1, 20513);
    addUser(d.users, "u010", 2932896 /* 9999-12-31 */, "US", 110, "unknown", "basic", kMax, "", 1,
            -719162 /* 0001-01-01 */);

    addContent(d.content, "movie:alpha", "Alpha, \"the\" movie\nline two 🎬", "movie", "drama", 2021,
               7200, "PG-13", 4500, "en", 1);
    addContent(d.content, "ep/β-1", "", "episode", "comédie", kNullInt16, 1, nullptr, kNullInt32,
               nullptr, kNullBool);
    addContent(d.content, "live_2026", "Finale ⚽ Live", "live", "sport", 2100, kMax, "TV-MA", 0,
               "pt", 0);

    // startTs: a normal time, before 1970, far future, zero, int64 extremes.
    addSession(d.sessions, {"1",
                            0,
                            0,
                            1772389325123LL,
                            "smart_tv",
                            "tizen",
                            "7.1.0",
                            "wifi",
                            "cdn_a",
                            "Telekom",
                            "DE",
                            "vod",
                            812,
                            3600500,
                            2,
                            1500,
                            5200000,
                            3,
                            resolutionCode(1080),
                            Completed,
                            nullptr});
    addSession(
        d.sessions,
        {"2",        1,       1,          -86400000LL, "mobile",        nullptr,      nullptr,
         "cellular", "cdn_b", nullptr,    "JP",        "vod",           kNullInt32,   0,
         0,          0,       kNullInt32, 0,           kNullResolution, StartFailure, "E_DRM/ü"});
    addSession(d.sessions, {"3",
                            2,
                            2,
                            4102444800000LL,
                            "console",
                            "ps5",
                            "1.0",
                            "ethernet",
                            "cdn_a",
                            "Comcast",
                            "US",
                            "live",
                            0,
                            1,
                            kMax,
                            kMax,
                            kMax,
                            kMax,
                            resolutionCode(234),
                            PlaybackFailure,
                            "E500"});
    addSession(d.sessions, {"42",
                            0,
                            2,
                            0,
                            "streaming_stick",
                            "android",
                            "7.1.0",
                            "unknown",
                            "cdn_c",
                            "",
                            "BR",
                            "live",
                            kNullInt32,
                            0,
                            0,
                            0,
                            kNullInt32,
                            0,
                            kNullResolution,
                            ExitBeforeStart,
                            nullptr});
    addSession(d.sessions, {"7",
                            2,
                            0,
                            std::numeric_limits<int64_t>::max(),
                            "tablet",
                            "ios",
                            "8.0",
                            "wifi",
                            "cdn_b",
                            "Vivo",
                            "BR",
                            "vod",
                            2500,
                            123456,
                            1,
                            700,
                            1234567,
                            1,
                            resolutionCode(2160),
                            0,
                            ""});

    addEvent(d.events, "e-1", 0, 1772389325935LL, "startup", 812, kNullInt32, nullptr, kNullBool,
             "fra-1");
    addEvent(d.events, "e-2", 0, 1772389400000LL, "bitrate_change", kNullInt32, 5800, nullptr,
             kNullBool, "fra-1");
    addEvent(d.events, "e-3", 0, 1772389500000LL, "rebuffer", 1500, kNullInt32, nullptr, kNullBool,
             nullptr);
    addEvent(d.events, "e-4", 1, -86399000LL, "error", kNullInt32, kNullInt32, "E_DRM/ü", 1,
             "nrt-ü");
    addEvent(d.events, "e-5", 2, 4102444800001LL, "error", kNullInt32, kNullInt32, "E500", 0,
             "iad");
    addEvent(d.events, "e-6", 4, 5, "seek", 0, kNullInt32, nullptr, kNullBool, "");
    addEvent(d.events, "e-7", 4, 6, "end", kNullInt32, 1, nullptr, kNullBool, "gru");

    ExtraColumn tag;
    tag.table = "sessions";
    tag.name = "campaign_ü";
    for (const char* v : {"spring", "", "ß,\"x\"", "", "🚀"})
        tag.values.append(v);
    d.extraColumns.push_back(std::move(tag));
    ExtraColumn note;
    note.table = "users";
    note.name = "note";
    for (const char* v : {"", "vip", "line\nbreak"})
        note.values.append(v);
    d.extraColumns.push_back(std::move(note));
    return d;
}

// n sessions over n/4 users and 50 titles, three events each; deterministic.
inline Dataset bigger(int n)
{
    Dataset d;
    d.source = "generated";
    char id[32];
    for (int u = 0; u < n / 4; ++u) {
        std::snprintf(id, sizeof id, "user%07d", u);
        addUser(d.users, id, 19000 + u % 700, u % 2 ? "DE" : "FR", int16_t(18 + u % 60), "male",
                "basic", 7990, "drama", 0, kNullInt32);
    }
    for (int c = 0; c < 50; ++c) {
        std::snprintf(id, sizeof id, "c%d", c);
        addContent(d.content, id, "Title " + std::to_string(c), "movie", "drama", 2000, 5400, "PG",
                   3000, "en", 1);
    }
    for (int s = 0; s < n; ++s) {
        std::snprintf(id, sizeof id, "s%08d", s);
        addSession(d.sessions, {id,
                                s % (n / 4),
                                s % 50,
                                1700000000000LL + s * 1000LL,
                                "desktop",
                                "linux",
                                "1.0",
                                "wifi",
                                s % 3 ? "cdn_a" : "cdn_b",
                                "isp",
                                "DE",
                                "vod",
                                500 + s % 1000,
                                60000 + s,
                                s % 3,
                                (s % 3) * 400,
                                3000000 + s,
                                2,
                                2,
                                0,
                                nullptr});
        for (int e = 0; e < 3; ++e) {
            std::snprintf(id, sizeof id, "e%08d", 3 * s + e);
            addEvent(d.events, id, s, 1700000000000LL + s * 1000LL + e, "rebuffer", 100 + e,
                     kNullInt32, nullptr, kNullBool, "pop");
        }
    }
    return d;
}

template <typename C> std::string textOf(const C& column, size_t row)
{
    const auto v = column.value(row);
    return v ? "=" + std::string(*v) : std::string("<null>");
}

// Compares two Datasets value by value (not code by code: a relational load may number
// dictionary values differently). Fails the calling test with the first difference.
struct Comparer {
    const char* table = "";
    size_t rows = 0;
    bool ok = true;

    template <typename T>
    void vec(const char* col, const std::vector<T>& a, const std::vector<T>& b)
    {
        if (!ok)
            return;
        if (a != b) {
            ok = false;
            qWarning("%s.%s differs", table, col);
        }
    }
    template <typename C> void cat(const char* col, const C& a, const C& b)
    {
        if (!ok)
            return;
        if (a.size() != b.size()) {
            ok = false;
            qWarning("%s.%s: %zu vs %zu values", table, col, a.size(), b.size());
            return;
        }
        for (size_t i = 0; i < a.size(); ++i)
            if (textOf(a, i) != textOf(b, i)) {
                ok = false;
                qWarning("%s.%s row %zu: %s vs %s", table, col, i, textOf(a, i).c_str(),
                         textOf(b, i).c_str());
                return;
            }
    }
    template <typename C> void str(const char* col, const C& a, const C& b)
    {
        if (!ok)
            return;
        if (a.size() != b.size()) {
            ok = false;
            qWarning("%s.%s: %zu vs %zu values", table, col, a.size(), b.size());
            return;
        }
        for (size_t i = 0; i < a.size(); ++i)
            if (a.value(i) != b.value(i)) {
                ok = false;
                qWarning("%s.%s row %zu differs", table, col, i);
                return;
            }
    }
};

inline bool sameData(const Dataset& a, const Dataset& b)
{
    Comparer c;
    c.table = "users";
    c.str("user_id", a.users.userId, b.users.userId);
    c.vec("signup_date", a.users.signupDate, b.users.signupDate);
    c.cat("country", a.users.country, b.users.country);
    c.vec("age", a.users.age, b.users.age);
    c.cat("gender", a.users.gender, b.users.gender);
    c.cat("plan", a.users.plan, b.users.plan);
    c.vec("monthly_fee", a.users.monthlyFeeMilli, b.users.monthlyFeeMilli);
    c.cat("preferred_genre", a.users.preferredGenre, b.users.preferredGenre);
    c.vec("churned", a.users.churned, b.users.churned);
    c.vec("churn_date", a.users.churnDate, b.users.churnDate);
    c.table = "content";
    c.str("content_id", a.content.contentId, b.content.contentId);
    c.str("title", a.content.title, b.content.title);
    c.cat("content_type", a.content.contentType, b.content.contentType);
    c.cat("genre", a.content.genre, b.content.genre);
    c.vec("release_year", a.content.releaseYear, b.content.releaseYear);
    c.vec("duration_s", a.content.durationS, b.content.durationS);
    c.cat("maturity_rating", a.content.maturityRating, b.content.maturityRating);
    c.vec("avg_rating", a.content.avgRatingMilli, b.content.avgRatingMilli);
    c.cat("language", a.content.language, b.content.language);
    c.vec("is_original", a.content.isOriginal, b.content.isOriginal);
    const SessionTable &s = a.sessions, &t = b.sessions;
    c.table = "sessions";
    c.str("session_id", s.sessionId, t.sessionId);
    c.vec("user_index", s.userIndex, t.userIndex);
    c.vec("content_index", s.contentIndex, t.contentIndex);
    c.vec("start_ts", s.startTs, t.startTs);
    c.cat("device_type", s.deviceType, t.deviceType);
    c.cat("os", s.os, t.os);
    c.cat("player_version", s.playerVersion, t.playerVersion);
    c.cat("connection_type", s.connectionType, t.connectionType);
    c.cat("cdn", s.cdn, t.cdn);
    c.cat("isp", s.isp, t.isp);
    c.cat("country", s.country, t.country);
    c.cat("stream_type", s.streamType, t.streamType);
    c.vec("startup_time_ms", s.startupTimeMs, t.startupTimeMs);
    c.vec("playing_time", s.playingTimeMs, t.playingTimeMs);
    c.vec("rebuffer_count", s.rebufferCount, t.rebufferCount);
    c.vec("rebuffer_time_ms", s.rebufferTimeMs, t.rebufferTimeMs);
    c.vec("avg_bitrate", s.avgBitrateMilliKbps, t.avgBitrateMilliKbps);
    c.vec("bitrate_switches", s.bitrateSwitches, t.bitrateSwitches);
    c.vec("resolution", s.resolutionCode, t.resolutionCode);
    c.vec("flags", s.flags, t.flags);
    c.cat("error_code", s.errorCode, t.errorCode);
    const EventTable &e = a.events, &f = b.events;
    c.table = "performance_events";
    c.str("event_id", e.eventId, f.eventId);
    c.vec("session_index", e.sessionIndex, f.sessionIndex);
    c.vec("ts", e.ts, f.ts);
    c.cat("event_type", e.eventType, f.eventType);
    c.vec("duration_ms", e.durationMs, f.durationMs);
    c.vec("bitrate_kbps", e.bitrateKbps, f.bitrateKbps);
    c.cat("error_code", e.errorCode, f.errorCode);
    c.vec("fatal", e.fatal, f.fatal);
    c.cat("cdn_pop", e.cdnPop, f.cdnPop);
    c.table = "dataset";
    if (c.ok && a.source != b.source) {
        c.ok = false;
        qWarning("source differs: '%s' vs '%s'", a.source.c_str(), b.source.c_str());
    }
    if (c.ok && a.extraColumns.size() != b.extraColumns.size()) {
        c.ok = false;
        qWarning("%zu vs %zu extra columns", a.extraColumns.size(), b.extraColumns.size());
    }
    for (size_t i = 0; c.ok && i < a.extraColumns.size(); ++i) {
        const auto &x = a.extraColumns[i], &y = b.extraColumns[i];
        if (x.table != y.table || x.name != y.name) {
            c.ok = false;
            qWarning("extra column %zu: %s.%s vs %s.%s", i, x.table.c_str(), x.name.c_str(),
                     y.table.c_str(), y.name.c_str());
        }
        c.str(x.name.c_str(), x.values, y.values);
    }
    return c.ok;
}

} // namespace storetest
