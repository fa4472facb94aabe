// SPDX-License-Identifier: MIT
#include "query/Measure.h"

#include "data/Tables.h"

#include <array>
#include <cstdio>

namespace streamlens::query {

namespace {

using enum MeasureId;

constexpr std::array<MeasureInfo, 6> kMeasures = {{
    {StartupTimeMs, "startup_time_ms", 1},
    {PlayingTimeS, "playing_time_s", 1000},
    {RebufferCount, "rebuffer_count", 1},
    {RebufferTimeMs, "rebuffer_time_ms", 1},
    {AvgBitrateKbps, "avg_bitrate_kbps", 1000},
    {BitrateSwitches, "bitrate_switches", 1},
}};

constexpr int64_t kSaturate = int64_t(1) << 62;

// value = sign × (whole + frac); returns the floor (or ceil) of value × scale.
std::optional<int64_t> scaled(std::string_view s, int64_t scale, bool ceil)
{
    bool negative = false;
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        negative = s[i++] == '-';
    // Integer part of value × scale, and whether a non-zero remainder is left over.
    __extension__ using Int128 = __int128;
    Int128 whole = 0;
    bool remainder = false;
    bool anyDigit = false;
    bool saturated = false;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
        anyDigit = true;
        whole = whole * 10 + (s[i] - '0');
        if (whole > kSaturate) {
            whole = kSaturate;
            saturated = true;
        }
    }
    whole *= scale;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int64_t place = scale / 10;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
            anyDigit = true;
            const int d = s[i] - '0';
            if (place > 0)
                whole += d * place;
            else if (d != 0)
                remainder = true;
            place /= 10;
        }
    }
    if (!anyDigit || i != s.size())
        return std::nullopt;
    if (saturated || whole > kSaturate)
        whole = kSaturate;
    auto v = static_cast<int64_t>(whole);
    if (negative) {
        // −(w + r) with 0 < r < 1: floor is −w − 1, ceil is −w.
        v = -v;
        if (remainder && !ceil)
            --v;
    } else if (remainder && ceil) {
        ++v;
    }
    return v;
}

} // namespace

std::span<const MeasureInfo> measureInfos()
{
    return kMeasures;
}

const MeasureInfo& measureInfo(MeasureId id)
{
    return kMeasures[static_cast<size_t>(id)];
}

std::optional<MeasureId> findMeasure(std::string_view name)
{
    for (const auto& m : kMeasures)
        if (m.name == name)
            return m.id;
    return std::nullopt;
}

std::vector<std::string> measureNames()
{
    std::vector<std::string> names;
    for (const auto& m : kMeasures)
        names.emplace_back(m.name);
    return names;
}

const std::vector<int32_t>& measureColumn(const SessionTable& s, MeasureId id)
{
    switch (id) {
    case StartupTimeMs:
        return s.startupTimeMs;
    case PlayingTimeS:
        return s.playingTimeMs;
    case RebufferCount:
        return s.rebufferCount;
    case RebufferTimeMs:
        return s.rebufferTimeMs;
    case AvgBitrateKbps:
        return s.avgBitrateMilliKbps;
    case BitrateSwitches:
        break;
    }
    return s.bitrateSwitches;
}

std::optional<int64_t> scaledFloor(std::string_view text, int64_t scale)
{
    return scaled(text, scale, false);
}

std::optional<int64_t> scaledCeil(std::string_view text, int64_t scale)
{
    return scaled(text, scale, true);
}

std::string formatScaled(int64_t stored, int64_t scale)
{
    if (scale == 1)
        return std::to_string(stored);
    const bool negative = stored < 0;
    const uint64_t mag = negative ? 0 - static_cast<uint64_t>(stored) : stored;
    const auto uscale = static_cast<uint64_t>(scale);
    std::string out = (negative ? "-" : "") + std::to_string(mag / uscale);
    uint64_t frac = mag % uscale;
    if (frac == 0)
        return out;
    std::string digits;
    for (uint64_t place = uscale / 10; place > 0; place /= 10) {
        digits += static_cast<char>('0' + frac / place);
        frac %= place;
    }
    while (!digits.empty() && digits.back() == '0')
        digits.pop_back();
    return out + "." + digits;
}

} // namespace streamlens::query
