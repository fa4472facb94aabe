// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"

#include <concepts>
#include <type_traits>

// The in-memory columns of each table, in one list per table, so the snapshot writer, the
// snapshot reader and the structure check cannot disagree about which columns exist.
// fn(name, column) is called for every column; Table may be const.
namespace streamlens::store {

template <typename T, typename U>
concept TableOf = std::same_as<std::remove_const_t<T>, U>;

template <TableOf<UserTable> T, typename Fn> void forEachColumn(T& t, Fn&& fn)
{
    fn("user_id", t.userId);
    fn("signup_date", t.signupDate);
    fn("country", t.country);
    fn("age", t.age);
    fn("gender", t.gender);
    fn("plan", t.plan);
    fn("monthly_fee", t.monthlyFeeMilli);
    fn("preferred_genre", t.preferredGenre);
    fn("churned", t.churned);
    fn("churn_date", t.churnDate);
}

template <TableOf<ContentTable> T, typename Fn> void forEachColumn(T& t, Fn&& fn)
{
    fn("content_id", t.contentId);
    fn("title", t.title);
    fn("content_type", t.contentType);
    fn("genre", t.genre);
    fn("release_year", t.releaseYear);
    fn("duration_s", t.durationS);
    fn("maturity_rating", t.maturityRating);
    fn("avg_rating", t.avgRatingMilli);
    fn("language", t.language);
    fn("is_original", t.isOriginal);
}

template <TableOf<SessionTable> T, typename Fn> void forEachColumn(T& t, Fn&& fn)
{
    fn("session_id", t.sessionId);
    fn("user_index", t.userIndex);
    fn("content_index", t.contentIndex);
    fn("start_ts", t.startTs);
    fn("device_type", t.deviceType);
    fn("os", t.os);
    fn("player_version", t.playerVersion);
    fn("connection_type", t.connectionType);
    fn("cdn", t.cdn);
    fn("isp", t.isp);
    fn("country", t.country);
    fn("stream_type", t.streamType);
    fn("startup_time_ms", t.startupTimeMs);
    fn("playing_time_ms", t.playingTimeMs);
    fn("rebuffer_count", t.rebufferCount);
    fn("rebuffer_time_ms", t.rebufferTimeMs);
    fn("avg_bitrate_milli_kbps", t.avgBitrateMilliKbps);
    fn("bitrate_switches", t.bitrateSwitches);
    fn("resolution_code", t.resolutionCode);
    fn("flags", t.flags);
    fn("error_code", t.errorCode);
}

template <TableOf<EventTable> T, typename Fn> void forEachColumn(T& t, Fn&& fn)
{
    fn("event_id", t.eventId);
    fn("session_index", t.sessionIndex);
    fn("ts", t.ts);
    fn("event_type", t.eventType);
    fn("duration_ms", t.durationMs);
    fn("bitrate_kbps", t.bitrateKbps);
    fn("error_code", t.errorCode);
    fn("fatal", t.fatal);
    fn("cdn_pop", t.cdnPop);
}

// Calls fn(tableName, table) for the four tables of a Dataset (const or not).
template <typename D, typename Fn> void forEachTable(D& d, Fn&& fn)
{
    fn("users", d.users);
    fn("content", d.content);
    fn("sessions", d.sessions);
    fn("performance_events", d.events);
}

} // namespace streamlens::store
