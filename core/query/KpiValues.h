// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace streamlens::query {

// Every metric of the contract's metric table for one set of sessions. Member names are the
// contract's JSON keys. Rates are fractions; a ratio whose denominator is empty is nullopt
// (JSON null), never 0 or NaN. playing_hours is a sum and is 0 for no sessions.
struct KpiValues {
    int64_t attempts = 0;
    int64_t started = 0;
    std::optional<double> vsf_rate;
    std::optional<double> ebvs_rate;
    std::optional<double> playback_failure_rate;
    std::optional<double> startup_time_ms_median;
    std::optional<double> startup_time_ms_p95;
    std::optional<double> rebuffer_ratio;
    std::optional<double> rebuffer_frequency_per_min;
    std::optional<double> sessions_with_rebuffer_rate;
    std::optional<double> avg_bitrate_kbps;
    std::optional<double> completion_rate;
    double playing_hours = 0;
    std::optional<double> startup_score;
    std::optional<double> smoothness_score;
    std::optional<double> churn_rate;
    // Set when the query was cancelled: the values are then meaningless (all empty).
    bool cancelled = false;

    // The metric under its JSON key (attempts and started as doubles); nullopt for null or an
    // unknown key.
    std::optional<double> value(std::string_view key) const;
    QJsonObject toJson() const;
    bool operator==(const KpiValues&) const = default;
};

enum class MetricUnit : uint8_t { Count, Fraction, Milliseconds, PerMinute, Kbps, Hours, Score };

struct MetricInfo {
    std::string_view key;         // JSON key, as in the contract
    std::string_view displayName; // for tables and chart axes
    MetricUnit unit;
    std::string_view unitSymbol; // "", "%", "ms", "/min", "kbps", "h", "pts"
    // Whether a larger value is better (colouring, regressions); counts are neutral (false).
    bool higherIsBetter;
};

// The metrics in the contract's order.
std::span<const MetricInfo> metricKeys();

} // namespace streamlens::query
