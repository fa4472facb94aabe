// SPDX-License-Identifier: MIT
#include "analysis/TestAnswer.h"

#include <QJsonArray>

#include <cmath>

namespace streamlens::analysis {

namespace {
QJsonValue optional(const std::optional<double>& v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QString q(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

QJsonObject GroupSummary::toJson() const
{
    QJsonObject o{{"group", q(label)}, {"n", static_cast<qint64>(n)}};
    if (successes) {
        o["successes"] = static_cast<qint64>(*successes);
        o["rate"] = optional(mean);
    } else {
        o["mean"] = optional(mean);
        o["sd"] = optional(sd);
        o["median"] = optional(median);
    }
    return o;
}

QJsonObject TestAnswer::toJson() const
{
    QJsonObject o = result.toJson();
    o["test_key"] = q(std::string(testKindInfo(request.kind).key));
    o["level"] = q(std::string(levelName(request.level)));
    o["metric"] = q(request.metric);
    o["with"] = request.with.empty() ? QJsonValue() : QJsonValue(q(request.with));
    o["by"] = request.by.empty() ? QJsonValue() : QJsonValue(q(request.by));
    QJsonArray g;
    for (const auto& s : groups)
        g.append(s.toJson());
    o["groups"] = g;
    o["units"] = static_cast<qint64>(units);
    o["excluded"] = QJsonObject{{"null_value", static_cast<qint64>(nullMetric)},
                                {"null_group", static_cast<qint64>(nullGroup)},
                                {"other_groups", static_cast<qint64>(otherGroups)}};
    o["alpha"] = 1.0 - request.confidence;
    o["significant"] = significant();
    o["apa"] = q(result.apa());
    o["sentence"] = q(sentence);
    return o;
}

} // namespace streamlens::analysis
