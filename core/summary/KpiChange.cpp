// SPDX-License-Identifier: MIT
#include "summary/KpiChange.h"

#include <cmath>

namespace streamlens::summary {

namespace {
QJsonValue json(const std::optional<double>& v)
{
    if (!v || !std::isfinite(*v))
        return QJsonValue(QJsonValue::Null);
    return *v;
}
} // namespace

const char* directionName(ChangeDirection direction)
{
    switch (direction) {
    case ChangeDirection::Good:
        return "good";
    case ChangeDirection::Bad:
        return "bad";
    case ChangeDirection::Neutral:
        break;
    }
    return "neutral";
}

QJsonObject KpiChange::toJson() const
{
    QJsonObject o;
    o["key"] = QString::fromStdString(key);
    o["value"] = json(value);
    o["previous"] = json(previous);
    o["absolute_change"] = json(absoluteChange);
    o["relative_change"] = json(relativeChange);
    o["test"] =
        test.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(test));
    o["test_note"] = QString::fromStdString(testNote);
    o["p_value"] = json(pValue);
    o["p_adjusted"] = json(pAdjusted);
    o["comparisons"] = comparisons;
    o["statistically_significant"] = statisticallySignificant;
    o["practically_relevant"] = practicallyRelevant;
    o["significant"] = significant;
    o["direction"] = directionName(direction);
    return o;
}

} // namespace streamlens::summary
