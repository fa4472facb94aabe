// SPDX-License-Identifier: MIT
#include "analysis/ModelAnswer.h"

#include <QJsonArray>

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

std::string_view modelKindName(ModelKind kind)
{
    return kind == ModelKind::Logistic ? "logistic" : "linear";
}

std::optional<ModelKind> parseModelKind(std::string_view name)
{
    if (name == "linear")
        return ModelKind::Linear;
    if (name == "logistic")
        return ModelKind::Logistic;
    return std::nullopt;
}

const ModelTerm* ModelAnswer::term(std::string_view designColumn) const
{
    for (const auto& t : terms)
        if (t.coefficient.name == designColumn)
            return &t;
    return nullptr;
}

QJsonObject ModelAnswer::toJson() const
{
    const bool logistic = request.kind == ModelKind::Logistic;
    QJsonArray coefficients;
    for (const auto& t : terms) {
        const auto& c = t.coefficient;
        QJsonObject o{{"term", q(c.name)},
                      {"variable", t.variable.empty() ? QJsonValue() : QJsonValue(q(t.variable))},
                      {"estimate", finite(c.estimate)},
                      {"std_error", finite(c.standardError)},
                      {"statistic", finite(c.statistic)},
                      {"p_value", finite(c.pValue)},
                      {"ci_low", finite(c.ciLow)},
                      {"ci_high", finite(c.ciHigh)}};
        if (!t.level.empty()) {
            o["level"] = q(t.level);
            o["reference"] = q(t.reference);
        }
        if (logistic) {
            o["odds_ratio"] = finite(std::exp(c.estimate));
            o["odds_ratio_ci_low"] = finite(std::exp(c.ciLow));
            o["odds_ratio_ci_high"] = finite(std::exp(c.ciHigh));
        }
        coefficients.append(o);
    }
    QJsonArray features;
    for (const auto& f : request.features)
        features.append(q(f));
    QJsonObject nulls;
    for (const auto& [key, count] : nullsByVariable)
        nulls[q(key)] = static_cast<qint64>(count);
    QJsonArray notesJson;
    for (const auto& n : notes)
        notesJson.append(q(n));
    QJsonValue confusion;
    if (holdout.confusion)
        confusion = QJsonObject{{"tp", static_cast<qint64>(holdout.confusion->truePositive)},
                                {"fp", static_cast<qint64>(holdout.confusion->falsePositive)},
                                {"tn", static_cast<qint64>(holdout.confusion->trueNegative)},
                                {"fn", static_cast<qint64>(holdout.confusion->falseNegative)}};
    return {
        {"kind", q(modelKindName(request.kind))},
        {"level", q(levelName(request.level))},
        {"target", q(request.target)},
        {"features", features},
        {"units", static_cast<qint64>(units)},
        {"n", static_cast<qint64>(n)},
        {"excluded", QJsonObject{{"null_value", static_cast<qint64>(nullValues)},
                                 {"excluded_when", static_cast<qint64>(excludedWhen)},
                                 {"nulls_by_variable", nulls}}},
        {"coefficients", coefficients},
        {"confidence", request.confidence},
        {"r_squared", optional(fit.rSquared)},
        {"adj_r_squared", optional(fit.adjRSquared)},
        {"sigma", optional(fit.sigma)},
        {"f_statistic", optional(fit.fStatistic)},
        {"f_p_value", optional(fit.fPValue)},
        {"pseudo_r_squared", optional(fit.pseudoRSquared)},
        {"aic", optional(fit.aic)},
        {"bic", optional(fit.bic)},
        {"deviance", optional(fit.deviance)},
        {"null_deviance", optional(fit.nullDeviance)},
        {"log_likelihood", optional(fit.logLikelihood)},
        {"iterations", fit.iterations ? QJsonValue(*fit.iterations) : QJsonValue()},
        {"seed", request.seed <= (uint64_t(1) << 53) ? QJsonValue(static_cast<double>(request.seed))
                                                     : QJsonValue(QString::number(request.seed))},
        {"test_fraction", request.testFraction},
        {"n_train", static_cast<qint64>(holdout.nTrain)},
        {"n_test", static_cast<qint64>(holdout.nTest)},
        {"threshold", holdout.threshold},
        {"auc", optional(holdout.auc)},
        {"accuracy", optional(holdout.accuracy)},
        {"precision", optional(holdout.precision)},
        {"recall", optional(holdout.recall)},
        {"specificity", optional(holdout.specificity)},
        {"f1", optional(holdout.f1)},
        {"confusion_matrix", confusion},
        {"rmse_test", optional(holdout.rmse)},
        {"r_squared_test", optional(holdout.rSquared)},
        {"holdout_note", holdout.note.empty() ? QJsonValue() : QJsonValue(q(holdout.note))},
        {"notes", notesJson},
        {"sentence", q(sentence)},
    };
}

} // namespace streamlens::analysis
