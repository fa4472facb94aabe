// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

// What a statistical variable is: its key, the level it lives on, how it may be used and the
// unit its values are in. The catalogue (VariableCatalog.h) lists them; docs/
// analysis-variables.md describes each one.
namespace streamlens::analysis {

// Sessions are one row per view; users aggregate their sessions in the selection.
enum class Level : uint8_t { Session, User };

// Numeric: any real value. Binary: 0/1 (an outcome; numeric too, and the only kind the
// proportion and contingency tests accept). Categorical: a dimension (grouping, predictor).
enum class VariableType : uint8_t { Numeric, Binary, Categorical };

// Units decide how values are written in sentences ("1.9 s", "0.42 %").
enum class Unit : uint8_t {
    None,
    Count,
    Milliseconds,
    Seconds,
    Hours,
    LogSeconds,
    Fraction, // shown as a percentage
    Percent,  // already in percent (rebuffer_pct)
    Kbps,
    Lines,
    Years,
    Usd,
};

struct VariableInfo {
    std::string_view key;
    Level level = Level::Session;
    VariableType type = VariableType::Numeric;
    Unit unit = Unit::None;
    std::string_view label;      // for sentences: "startup time"
    std::string_view population; // where it is defined: "started sessions"
    std::string_view definition;
    // SessionMetric or UserMetric value for numeric and binary variables, query::DimensionId
    // for categorical ones: the extractors switch on it once per column, never per row.
    uint8_t id = 0;
};

std::string_view levelName(Level level);
std::optional<Level> parseLevel(std::string_view name);

} // namespace streamlens::analysis
