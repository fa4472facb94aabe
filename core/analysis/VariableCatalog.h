// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// The variables statistics can be asked about, per level. Numeric and binary variables are
// computed from the session columns (and, per user, aggregated over the user's sessions in the
// selection); categorical ones are the query layer's dimensions.
namespace streamlens::analysis {

// Per-session variables, in catalogue order (the values are VariableInfo::id).
enum class SessionMetric : uint8_t {
    StartupTimeMs,
    StartupS,
    PlayingTimeS,
    LogPlayingTime,
    RebufferCount,
    RebufferTimeMs,
    RebufferRatio,
    RebufferPct,
    Rebuffered,
    AvgBitrateKbps,
    BitrateSwitches,
    ResolutionP,
    Started,
    StartFailure,
    ExitBeforeStart,
    PlaybackFailure,
    Completed,
};

// Per-user aggregates, in catalogue order.
enum class UserMetric : uint8_t {
    Sessions,
    StartedSessions,
    PlayingHours,
    MeanStartupMs,
    MeanStartupS,
    MedianStartupMs,
    RebufferRatio,
    RebufferPct,
    VsfRate,
    EbvsRate,
    ShareMobile,
    ShareCellular,
    CompletionRate,
    AvgBitrateKbps,
    Age,
    MonthlyFee,
    Churned,
};

// Numeric and binary variables of a level.
std::span<const VariableInfo> metricVariables(Level level);
// Categorical variables (dimensions) of a level: every query dimension for sessions; the user
// attributes for users (country meaning the account country there).
std::vector<VariableInfo> categoricalVariables(Level level);

// A numeric or binary variable.
std::optional<VariableInfo> findMetric(Level level, std::string_view key);
// A categorical variable (a dimension usable for --by, or as a model predictor).
std::optional<VariableInfo> findCategorical(Level level, std::string_view key);
// Metric first, then categorical.
std::optional<VariableInfo> findVariable(Level level, std::string_view key);

// "unknown session variable 'x'; session variables: startup_time_ms, ...".
std::string unknownMetricError(Level level, std::string_view key);
std::string unknownCategoricalError(Level level, std::string_view key);
std::string unknownVariableError(Level level, std::string_view key);

} // namespace streamlens::analysis
