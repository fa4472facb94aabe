// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

// The closed value sets of ../shared/data-contract.md, in contract order. Closed
// dictionaries are seeded from these, so a stored code equals the enum value below.
namespace streamlens::contract {

enum class DeviceType : uint8_t { Mobile, Tablet, Desktop, SmartTv, Console, StreamingStick };
inline constexpr std::array<std::string_view, 6> kDeviceTypes = {
    "mobile", "tablet", "desktop", "smart_tv", "console", "streaming_stick"};

enum class ConnectionType : uint8_t { Wifi, Cellular, Ethernet, Unknown };
inline constexpr std::array<std::string_view, 4> kConnectionTypes = {"wifi", "cellular", "ethernet",
                                                                     "unknown"};

enum class StreamType : uint8_t { Vod, Live };
inline constexpr std::array<std::string_view, 2> kStreamTypes = {"vod", "live"};

enum class ContentType : uint8_t { Movie, Episode, Live, Short };
inline constexpr std::array<std::string_view, 4> kContentTypes = {"movie", "episode", "live",
                                                                  "short"};

enum class Plan : uint8_t { Free, Basic, Standard, Premium };
inline constexpr std::array<std::string_view, 4> kPlans = {"free", "basic", "standard", "premium"};

enum class Gender : uint8_t { Female, Male, Other, Unknown };
inline constexpr std::array<std::string_view, 4> kGenders = {"female", "male", "other", "unknown"};

enum class EventType : uint8_t { Startup, Rebuffer, BitrateChange, Error, Seek, End };
inline constexpr std::array<std::string_view, 6> kEventTypes = {
    "startup", "rebuffer", "bitrate_change", "error", "seek", "end"};

// resolution_p is one of these; stored as the index (uint8).
inline constexpr std::array<int, 8> kResolutions = {2160, 1440, 1080, 720, 540, 432, 360, 234};
inline constexpr uint8_t kNullResolution = 0xFF;
// Index of a resolution in kResolutions, or kNullResolution when it is not one of them.
constexpr uint8_t resolutionCode(int lines)
{
    for (uint8_t i = 0; i < kResolutions.size(); ++i)
        if (kResolutions[i] == lines)
            return i;
    return kNullResolution;
}

// Bits of SessionTable::flags.
enum SessionFlag : uint8_t {
    StartFailure = 1u << 0,
    ExitBeforeStart = 1u << 1,
    PlaybackFailure = 1u << 2,
    Completed = 1u << 3,
};

} // namespace streamlens::contract
