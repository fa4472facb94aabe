// SPDX-License-Identifier: MIT
#include "analysis/ModelNarrative.h"

#include "analysis/ValueFormat.h"

#include <cmath>

namespace streamlens::analysis {

namespace {

std::string count(int64_t n)
{
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<size_t>(i), ",");
    return digits;
}

std::string interval(double lo, double hi, double confidence)
{
    return ValueFormat::number(100.0 * confidence, 3) + " % CI " + ValueFormat::number(lo) +
           " to " + ValueFormat::number(hi);
}

} // namespace

std::string ModelNarrative::perUnit(const ModelTerm& t)
{
    if (!t.level.empty())
        return "for " + t.variable + " = " + t.level + " vs " + t.reference;
    switch (t.unit) {
    case Unit::Percent:
        return "per percentage point of " + t.variable;
    case Unit::Seconds:
        return "per second of " + t.variable;
    case Unit::Milliseconds:
        return "per ms of " + t.variable;
    case Unit::Hours:
        return "per hour of " + t.variable;
    case Unit::Fraction:
        return "per unit of " + t.variable + " (0 to 100 %)";
    case Unit::Kbps:
        return "per kbps of " + t.variable;
    case Unit::Years:
        return "per year of " + t.variable;
    case Unit::Usd:
        return "per USD of " + t.variable;
    case Unit::Lines:
        return "per line of " + t.variable;
    default:
        break;
    }
    return "per unit of " + t.variable;
}

std::string ModelNarrative::sentence(const ModelAnswer& a)
{
    const ModelRequest& r = a.request;
    const bool logistic = r.kind == ModelKind::Logistic;
    const double alpha = 1.0 - r.confidence;
    std::string s = (logistic ? "Logistic" : "Linear") + std::string(" model of ") + r.target +
                    " over " + count(a.n) + " " + std::string(levelName(r.level)) + "s";
    std::string effects, weak;
    for (const auto& t : a.terms) {
        if (t.variable.empty())
            continue;
        const auto& c = t.coefficient;
        if (!(c.pValue < alpha)) {
            weak += (weak.empty() ? "" : ", ") + c.name + " (" + ValueFormat::p(c.pValue) + ")";
            continue;
        }
        std::string e;
        if (logistic)
            e = "odds ×" + ValueFormat::number(std::exp(c.estimate)) + " " + perUnit(t) + " (" +
                interval(std::exp(c.ciLow), std::exp(c.ciHigh), r.confidence) + ", " +
                ValueFormat::p(c.pValue) + ")";
        else
            e = (c.estimate >= 0 ? "+" : "") + ValueFormat::number(c.estimate) + " " + perUnit(t) +
                " (" + interval(c.ciLow, c.ciHigh, r.confidence) + ", " + ValueFormat::p(c.pValue) +
                ")";
        effects += (effects.empty() ? "" : "; ") + e;
    }
    s += effects.empty() ? ": no feature is significant at α = " + ValueFormat::number(alpha, 2)
                         : ": " + effects;
    s += ".";
    if (!weak.empty() && !effects.empty())
        s += " Not significant at α = " + ValueFormat::number(alpha, 2) + ": " + weak + ".";
    if (logistic && a.fit.pseudoRSquared)
        s += " McFadden R² = " + ValueFormat::fixed(*a.fit.pseudoRSquared, 3);
    if (!logistic && a.fit.rSquared)
        s += " R² = " + ValueFormat::fixed(*a.fit.rSquared, 3);
    if (logistic && a.holdout.auc)
        s += "; AUC on the held-out " + count(a.holdout.nTest) + " = " +
             ValueFormat::fixed(*a.holdout.auc, 3);
    if (!logistic && a.holdout.rmse)
        s += "; RMSE on the held-out " + count(a.holdout.nTest) + " = " +
             ValueFormat::number(*a.holdout.rmse);
    s += ".";
    return s;
}

} // namespace streamlens::analysis
