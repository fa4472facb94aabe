// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens {
struct SessionTable;
}

// The numeric session columns a filter can put a range on. Values are compared in the
// stored integer units (ms, milli-kbps), so a range bound typed as a decimal is converted
// once, exactly, instead of comparing doubles per row.
namespace streamlens::query {

enum class MeasureId : uint8_t {
    StartupTimeMs,
    PlayingTimeS,
    RebufferCount,
    RebufferTimeMs,
    AvgBitrateKbps,
    BitrateSwitches,
};

struct MeasureInfo {
    MeasureId id;
    std::string_view name;
    // Stored units per unit of the column as the contract writes it (1000 for decimals).
    int64_t scale;
};

std::span<const MeasureInfo> measureInfos();
const MeasureInfo& measureInfo(MeasureId id);
std::optional<MeasureId> findMeasure(std::string_view name);
std::vector<std::string> measureNames();
const std::vector<int32_t>& measureColumn(const SessionTable& sessions, MeasureId id);

// A plain decimal number ("12", "-3", "2.5", ".25") times scale, rounded down or up to an
// integer; nullopt when the text is not such a number. Huge values saturate at ±2^62.
std::optional<int64_t> scaledFloor(std::string_view text, int64_t scale);
std::optional<int64_t> scaledCeil(std::string_view text, int64_t scale);
// Stored units back to the column's text: 2500 with scale 1000 → "2.5".
std::string formatScaled(int64_t stored, int64_t scale);

} // namespace streamlens::query
