// SPDX-License-Identifier: MIT
#pragma once

// A small hand-made dataset for the analysis tests, built column by column as an importer
// fills the data model, and helpers shared by the analysis tests.

#include "data/ContractEnums.h"
#include "data/Dataset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace analysistest {

using streamlens::Dataset;

struct UserSpec {
    std::string plan = "free";
    int age = -1; // -1 = null
    double fee = 0;
    bool churned = false;
    std::string country = "US";
};

struct SessionSpec {
    int user = 0;
    std::string device = "smart_tv";
    std::string connection = "wifi";
    std::string cdn = "cdn_a";
    std::string stream = "vod";
    std::optional<int32_t> startupMs; // set iff started
    int32_t playingMs = 0;
    int32_t rebufferCount = 0;
    int32_t rebufferMs = 0;
    std::optional<int32_t> bitrateMilli;
    int32_t switches = 0;
    int resolution = 0; // lines; 0 = null
    uint8_t flags = 0;
    int64_t ts = 1'700'000'000'000;
};

inline Dataset makeDataset(const std::vector<UserSpec>& users,
                           const std::vector<SessionSpec>& sessions)
{
    using namespace streamlens;
    Dataset d;
    int n = 0;
    for (const auto& u : users) {
        d.users.userId.append("u" + std::to_string(n++));
        d.users.signupDate.push_back(19000);
        d.users.country.append(u.country);
        d.users.age.push_back(u.age < 0 ? kNullInt16 : static_cast<int16_t>(u.age));
        d.users.gender.appendNull();
        d.users.plan.append(u.plan);
        d.users.monthlyFeeMilli.push_back(static_cast<int32_t>(u.fee * 1000 + 0.5));
        d.users.preferredGenre.appendNull();
        d.users.churned.push_back(u.churned ? 1 : 0);
        d.users.churnDate.push_back(u.churned ? 19500 : kNullInt32);
    }
    d.content.contentId.append("c0");
    d.content.title.append("Title");
    d.content.contentType.append("movie");
    d.content.genre.append("drama");
    d.content.releaseYear.push_back(kNullInt16);
    d.content.durationS.push_back(3600);
    d.content.maturityRating.appendNull();
    d.content.avgRatingMilli.push_back(kNullInt32);
    d.content.language.appendNull();
    d.content.isOriginal.push_back(kNullBool);
    n = 0;
    for (const auto& s : sessions) {
        auto& t = d.sessions;
        t.sessionId.append("s" + std::to_string(n++));
        t.userIndex.push_back(s.user);
        t.contentIndex.push_back(0);
        t.startTs.push_back(s.ts);
        t.deviceType.append(s.device);
        t.os.appendNull();
        t.playerVersion.append("1.0");
        t.connectionType.append(s.connection);
        t.cdn.append(s.cdn);
        t.isp.appendNull();
        t.country.append("US");
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
        t.errorCode.appendNull();
    }
    return d;
}

// Three users (u2 has no sessions) and seven sessions covering every start outcome, vod and
// live, a started session with no playing time, null bitrate and resolution:
//
//  #  user device    conn      stream startup playing  rc rebuf  bitrate res   flags
//  0  u0   mobile    wifi      vod    1000    600000   0  0      5000    1080  completed
//  1  u0   mobile    cellular  vod    3000    300000   2  30000  3000    720   -
//  2  u0   smart_tv  wifi      vod    -       0        0  0      -       -     start_failure
//  3  u1   smart_tv  wifi      live   2000    0        0  0      -       -     -
//  4  u1   desktop   ethernet  live   -       0        0  0      -       -     exit_before_start
//  5  u1   smart_tv  wifi      live   500     100000   1  25000  2000    540   playback_failure
//  6  u1   smart_tv  wifi      vod    1500    200000   0  0      4000    1080  completed (cdn_b)
inline Dataset sevenSessions()
{
    using namespace streamlens::contract;
    const std::vector<UserSpec> users = {
        {"free", 30, 0.0, false, "US"}, {"premium", -1, 22.99, true, "DE"}, {"basic", 41, 11.99}};
    std::vector<SessionSpec> s(7);
    s[0] = {0, "mobile", "wifi", "cdn_a", "vod", 1000, 600000, 0, 0, 5000000, 2, 1080, Completed};
    s[1] = {0, "mobile", "cellular", "cdn_a", "vod", 3000, 300000, 2, 30000, 3000000, 1, 720, 0};
    s[2] = {0, "smart_tv", "wifi",       "cdn_a", "vod", std::nullopt, 0,
            0, 0,          std::nullopt, 0,       0,     StartFailure};
    s[3] = {1, "smart_tv", "wifi", "cdn_a", "live", 2000, 0, 0, 0, std::nullopt, 0, 0, 0};
    s[4] = {1, "desktop", "ethernet",   "cdn_a", "live", std::nullopt,   0,
            0, 0,         std::nullopt, 0,       0,      ExitBeforeStart};
    s[5] = {1,     "smart_tv", "wifi", "cdn_a", "live",         500, 100000, 1,
            25000, 2000000,    0,      540,     PlaybackFailure};
    s[6] = {1, "smart_tv", "wifi", "cdn_b", "vod", 1500, 200000, 0, 0, 4000000, 0, 1080, Completed};
    return makeDataset(users, s);
}

} // namespace analysistest
