// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The named dimensions a query can filter on and group by: session columns, the session's
// start outcome, attributes of the session's user and title (joined through userIndex and
// contentIndex), and UTC calendar buckets of start_ts.
namespace streamlens::query {

enum class DimensionId : uint8_t {
    DeviceType,
    Os,
    PlayerVersion,
    ConnectionType,
    Cdn,
    Isp,
    Country,
    StreamType,
    ErrorCode,
    Resolution,
    Outcome,
    Plan,
    Gender,
    UserCountry,
    PreferredGenre,
    Churned,
    AgeBand,
    ContentType,
    Genre,
    Language,
    MaturityRating,
    IsOriginal,
    ContentId,
    Title,
    Day,
    Hour,
    Weekday,
};

enum class DimensionSource : uint8_t { Session, User, Content, Time };

// How groups are listed: Natural keeps the dimension's own order (days chronologically,
// hours 0–23, weekdays mon..sun, age bands, resolutions by lines, outcomes as listed);
// ByAttempts lists the largest groups first (ties by name), which is what a chart of
// CDNs, countries or titles wants. The null group (key "") always comes last.
enum class DimensionOrder : uint8_t { ByAttempts, Natural };

struct DimensionInfo {
    DimensionId id;
    std::string_view name;
    DimensionSource source;
    DimensionOrder order;
    std::string_view description;
};

inline constexpr std::array<std::string_view, 3> kOutcomes = {"started", "start_failure",
                                                              "exit_before_start"};
inline constexpr std::array<std::string_view, 7> kAgeBands = {"13-17", "18-24", "25-34", "35-44",
                                                              "45-54", "55-64", "65+"};
inline constexpr std::array<std::string_view, 7> kWeekdays = {"mon", "tue", "wed", "thu",
                                                              "fri", "sat", "sun"};

// All dimensions, in the order of dimensionNames().
std::span<const DimensionInfo> dimensionInfos();
const DimensionInfo& dimensionInfo(DimensionId id);
std::optional<DimensionId> findDimension(std::string_view name);
std::vector<std::string> dimensionNames();
// "unknown dimension 'x'; valid dimensions: device_type, os, ..."
std::string unknownDimensionError(std::string_view name);

// Index of an age in kAgeBands, or -1 (unknown, or under 13).
constexpr int ageBand(int age)
{
    if (age < 13)
        return -1;
    if (age < 18)
        return 0;
    if (age < 25)
        return 1;
    if (age >= 65)
        return 6;
    return 2 + (age - 25) / 10;
}

// Checks a filter value of a dimension and returns its canonical spelling, so that equal
// filters compare equal: booleans become true/false, hours lose leading zeros, days must be
// YYYY-MM-DD, outcomes, age bands and weekdays must be one of their names. Values of data
// dimensions are taken as they are (a value absent from the data simply matches nothing).
// The empty string stands for null and is accepted everywhere.
std::optional<std::string> canonicalDimensionValue(DimensionId id, std::string_view value,
                                                   std::string* error);

} // namespace streamlens::query
