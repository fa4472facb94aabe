// SPDX-License-Identifier: MIT
#include "query/Dimension.h"

#include "query/UtcCalendar.h"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace streamlens::query {

namespace {

using enum DimensionId;
using enum DimensionSource;
using enum DimensionOrder;

constexpr std::array<DimensionInfo, 27> kDimensions = {{
    {DeviceType, "device_type", Session, ByAttempts, "device type of the session"},
    {Os, "os", Session, ByAttempts, "operating system"},
    {PlayerVersion, "player_version", Session, ByAttempts, "player version"},
    {ConnectionType, "connection_type", Session, ByAttempts, "network connection type"},
    {Cdn, "cdn", Session, ByAttempts, "CDN that served the session"},
    {Isp, "isp", Session, ByAttempts, "viewer's ISP"},
    {Country, "country", Session, ByAttempts, "viewer location (ISO alpha-2)"},
    {StreamType, "stream_type", Session, ByAttempts, "vod or live"},
    {ErrorCode, "error_code", Session, ByAttempts, "last error code"},
    {Resolution, "resolution", Session, Natural, "predominant resolution (lines)"},
    {Outcome, "outcome", Session, Natural, "started, start_failure or exit_before_start"},
    {Plan, "plan", User, ByAttempts, "user's plan"},
    {Gender, "gender", User, ByAttempts, "user's gender"},
    {UserCountry, "user_country", User, ByAttempts, "user's account country"},
    {PreferredGenre, "preferred_genre", User, ByAttempts, "user's preferred genre"},
    {Churned, "churned", User, Natural, "whether the user churned"},
    {AgeBand, "age_band", User, Natural, "user's age band"},
    {ContentType, "content_type", Content, ByAttempts, "movie, episode, live or short"},
    {Genre, "genre", Content, ByAttempts, "genre of the title"},
    {Language, "language", Content, ByAttempts, "language of the title"},
    {MaturityRating, "maturity_rating", Content, ByAttempts, "maturity rating of the title"},
    {IsOriginal, "is_original", Content, Natural, "whether the title is an original"},
    {ContentId, "content_id", Content, ByAttempts, "the title's identifier"},
    {Title, "title", Content, ByAttempts, "the title's name"},
    {Day, "day", Time, Natural, "UTC date of start_ts (YYYY-MM-DD)"},
    {Hour, "hour", Time, Natural, "UTC hour of start_ts (0-23)"},
    {Weekday, "weekday", Time, Natural, "UTC weekday of start_ts (mon..sun)"},
}};

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template <size_t N>
std::optional<std::string> oneOf(const std::array<std::string_view, N>& names,
                                 std::string_view value, std::string_view dimension,
                                 std::string* error)
{
    for (auto n : names)
        if (n == value)
            return std::string(n);
    if (error) {
        *error = "invalid value '" + std::string(value) + "' for " + std::string(dimension) +
                 "; valid values:";
        for (size_t i = 0; i < N; ++i)
            *error += (i ? ", " : " ") + std::string(names[i]);
    }
    return std::nullopt;
}

} // namespace

std::span<const DimensionInfo> dimensionInfos()
{
    return kDimensions;
}

const DimensionInfo& dimensionInfo(DimensionId id)
{
    return kDimensions[static_cast<size_t>(id)];
}

std::optional<DimensionId> findDimension(std::string_view name)
{
    for (const auto& d : kDimensions)
        if (d.name == name)
            return d.id;
    return std::nullopt;
}

std::vector<std::string> dimensionNames()
{
    std::vector<std::string> names;
    names.reserve(kDimensions.size());
    for (const auto& d : kDimensions)
        names.emplace_back(d.name);
    return names;
}

std::string unknownDimensionError(std::string_view name)
{
    std::string msg = "unknown dimension '" + std::string(name) + "'; valid dimensions:";
    for (size_t i = 0; i < kDimensions.size(); ++i)
        msg += (i ? ", " : " ") + std::string(kDimensions[i].name);
    return msg;
}

std::optional<std::string> canonicalDimensionValue(DimensionId id, std::string_view value,
                                                   std::string* error)
{
    if (value.empty())
        return std::string();
    const std::string_view name = dimensionInfo(id).name;
    switch (id) {
    case Churned:
    case IsOriginal: {
        // The spellings the importer accepts for booleans.
        const std::string v = lower(value);
        if (v == "true" || v == "1" || v == "yes" || v == "t")
            return std::string("true");
        if (v == "false" || v == "0" || v == "no" || v == "f")
            return std::string("false");
        if (error)
            *error = "invalid value '" + std::string(value) + "' for " + std::string(name) +
                     "; expected true or false";
        return std::nullopt;
    }
    case Outcome:
        return oneOf(kOutcomes, value, name, error);
    case AgeBand:
        return oneOf(kAgeBands, value, name, error);
    case Weekday:
        return oneOf(kWeekdays, lower(value), name, error);
    case Day:
        if (parseIsoDate(value))
            return std::string(value);
        if (error)
            *error = "invalid value '" + std::string(value) + "' for day; expected YYYY-MM-DD";
        return std::nullopt;
    case Hour:
    case Resolution: {
        int v = -1;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
        const bool ok = ec == std::errc() && ptr == value.data() + value.size() && v >= 0 &&
                        (id == Resolution || v <= 23);
        if (ok)
            return std::to_string(v);
        if (error)
            *error = "invalid value '" + std::string(value) + "' for " + std::string(name) +
                     (id == Hour ? "; expected an hour 0-23" : "; expected a number of lines");
        return std::nullopt;
    }
    default:
        return std::string(value);
    }
}

} // namespace streamlens::query
