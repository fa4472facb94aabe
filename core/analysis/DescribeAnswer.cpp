// SPDX-License-Identifier: MIT
#include "analysis/DescribeAnswer.h"

#include <QJsonArray>

#include <cmath>

namespace streamlens::analysis {

namespace {
QJsonValue optional(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

QJsonObject DescribeRow::toJson() const
{
    return {{"group", q(group)},
            {"n", static_cast<qint64>(n)},
            {"mean", optional(mean)},
            {"sd", optional(sd)},
            {"min", optional(min)},
            {"q1", optional(q1)},
            {"median", optional(median)},
            {"q3", optional(q3)},
            {"max", optional(max)},
            {"iqr", optional(iqr)},
            {"skewness", optional(skewness)},
            {"kurtosis", optional(kurtosis)},
            {"ci_low", optional(ciLow)},
            {"ci_high", optional(ciHigh)},
            {"note", note.empty() ? QJsonValue() : QJsonValue(q(note))}};
}

QJsonObject DescribeAnswer::toJson() const
{
    QJsonObject o{{"metric", q(request.metric)},
                  {"level", q(levelName(request.level))},
                  {"population", q(metric.population)},
                  {"definition", q(metric.definition)},
                  {"confidence", request.confidence},
                  {"units", static_cast<qint64>(units)},
                  {"excluded", QJsonObject{{"null_value", static_cast<qint64>(nullMetric)},
                                           {"null_group", static_cast<qint64>(nullGroup)},
                                           {"other_groups", static_cast<qint64>(otherGroups)}}},
                  {"all", overall.toJson()}};
    if (!request.by.empty()) {
        o["by"] = q(request.by);
        QJsonArray g;
        for (const auto& row : groups)
            g.append(row.toJson());
        o["groups"] = g;
    }
    return o;
}

} // namespace streamlens::analysis
