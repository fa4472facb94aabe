// SPDX-License-Identifier: MIT
#include "stats/TestResult.h"

#include <QJsonArray>

#include <cmath>
#include <cstdio>

namespace streamlens::stats {

namespace {

QJsonValue optionalValue(const std::optional<double>& v)
{
    if (v && std::isfinite(*v))
        return *v;
    return QJsonValue(QJsonValue::Null);
}

std::string fixed(double v, int decimals)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Degrees of freedom: integers as integers, Welch-type fractional df with one decimal.
std::string formatDf(double df)
{
    if (std::fabs(df - std::round(df)) < 1e-9)
        return fixed(std::round(df), 0);
    return fixed(df, 1);
}

// Short APA symbols for the common effect sizes.
std::string effectSymbol(const std::string& name)
{
    if (name == "Cohen's d")
        return "d";
    if (name == "Cohen's h")
        return "h";
    if (name == "rank-biserial r")
        return "r_rb";
    if (name == "eta-squared")
        return "η²";
    if (name == "epsilon-squared")
        return "ε²";
    if (name == "Cramér's V")
        return "V";
    if (name == "Pearson r")
        return "r";
    if (name == "Spearman rho")
        return "ρ";
    if (name == "conditional MLE odds ratio")
        return "OR";
    return name;
}

} // namespace

std::string TestResult::formatP(double p)
{
    if (!(p >= 0.0))
        return "p = NA";
    if (p < 0.001)
        return "p < .001";
    std::string s = fixed(p, 3);
    if (s == "1.000")
        return "p = 1.000";
    return "p = " + s.substr(1); // APA drops the leading zero of a probability
}

QJsonObject TestResult::toJson() const
{
    QJsonObject o;
    o["test"] = QString::fromStdString(test);
    o["statistic_name"] = QString::fromStdString(statistic_name);
    o["statistic"] = std::isfinite(statistic) ? QJsonValue(statistic) : QJsonValue();
    o["df"] = optionalValue(df);
    o["df2"] = optionalValue(df2);
    o["p_value"] = std::isfinite(p_value) ? QJsonValue(p_value) : QJsonValue();
    o["effect_size"] = optionalValue(effect_size);
    o["effect_size_name"] =
        effect_size ? QJsonValue(QString::fromStdString(effect_size_name)) : QJsonValue();
    o["ci_low"] = optionalValue(ci_low);
    o["ci_high"] = optionalValue(ci_high);
    o["ci_name"] = ci_low ? QJsonValue(QString::fromStdString(ci_name)) : QJsonValue();
    o["ci_level"] = ci_low ? QJsonValue(ci_level) : QJsonValue();
    QJsonArray n;
    for (int64_t g : group_sizes)
        n.append(static_cast<qint64>(g));
    o["n"] = n;
    o["method_note"] = QString::fromStdString(method_note);
    return o;
}

std::string TestResult::apa() const
{
    std::string s = statistic_name.empty() ? "statistic" : statistic_name;
    if (df && df2)
        s += "(" + formatDf(*df) + ", " + formatDf(*df2) + ")";
    else if (df)
        s += "(" + formatDf(*df) + ")";
    s += " = " + fixed(statistic, 2) + ", " + formatP(p_value);
    if (effect_size && effectSymbol(effect_size_name) != statistic_name)
        s += ", " + effectSymbol(effect_size_name) + " = " + fixed(*effect_size, 2);
    return s;
}

} // namespace streamlens::stats
