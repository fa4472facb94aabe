// SPDX-License-Identifier: MIT
#pragma once

// Small hand-made datasets for the query tests, built column by column the way an importer
// fills the data model.

#include "data/ContractEnums.h"
#include "data/Dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace querytest {

using streamlens::Dataset;

struct UserSpec {
    std::string id{};
    std::string country = "US";
    int age = -1;         // -1 = null
    std::string gender{}; // "" = null
    std::string plan = "free";
    bool churned = false;
    std::string preferredGenre{}; // "" = null
};

struct ContentSpec {
    std::string id{};
    std::string title{};
    std::string type = "movie";
    std::string genre = "drama";
    std::string language{}; // "" = null
    std::string maturity{}; // "" = null
    int isOriginal = -1;    // -1 = null
};

struct SessionSpec {
    int user = 0;
    int content = 0;
    int64_t ts = 0;
    std::string device = "smart_tv";
    std::string os; // "" = null
    std::string connection = "wifi";
    std::string cdn = "cdn_a";
    std::string isp; // "" = null
    std::string country = "US";
    std::string stream = "vod";
    std::optional<int32_t> startupMs; // set iff started
    int32_t playingMs = 0;
    int32_t rebufferCount = 0;
    int32_t rebufferMs = 0;
    std::optional<int32_t> bitrateMilli;
    int32_t switches = 0;
    int resolution = 0; // lines; 0 = null
    uint8_t flags = 0;  // contract::SessionFlag bits
    std::string error;  // "" = null
};

// UTC milliseconds of a day number (days since 1970-01-01) and a time of day.
constexpr int64_t utcMs(int64_t day, int h = 0, int m = 0, int s = 0, int ms = 0)
{
    return day * 86'400'000 + h * 3'600'000LL + m * 60'000LL + s * 1000LL + ms;
}

template <typename Column> void appendOrNull(Column& column, const std::string& value)
{
    if (value.empty())
        column.appendNull();
    else
        column.append(value);
}

inline Dataset makeDataset(const std::vector<UserSpec>& users,
                           const std::vector<ContentSpec>& content,
                           const std::vector<SessionSpec>& sessions)
{
    using namespace streamlens;
    Dataset d;
    for (const auto& u : users) {
        d.users.userId.append(u.id);
        d.users.signupDate.push_back(20000);
        d.users.country.append(u.country);
        d.users.age.push_back(u.age < 0 ? kNullInt16 : static_cast<int16_t>(u.age));
        appendOrNull(d.users.gender, u.gender);
        d.users.plan.append(u.plan);
        d.users.monthlyFeeMilli.push_back(9990);
        appendOrNull(d.users.preferredGenre, u.preferredGenre);
        d.users.churned.push_back(u.churned ? 1 : 0);
        d.users.churnDate.push_back(u.churned ? 20100 : kNullInt32);
    }
    for (const auto& c : content) {
        d.content.contentId.append(c.id);
        d.content.title.append(c.title);
        d.content.contentType.append(c.type);
        d.content.genre.append(c.genre);
        d.content.releaseYear.push_back(kNullInt16);
        d.content.durationS.push_back(3600);
        appendOrNull(d.content.maturityRating, c.maturity);
        d.content.avgRatingMilli.push_back(kNullInt32);
        appendOrNull(d.content.language, c.language);
        d.content.isOriginal.push_back(c.isOriginal < 0 ? kNullBool
                                                        : static_cast<uint8_t>(c.isOriginal));
    }
    int n = 0;
    for (const auto& s : sessions) {
        auto& t = d.sessions;
        t.sessionId.append("s" + std::to_string(n++));
        t.userIndex.push_back(s.user);
        t.contentIndex.push_back(s.content);
        t.startTs.push_back(s.ts);
        t.deviceType.append(s.device);
        appendOrNull(t.os, s.os);
        t.playerVersion.append("1.0");
        t.connectionType.append(s.connection);
        t.cdn.append(s.cdn);
        appendOrNull(t.isp, s.isp);
        t.country.append(s.country);
        t.streamType.append(s.stream);
        t.startupTimeMs.push_back(s.startupMs.value_or(kNullInt32));
        t.playingTimeMs.push_back(s.playingMs);
        t.rebufferCount.push_back(s.rebufferCount);
        t.rebufferTimeMs.push_back(s.rebufferMs);
        t.avgBitrateMilliKbps.push_back(s.bitrateMilli.value_or(kNullInt32));
        t.bitrateSwitches.push_back(s.switches);
        t.resolutionCode.push_back(s.resolution ? contract::resolutionCode(s.resolution)
                                                : contract::kNullResolution);
        t.flags.push_back(s.flags);
        appendOrNull(t.errorCode, s.error);
    }
    return d;
}

// Days since 1970-01-01 (checked with Python: (date(2026,3,1) - date(1970,1,1)).days).
inline constexpr int64_t kMar1 = 20513; // 2026-03-01, a Sunday
inline constexpr int64_t kMar2 = 20514; // Monday
inline constexpr int64_t kMar3 = 20515;
inline constexpr int64_t kMar4 = 20516;
inline constexpr int64_t kMar5 = 20517; // Thursday
inline constexpr int64_t kMar6 = 20518; // Friday

// The twelve sessions of the KPI, filter and group-by tests. Every start outcome, vod and
// live, nulls (os, isp, error code, resolution, bitrate), a startup time past the
// histogram's range, a started session with no playing time, one with a rebuffer count past
// the count bins, and sessions on both sides of midnight UTC. User u3 has no sessions.
//
//  #  user content start (UTC)           device          stream startup playing rc  rebuf  bitrate
//  flags  cdn   country res 0  u0   c0  03-01 10:00:00.000  smart_tv        vod    1000   600000 0
//  0  5000.0   C      cdn_a US  1080 1  u0   c1  03-01 23:59:59.999  smart_tv        vod    2000
//  300000   2   3000  3000.0   -      cdn_a US   720 2  u1   c0  03-02 00:00:00.000  mobile vod 500
//  120000   1   1000  1500.5   C      cdn_b GB   540 3  u1   c2  03-02 12:30:00.000  mobile live
//  3000   900000   0      0  2000.0   PF     cdn_b GB   720 4  u2   c1  03-03 05:00:00.000  desktop
//  vod    1500        0   0      0  4000.0   -      cdn_a US  1080 5  u2   c0  03-03 06:00:00.000
//  desktop         vod       -        0   0      0       -   SF     cdn_a US     - 6  u0   c2 03-04
//  20:00:00.000  smart_tv        live      -        0   0      0       -   EBVS   cdn_c FR     - 7
//  u1   c1  03-04 21:00:00.000  tablet          vod     800    60000  40  20000   800.0   - cdn_c
//  FR   360 8  u2   c1  03-05 01:00:00.000  console         vod   70000    30000   0      0       -
//  -      cdn_a US     - 9  u0   c0  03-05 02:00:00.000  mobile          vod    1000   240000   1
//  500  2500.0   C      cdn_b US   720
// 10  u1   c0  03-05 03:00:00.000  streaming_stick vod       -        0   0      0       -   SF
// cdn_b GB     - 11  u2   c2  03-06 22:00:00.000  smart_tv        live   2500  1800000   3   9000
// 6000.0   -      cdn_a US  2160 (C completed, PF playback failure, SF start failure, EBVS exit
// before start; playing and rebuffer in ms, bitrate in kbps.)
inline Dataset referenceDataset()
{
    using namespace streamlens::contract;
    const std::vector<UserSpec> users = {
        {"u0", "US", 30, "female", "premium", true, "drama"},
        {"u1", "GB", 17, "male", "free", false, ""},
        {"u2", "US", -1, "other", "basic", true, "comedy"},
        {"u3", "DE", 70, "", "standard", false, "drama"},
    };
    const std::vector<ContentSpec> content = {
        {"c0", "Alpha", "movie", "drama", "en", "TV-MA", 1},
        {"c1", "Beta, the sequel", "episode", "comedy", "es", "", 0},
        {"c2", "Alpha", "live", "sports", "", "TV-14", -1},
    };
    std::vector<SessionSpec> s(12);
    const auto set = [&](int i, int user, int content, int64_t ts, const char* device,
                         const char* stream, std::optional<int32_t> startup, int32_t playing,
                         int32_t rc, int32_t rebuf, std::optional<int32_t> bitrate, uint8_t flags,
                         const char* cdn, const char* country, int res) {
        s[i].user = user;
        s[i].content = content;
        s[i].ts = ts;
        s[i].device = device;
        s[i].stream = stream;
        s[i].startupMs = startup;
        s[i].playingMs = playing;
        s[i].rebufferCount = rc;
        s[i].rebufferMs = rebuf;
        s[i].bitrateMilli = bitrate;
        s[i].flags = flags;
        s[i].cdn = cdn;
        s[i].country = country;
        s[i].resolution = res;
    };
    const std::nullopt_t no = std::nullopt;
    set(0, 0, 0, utcMs(kMar1, 10), "smart_tv", "vod", 1000, 600000, 0, 0, 5000000, Completed,
        "cdn_a", "US", 1080);
    set(1, 0, 1, utcMs(kMar1, 23, 59, 59, 999), "smart_tv", "vod", 2000, 300000, 2, 3000, 3000000,
        0, "cdn_a", "US", 720);
    set(2, 1, 0, utcMs(kMar2), "mobile", "vod", 500, 120000, 1, 1000, 1500500, Completed, "cdn_b",
        "GB", 540);
    set(3, 1, 2, utcMs(kMar2, 12, 30), "mobile", "live", 3000, 900000, 0, 0, 2000000,
        PlaybackFailure, "cdn_b", "GB", 720);
    set(4, 2, 1, utcMs(kMar3, 5), "desktop", "vod", 1500, 0, 0, 0, 4000000, 0, "cdn_a", "US", 1080);
    set(5, 2, 0, utcMs(kMar3, 6), "desktop", "vod", no, 0, 0, 0, no, StartFailure, "cdn_a", "US",
        0);
    set(6, 0, 2, utcMs(kMar4, 20), "smart_tv", "live", no, 0, 0, 0, no, ExitBeforeStart, "cdn_c",
        "FR", 0);
    set(7, 1, 1, utcMs(kMar4, 21), "tablet", "vod", 800, 60000, 40, 20000, 800000, 0, "cdn_c", "FR",
        360);
    set(8, 2, 1, utcMs(kMar5, 1), "console", "vod", 70000, 30000, 0, 0, no, 0, "cdn_a", "US", 0);
    set(9, 0, 0, utcMs(kMar5, 2), "mobile", "vod", 1000, 240000, 1, 500, 2500000, Completed,
        "cdn_b", "US", 720);
    set(10, 1, 0, utcMs(kMar5, 3), "streaming_stick", "vod", no, 0, 0, 0, no, StartFailure, "cdn_b",
        "GB", 0);
    set(11, 2, 2, utcMs(kMar6, 22), "smart_tv", "live", 2500, 1800000, 3, 9000, 6000000, 0, "cdn_a",
        "US", 2160);
    // Session attributes that only the filter and group-by tests look at.
    s[0].os = s[1].os = s[6].os = s[11].os = "tizen";
    s[2].os = s[3].os = s[9].os = "android";
    s[0].isp = s[1].isp = s[4].isp = s[5].isp = "comcast";
    s[3].isp = s[10].isp = "bt";
    s[5].error = s[10].error = "E1";
    s[3].error = "E2";
    return makeDataset(users, content, s);
}

} // namespace querytest
