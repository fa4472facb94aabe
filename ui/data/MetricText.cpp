// SPDX-License-Identifier: MIT
#include "data/MetricText.h"

#include <QCoreApplication>
#include <QLocale>

namespace streamlens::ui {

QString formatMetric(const QString& key, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("MetricText", "no data");
    const QLocale locale;
    const double v = value.toDouble();
    if (key == QLatin1String("attempts") || key == QLatin1String("started"))
        return locale.toString(static_cast<qlonglong>(v));
    if (key == QLatin1String("rebuffer_ratio"))
        return locale.toString(v * 100.0, 'f', 3) + QStringLiteral(" %");
    if (key.endsWith(QLatin1String("_rate")))
        return locale.toString(v * 100.0, 'f', 2) + QStringLiteral(" %");
    if (key.startsWith(QLatin1String("startup_time_ms")))
        return v >= 1000 ? locale.toString(v / 1000.0, 'f', 2) + QStringLiteral(" s")
                         : locale.toString(v, 'f', 0) + QStringLiteral(" ms");
    if (key == QLatin1String("avg_bitrate_kbps"))
        return locale.toString(v / 1000.0, 'f', 2) + QStringLiteral(" Mbps");
    if (key == QLatin1String("playing_hours"))
        return locale.toString(v, 'f', 0) + QStringLiteral(" h");
    if (key == QLatin1String("rebuffer_frequency_per_min"))
        return locale.toString(v, 'f', 4);
    return locale.toString(v, 'f', 1);
}

QString metricName(const QString& key)
{
    struct Name {
        const char* key;
        const char* text;
    };
    static const Name names[] = {
        {"attempts", QT_TRANSLATE_NOOP("MetricText", "Attempts")},
        {"started", QT_TRANSLATE_NOOP("MetricText", "Started")},
        {"vsf_rate", QT_TRANSLATE_NOOP("MetricText", "Video start failures")},
        {"ebvs_rate", QT_TRANSLATE_NOOP("MetricText", "Exits before video start")},
        {"playback_failure_rate", QT_TRANSLATE_NOOP("MetricText", "Playback failures")},
        {"startup_time_ms_median", QT_TRANSLATE_NOOP("MetricText", "Startup time (median)")},
        {"startup_time_ms_p95", QT_TRANSLATE_NOOP("MetricText", "Startup time (p95)")},
        {"rebuffer_ratio", QT_TRANSLATE_NOOP("MetricText", "Rebuffering ratio")},
        {"rebuffer_frequency_per_min", QT_TRANSLATE_NOOP("MetricText", "Rebuffers per minute")},
        {"sessions_with_rebuffer_rate",
         QT_TRANSLATE_NOOP("MetricText", "Sessions with rebuffering")},
        {"avg_bitrate_kbps", QT_TRANSLATE_NOOP("MetricText", "Average bitrate")},
        {"completion_rate", QT_TRANSLATE_NOOP("MetricText", "Completion")},
        {"playing_hours", QT_TRANSLATE_NOOP("MetricText", "Playing hours")},
        {"startup_score", QT_TRANSLATE_NOOP("MetricText", "Startup score")},
        {"smoothness_score", QT_TRANSLATE_NOOP("MetricText", "Smoothness score")},
        {"churn_rate", QT_TRANSLATE_NOOP("MetricText", "Churn")},
    };
    for (const auto& n : names)
        if (key == QLatin1String(n.key))
            return QCoreApplication::translate("MetricText", n.text);
    return key;
}

} // namespace streamlens::ui
