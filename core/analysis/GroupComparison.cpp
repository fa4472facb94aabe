// SPDX-License-Identifier: MIT
#include "analysis/GroupComparison.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace streamlens::analysis {

namespace {
QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
QJsonValue optional(const std::optional<double>& v)
{
    return v ? finite(*v) : QJsonValue(QJsonValue::Null);
}
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

std::vector<const GroupVsRest*> GroupComparison::findings() const
{
    std::vector<const GroupVsRest*> out;
    for (const auto& r : rows)
        if (r.significantHolm)
            out.push_back(&r);
    std::stable_sort(out.begin(), out.end(), [](const GroupVsRest* a, const GroupVsRest* b) {
        return a->result.p_value < b->result.p_value;
    });
    return out;
}

QJsonObject GroupComparison::toJson() const
{
    QJsonArray list;
    for (const auto& r : rows)
        list.append(QJsonObject{{"group", q(r.group)},
                                {"n", static_cast<qint64>(r.n)},
                                {"n_rest", static_cast<qint64>(r.nRest)},
                                {"estimate", finite(r.estimate)},
                                {"rest_estimate", finite(r.restEstimate)},
                                {"statistic", finite(r.result.statistic)},
                                {"df", optional(r.result.df)},
                                {"p_value", finite(r.result.p_value)},
                                {"p_holm", finite(r.pHolm)},
                                {"p_bh", finite(r.pBh)},
                                {"effect_size", optional(r.result.effect_size)},
                                {"effect_size_name", q(r.result.effect_size_name)},
                                {"ci_low", optional(r.result.ci_low)},
                                {"ci_high", optional(r.result.ci_high)},
                                {"significant_holm", r.significantHolm},
                                {"significant_bh", r.significantBh},
                                {"sentence", q(r.sentence)}});
    QJsonArray skippedList;
    for (const auto& s : skipped)
        skippedList.append(QJsonObject{{"group", q(s.group)}, {"reason", q(s.reason)}});
    return {{"metric", q(request.metric)},
            {"by", q(request.by)},
            {"level", q(levelName(request.level))},
            {"method", q(method)},
            {"adjustments", QJsonArray{"holm", "BH"}},
            {"alpha", 1.0 - request.confidence},
            {"units", static_cast<qint64>(units)},
            {"excluded", QJsonObject{{"null_value", static_cast<qint64>(nullMetric)},
                                     {"null_group", static_cast<qint64>(nullGroup)}}},
            {"groups", list},
            {"skipped", skippedList}};
}

} // namespace streamlens::analysis
