// SPDX-License-Identifier: MIT
#include "summary/SummaryText.h"

#include "query/KpiValues.h"
#include "query/UtcCalendar.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace streamlens::summary::SummaryText {

QString tr(const char* text)
{
    return QCoreApplication::translate("streamlens::summary", text);
}

QString metricName(std::string_view key)
{
    static const std::pair<std::string_view, const char*> kNames[] = {
        {"attempts", QT_TRANSLATE_NOOP("streamlens::summary", "Attempts")},
        {"playing_hours", QT_TRANSLATE_NOOP("streamlens::summary", "Playing hours")},
        {"startup_time_ms_median", QT_TRANSLATE_NOOP("streamlens::summary", "Median startup time")},
        {"startup_time_ms_p95", QT_TRANSLATE_NOOP("streamlens::summary", "Startup time p95")},
        {"rebuffer_ratio", QT_TRANSLATE_NOOP("streamlens::summary", "Rebuffering ratio")},
        {"vsf_rate", QT_TRANSLATE_NOOP("streamlens::summary", "Video start failure rate")},
        {"ebvs_rate", QT_TRANSLATE_NOOP("streamlens::summary", "Exits before video start")},
        {"playback_failure_rate",
         QT_TRANSLATE_NOOP("streamlens::summary", "Playback failure rate")},
        {"avg_bitrate_kbps", QT_TRANSLATE_NOOP("streamlens::summary", "Average bitrate")},
        {"completion_rate", QT_TRANSLATE_NOOP("streamlens::summary", "Completion rate")},
        {"churn_rate", QT_TRANSLATE_NOOP("streamlens::summary", "Churn rate")},
        {"slow_start_rate", QT_TRANSLATE_NOOP("streamlens::summary", "Share of slow starts")},
    };
    for (const auto& [k, name] : kNames)
        if (k == key)
            return tr(name);
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString percent(double fraction, int decimals)
{
    return tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', decimals));
}

QString value(std::string_view key, double v)
{
    const QLocale locale;
    if (key == "attempts" || key == "started")
        return locale.toString(static_cast<qlonglong>(std::llround(v)));
    if (key == "playing_hours")
        return tr("%1 h").arg(locale.toString(v, 'f', 0));
    if (key == "startup_time_ms_median" || key == "startup_time_ms_p95")
        return v >= 1000 ? tr("%1 s").arg(locale.toString(v / 1000.0, 'f', 2))
                         : tr("%1 ms").arg(locale.toString(v, 'f', 0));
    if (key == "avg_bitrate_kbps")
        return tr("%1 kbps").arg(locale.toString(v, 'f', 0));
    // Rates: small ones need more decimals to tell 0.12 % from 0.18 %.
    return percent(v, std::fabs(v) < 0.1 ? 2 : 1);
}

QString signedPercent(double fraction)
{
    const QString number = QLocale().toString(std::fabs(fraction) * 100.0, 'f', 1);
    return (fraction < 0 ? QStringLiteral("−") : QStringLiteral("+")) + tr("%1 %").arg(number);
}

QString pValue(double p)
{
    if (p < 0.001)
        return tr("< %1").arg(QLocale().toString(0.001, 'f', 3));
    return QLocale().toString(p, 'f', 3);
}

QString pClause(double p)
{
    if (p < 0.001)
        return tr("p < %1").arg(QLocale().toString(0.001, 'f', 3));
    return tr("p = %1").arg(QLocale().toString(p, 'f', 3));
}

QString periodLength(int64_t ms)
{
    const QLocale locale;
    if (ms % query::kMsPerDay == 0) {
        const int64_t days = ms / query::kMsPerDay;
        return days == 1 ? tr("day") : tr("%1 days").arg(locale.toString(qlonglong(days)));
    }
    const auto hours = std::llround(static_cast<double>(ms) / query::kMsPerHour);
    return hours == 1 ? tr("hour") : tr("%1 hours").arg(locale.toString(qlonglong(hours)));
}

QString times(double factor)
{
    return tr("%1×").arg(QLocale().toString(factor, 'f', 1));
}

} // namespace streamlens::summary::SummaryText
