// SPDX-License-Identifier: MIT
#include "analysis/QuestionAnswer.h"

#include <cmath>

namespace streamlens::analysis {

namespace {
QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject QuestionAnswer::toJson() const
{
    const QuestionInfo& info = questionInfo(question);
    QJsonValue e;
    if (elasticity)
        e = QJsonObject{
            {"coefficient", finite(elasticity->coefficient)},
            {"percent_less_played_per_rebuffer_pct", finite(elasticity->percentLessPlayed)},
            {"ci_low", finite(elasticity->ciLow)},
            {"ci_high", finite(elasticity->ciHigh)},
            {"p_value", finite(elasticity->pValue)}};
    return {
        {"question", q(info.key)}, {"title", q(info.title)}, {"description", q(info.description)},
        {"sentence", q(sentence)}, {"elasticity", e},        {"model", model.toJson()}};
}

} // namespace streamlens::analysis
