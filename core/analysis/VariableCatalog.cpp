// SPDX-License-Identifier: MIT
#include "analysis/VariableCatalog.h"

#include "query/Dimension.h"

#include <array>

namespace streamlens::analysis {

namespace {

constexpr std::string_view kStarted = "started sessions";
constexpr std::string_view kAttempts = "all sessions (attempts)";
constexpr std::string_view kUsers = "users with sessions in the selection";

constexpr VariableInfo session(SessionMetric id, std::string_view key, VariableType type, Unit unit,
                               std::string_view label, std::string_view population,
                               std::string_view definition)
{
    return {key,   Level::Session, type,       unit,
            label, population,     definition, static_cast<uint8_t>(id)};
}

constexpr VariableInfo user(UserMetric id, std::string_view key, VariableType type, Unit unit,
                            std::string_view label, std::string_view population,
                            std::string_view definition)
{
    return {key, Level::User, type, unit, label, population, definition, static_cast<uint8_t>(id)};
}

using enum VariableType;
using enum Unit;

constexpr std::array<VariableInfo, 17> kSessionMetrics = {{
    session(SessionMetric::StartupTimeMs, "startup_time_ms", Numeric, Milliseconds, "startup time",
            kStarted, "play request to first frame, ms"),
    session(SessionMetric::StartupS, "startup_s", Numeric, Seconds, "startup time", kStarted,
            "startup_time_ms / 1000"),
    session(SessionMetric::PlayingTimeS, "playing_time_s", Numeric, Seconds, "playing time",
            kStarted, "time playing, excluding stalls, seeks and pauses, s"),
    session(SessionMetric::LogPlayingTime, "log_playing_time", Numeric, LogSeconds,
            "log playing time", "started sessions with playing time > 0",
            "natural log of playing_time_s"),
    session(SessionMetric::RebufferCount, "rebuffer_count", Numeric, Count, "rebuffer count",
            kStarted, "stalls after the first frame"),
    session(SessionMetric::RebufferTimeMs, "rebuffer_time_ms", Numeric, Milliseconds,
            "rebuffering time", kStarted, "total stall duration, ms"),
    session(SessionMetric::RebufferRatio, "rebuffer_ratio", Numeric, Fraction, "rebuffering ratio",
            "started sessions with playing or rebuffering time > 0",
            "rebuffer_time / (playing_time + rebuffer_time) of the session, a fraction"),
    session(SessionMetric::RebufferPct, "rebuffer_pct", Numeric, Percent, "rebuffering ratio",
            "started sessions with playing or rebuffering time > 0",
            "100 × rebuffer_ratio (percentage points)"),
    session(SessionMetric::Rebuffered, "rebuffered", Binary, Fraction, "share with rebuffering",
            kStarted, "1 when rebuffer_count > 0"),
    session(SessionMetric::AvgBitrateKbps, "avg_bitrate_kbps", Numeric, Kbps, "average bitrate",
            "started sessions with a bitrate", "time-weighted indicated bitrate, kbps"),
    session(SessionMetric::BitrateSwitches, "bitrate_switches", Numeric, Count, "bitrate switches",
            kStarted, "number of bitrate changes"),
    session(SessionMetric::ResolutionP, "resolution_p", Numeric, Lines, "resolution",
            "started sessions with a resolution", "predominant vertical resolution, lines"),
    session(SessionMetric::Started, "started", Binary, Fraction, "start rate", kAttempts,
            "1 when the session reached a first frame"),
    session(SessionMetric::StartFailure, "start_failure", Binary, Fraction, "start failure rate",
            kAttempts, "1 for a fatal error before the first frame (VSF)"),
    session(SessionMetric::ExitBeforeStart, "exit_before_start", Binary, Fraction,
            "exit-before-start rate", kAttempts,
            "1 when the viewer left before the first frame without an error (EBVS)"),
    session(SessionMetric::PlaybackFailure, "playback_failure", Binary, Fraction,
            "playback failure rate", kStarted, "1 for a fatal error after the first frame"),
    session(SessionMetric::Completed, "completed", Binary, Fraction, "completion rate",
            "started vod sessions", "1 when at least 90 % of the title was played"),
}};

constexpr std::array<VariableInfo, 17> kUserMetrics = {{
    user(UserMetric::Sessions, "sessions", Numeric, Count, "sessions", kUsers,
         "the user's sessions (attempts) in the selection"),
    user(UserMetric::StartedSessions, "started_sessions", Numeric, Count, "started sessions",
         kUsers, "the user's started sessions in the selection"),
    user(UserMetric::PlayingHours, "playing_hours", Numeric, Hours, "playing hours", kUsers,
         "Σ playing_time_s / 3600 over the user's sessions"),
    user(UserMetric::MeanStartupMs, "mean_startup_ms", Numeric, Milliseconds, "mean startup time",
         "users with a started session", "mean startup_time_ms of the user's started sessions"),
    user(UserMetric::MeanStartupS, "mean_startup_s", Numeric, Seconds, "mean startup time",
         "users with a started session", "mean_startup_ms / 1000"),
    user(UserMetric::MedianStartupMs, "median_startup_ms", Numeric, Milliseconds,
         "median startup time", "users with a started session",
         "median (type 7) startup_time_ms of the user's started sessions"),
    user(UserMetric::RebufferRatio, "rebuffer_ratio", Numeric, Fraction, "rebuffering ratio",
         "users with playing or rebuffering time > 0",
         "Σ rebuffer_time / (Σ playing_time + Σ rebuffer_time) over started sessions, a fraction"),
    user(UserMetric::RebufferPct, "rebuffer_pct", Numeric, Percent, "rebuffering ratio",
         "users with playing or rebuffering time > 0", "100 × rebuffer_ratio (percentage points)"),
    user(UserMetric::VsfRate, "vsf_rate", Numeric, Fraction, "start failure rate", kUsers,
         "start failures / sessions"),
    user(UserMetric::EbvsRate, "ebvs_rate", Numeric, Fraction, "exit-before-start rate", kUsers,
         "exits before start / sessions"),
    user(UserMetric::ShareMobile, "share_mobile", Numeric, Fraction, "share of sessions on mobile",
         kUsers, "sessions with device_type mobile / sessions"),
    user(UserMetric::ShareCellular, "share_cellular", Numeric, Fraction,
         "share of sessions on cellular", kUsers,
         "sessions with connection_type cellular / sessions"),
    user(UserMetric::CompletionRate, "completion_rate", Numeric, Fraction, "completion rate",
         "users with a started vod session", "completed / started vod sessions"),
    user(UserMetric::AvgBitrateKbps, "avg_bitrate_kbps", Numeric, Kbps, "average bitrate",
         "users with playing time > 0 and a bitrate",
         "Σ(avg_bitrate_kbps × playing_time) / Σ playing_time over started sessions"),
    user(UserMetric::Age, "age", Numeric, Years, "age", "users with a known age", "age in years"),
    user(UserMetric::MonthlyFee, "monthly_fee", Numeric, Usd, "monthly fee", kUsers, "USD"),
    user(UserMetric::Churned, "churned", Binary, Fraction, "churn rate", kUsers,
         "1 when the account churned"),
}};

// User-level categorical variables: the query's user dimensions, account country as
// "country" (the user's sessions may be watched from elsewhere).
struct UserDimension {
    std::string_view key;
    query::DimensionId id;
};
constexpr std::array<UserDimension, 7> kUserDimensions = {{
    {"plan", query::DimensionId::Plan},
    {"country", query::DimensionId::UserCountry},
    {"user_country", query::DimensionId::UserCountry},
    {"gender", query::DimensionId::Gender},
    {"age_band", query::DimensionId::AgeBand},
    {"preferred_genre", query::DimensionId::PreferredGenre},
    {"churned", query::DimensionId::Churned},
}};

std::string joinKeys(const std::vector<std::string_view>& keys)
{
    std::string out;
    for (size_t i = 0; i < keys.size(); ++i)
        out += (i ? ", " : "") + std::string(keys[i]);
    return out;
}

std::string levelWord(Level level)
{
    return std::string(levelName(level));
}

} // namespace

std::string_view levelName(Level level)
{
    return level == Level::User ? "user" : "session";
}

std::optional<Level> parseLevel(std::string_view name)
{
    if (name == "session")
        return Level::Session;
    if (name == "user")
        return Level::User;
    return std::nullopt;
}

std::span<const VariableInfo> metricVariables(Level level)
{
    if (level == Level::User)
        return kUserMetrics;
    return kSessionMetrics;
}

std::vector<VariableInfo> categoricalVariables(Level level)
{
    std::vector<VariableInfo> out;
    if (level == Level::Session) {
        for (const auto& d : query::dimensionInfos())
            out.push_back({d.name, Level::Session, Categorical, Unit::None, d.name,
                           "all sessions (null values form no group)", d.description,
                           static_cast<uint8_t>(d.id)});
        return out;
    }
    for (const auto& d : kUserDimensions)
        out.push_back({d.key, Level::User, Categorical, Unit::None, d.key, kUsers,
                       query::dimensionInfo(d.id).description, static_cast<uint8_t>(d.id)});
    return out;
}

std::optional<VariableInfo> findMetric(Level level, std::string_view key)
{
    for (const auto& v : metricVariables(level))
        if (v.key == key)
            return v;
    return std::nullopt;
}

std::optional<VariableInfo> findCategorical(Level level, std::string_view key)
{
    for (const auto& v : categoricalVariables(level))
        if (v.key == key)
            return v;
    return std::nullopt;
}

std::optional<VariableInfo> findVariable(Level level, std::string_view key)
{
    if (auto m = findMetric(level, key))
        return m;
    return findCategorical(level, key);
}

std::string unknownMetricError(Level level, std::string_view key)
{
    std::vector<std::string_view> keys;
    for (const auto& v : metricVariables(level))
        keys.push_back(v.key);
    return "unknown " + levelWord(level) + " variable '" + std::string(key) + "'; " +
           levelWord(level) + " variables: " + joinKeys(keys);
}

std::string unknownCategoricalError(Level level, std::string_view key)
{
    std::vector<std::string_view> keys;
    for (const auto& v : categoricalVariables(level))
        keys.push_back(v.key);
    return "unknown " + levelWord(level) + " dimension '" + std::string(key) + "'; " +
           levelWord(level) + " dimensions: " + joinKeys(keys);
}

std::string unknownVariableError(Level level, std::string_view key)
{
    std::vector<std::string_view> keys;
    for (const auto& v : metricVariables(level))
        keys.push_back(v.key);
    for (const auto& v : categoricalVariables(level))
        keys.push_back(v.key);
    return "unknown " + levelWord(level) + " variable '" + std::string(key) + "'; " +
           levelWord(level) + " variables: " + joinKeys(keys);
}

} // namespace streamlens::analysis
