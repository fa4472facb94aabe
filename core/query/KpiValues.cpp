// SPDX-License-Identifier: MIT
#include "query/KpiValues.h"

#include <array>
#include <cmath>

namespace streamlens::query {

namespace {

using enum MetricUnit;

constexpr std::array<MetricInfo, 16> kMetrics = {{
    {"attempts", "Attempts", Count, "", false},
    {"started", "Started", Count, "", false},
    {"vsf_rate", "Video start failures", Fraction, "%", false},
    {"ebvs_rate", "Exits before video start", Fraction, "%", false},
    {"playback_failure_rate", "Playback failures", Fraction, "%", false},
    {"startup_time_ms_median", "Startup time (median)", Milliseconds, "ms", false},
    {"startup_time_ms_p95", "Startup time (p95)", Milliseconds, "ms", false},
    {"rebuffer_ratio", "Rebuffering ratio", Fraction, "%", false},
    {"rebuffer_frequency_per_min", "Rebuffer frequency", PerMinute, "/min", false},
    {"sessions_with_rebuffer_rate", "Sessions with rebuffering", Fraction, "%", false},
    {"avg_bitrate_kbps", "Average bitrate", Kbps, "kbps", true},
    {"completion_rate", "Completion", Fraction, "%", true},
    {"playing_hours", "Playing hours", Hours, "h", true},
    {"startup_score", "Startup score", Score, "pts", true},
    {"smoothness_score", "Smoothness score", Score, "pts", true},
    {"churn_rate", "Churn", Fraction, "%", false},
}};

QJsonValue jsonOf(std::optional<double> v)
{
    // Non-finite values only arise from invalid input (e.g. negative times); they are "no
    // data" rather than a JSON document that other tools cannot read.
    if (!v || !std::isfinite(*v))
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(*v);
}

} // namespace

std::span<const MetricInfo> metricKeys()
{
    return kMetrics;
}

std::optional<double> KpiValues::value(std::string_view key) const
{
    if (key == "attempts")
        return static_cast<double>(attempts);
    if (key == "started")
        return static_cast<double>(started);
    if (key == "playing_hours")
        return playing_hours;
    const std::pair<std::string_view, const std::optional<double>*> optionals[] = {
        {"vsf_rate", &vsf_rate},
        {"ebvs_rate", &ebvs_rate},
        {"playback_failure_rate", &playback_failure_rate},
        {"startup_time_ms_median", &startup_time_ms_median},
        {"startup_time_ms_p95", &startup_time_ms_p95},
        {"rebuffer_ratio", &rebuffer_ratio},
        {"rebuffer_frequency_per_min", &rebuffer_frequency_per_min},
        {"sessions_with_rebuffer_rate", &sessions_with_rebuffer_rate},
        {"avg_bitrate_kbps", &avg_bitrate_kbps},
        {"completion_rate", &completion_rate},
        {"startup_score", &startup_score},
        {"smoothness_score", &smoothness_score},
        {"churn_rate", &churn_rate},
    };
    for (const auto& [name, member] : optionals)
        if (name == key)
            return *member;
    return std::nullopt;
}

QJsonObject KpiValues::toJson() const
{
    QJsonObject json;
    for (const auto& m : kMetrics) {
        const QString key = QString::fromUtf8(m.key.data(), static_cast<qsizetype>(m.key.size()));
        if (m.key == "attempts")
            json[key] = static_cast<qint64>(attempts);
        else if (m.key == "started")
            json[key] = static_cast<qint64>(started);
        else
            json[key] = jsonOf(value(m.key));
    }
    return json;
}

} // namespace streamlens::query
