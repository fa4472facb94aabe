// SPDX-License-Identifier: MIT
#include "cli/KpiText.h"

#include <cstdio>
#include <cstring>

namespace streamlens::cli {

const std::vector<MetricColumn>& allMetricColumns()
{
    static const std::vector<MetricColumn> columns = {
        {"attempts", "Attempts"},
        {"started", "Started"},
        {"vsf_rate", "Video start failures"},
        {"ebvs_rate", "Exits before video start"},
        {"playback_failure_rate", "Playback failures"},
        {"startup_time_ms_median", "Startup time, median"},
        {"startup_time_ms_p95", "Startup time, p95"},
        {"rebuffer_ratio", "Rebuffering ratio"},
        {"rebuffer_frequency_per_min", "Rebuffers per minute"},
        {"sessions_with_rebuffer_rate", "Sessions with rebuffering"},
        {"avg_bitrate_kbps", "Average bitrate"},
        {"completion_rate", "Completion"},
        {"playing_hours", "Playing hours"},
        {"startup_score", "Startup score"},
        {"smoothness_score", "Smoothness score"},
        {"churn_rate", "Churn"},
    };
    return columns;
}

const std::vector<MetricColumn>& breakdownMetricColumns()
{
    static const std::vector<MetricColumn> columns = {
        {"attempts", "Attempts"},        {"vsf_rate", "VSF"},
        {"ebvs_rate", "EBVS"},           {"startup_time_ms_median", "Startup p50"},
        {"startup_time_ms_p95", "p95"},  {"rebuffer_ratio", "Rebuf. ratio"},
        {"avg_bitrate_kbps", "Bitrate"}, {"playing_hours", "Hours"},
    };
    return columns;
}

namespace {
bool endsWith(const char* s, const char* suffix)
{
    const size_t n = std::strlen(s), m = std::strlen(suffix);
    return n >= m && std::strcmp(s + n - m, suffix) == 0;
}

std::string printf1(const char* fmt, double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, v);
    return buf;
}
} // namespace

std::string formatMetric(const char* key, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return "no data";
    const double v = value.toDouble();
    if (std::strcmp(key, "attempts") == 0 || std::strcmp(key, "started") == 0)
        return printf1("%.0f", v);
    if (std::strcmp(key, "rebuffer_ratio") == 0)
        return printf1("%.3f %%", v * 100.0);
    if (endsWith(key, "_rate"))
        return printf1("%.2f %%", v * 100.0);
    if (endsWith(key, "_ms_median") || endsWith(key, "_ms_p95"))
        return printf1("%.0f ms", v);
    if (endsWith(key, "_kbps"))
        return printf1("%.0f kbps", v);
    if (endsWith(key, "_per_min"))
        return printf1("%.4f", v);
    return printf1("%.1f", v);
}

} // namespace streamlens::cli
