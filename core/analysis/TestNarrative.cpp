// SPDX-License-Identifier: MIT
#include "analysis/TestNarrative.h"

#include "analysis/ValueFormat.h"

#include <algorithm>
#include <cmath>

namespace streamlens::analysis {

namespace {

bool isDuration(Unit u)
{
    return u == Unit::Milliseconds || u == Unit::Seconds || u == Unit::Hours ||
           u == Unit::LogSeconds;
}

std::string moreWord(const VariableInfo& v, bool more)
{
    if (isDuration(v.unit))
        return more ? "longer" : "shorter";
    return more ? "higher" : "lower";
}

// Which location the test is about, and its value for a group.
struct Location {
    std::string name; // "mean", "median", "" for rates
    bool median = false;
};

Location locationOf(TestKind kind, const VariableInfo& metric)
{
    if (metric.type == VariableType::Binary &&
        (kind == TestKind::ChiSquare || kind == TestKind::Fisher || kind == TestKind::PropZ))
        return {"", false};
    if (kind == TestKind::MannWhitney || kind == TestKind::Kruskal)
        return {"median", true};
    return {"mean", false};
}

std::optional<double> valueOf(const GroupSummary& g, const Location& loc)
{
    return loc.median ? g.median : g.mean;
}

std::string shown(const GroupSummary& g, const Location& loc, const VariableInfo& metric,
                  bool withName)
{
    const std::string v = ValueFormat::value(valueOf(g, loc), metric.unit);
    return withName && !loc.name.empty() ? loc.name + " " + v : v;
}

std::string strength(double r)
{
    const double a = std::fabs(r);
    if (a < 0.1)
        return "very weakly";
    if (a < 0.3)
        return "weakly";
    if (a < 0.5)
        return "moderately";
    return "strongly";
}

} // namespace

std::string TestNarrative::capitalized(std::string_view text)
{
    std::string s(text);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string TestNarrative::sentence(const TestAnswer& a, const VariableInfo& metric,
                                    const std::optional<VariableInfo>& with)
{
    const std::string apa = a.result.apa();
    const bool significant = a.significant();
    const TestRequest& r = a.request;
    const TestShape shape = testKindInfo(r.kind).shape;

    if (shape == TestShape::Association) {
        const std::string x(metric.label);
        const std::string y = with ? std::string(with->label) : r.with;
        const double rho = a.result.effect_size.value_or(0.0);
        const std::string n = " (n = " + std::to_string(a.units - a.nullMetric) + ")";
        if (!significant)
            return "No significant correlation between " + x + " (" + r.metric + ") and " + y +
                   " (" + r.with + ")" + n + ": " + apa + ".";
        return capitalized(x) + " (" + r.metric + ") and " + y + " (" + r.with + ") are " +
               strength(rho) + (rho >= 0 ? " positively" : " negatively") + " correlated" + n +
               ": " + apa + ".";
    }

    const Location loc = locationOf(r.kind, metric);
    const std::string label = capitalized(metric.label);
    if (a.groups.size() == 2 && (shape == TestShape::TwoGroups || shape == TestShape::TwoRates)) {
        const GroupSummary& g0 = a.groups[0];
        const GroupSummary& g1 = a.groups[1];
        const std::string first =
            r.by + " = " + g0.label + " (" + shown(g0, loc, metric, true) + ")";
        const std::string second = g1.label + " (" + shown(g1, loc, metric, false) + ")";
        if (!significant)
            return label + " does not differ significantly between " + first + " and " + second +
                   ": " + apa + ".";
        // Direction: the rank-biserial r for Mann-Whitney (its null is about ranks, not
        // medians), otherwise the difference of the compared locations.
        bool more;
        if (r.kind == TestKind::MannWhitney && a.result.effect_size)
            more = *a.result.effect_size > 0;
        else
            more = valueOf(g0, loc).value_or(0) > valueOf(g1, loc).value_or(0);
        return label + " is " + moreWord(metric, more) + " for " + first + " than for " + second +
               ": " + apa + ".";
    }

    // Several groups: name the extremes.
    std::vector<const GroupSummary*> ordered;
    for (const auto& g : a.groups)
        if (valueOf(g, loc))
            ordered.push_back(&g);
    std::stable_sort(ordered.begin(), ordered.end(), [&](const auto* x, const auto* y) {
        return *valueOf(*x, loc) > *valueOf(*y, loc);
    });
    const std::string k = std::to_string(a.groups.size());
    if (ordered.size() < 2)
        return label + " across the " + k + " groups of " + r.by + ": " + apa + ".";
    const GroupSummary& hi = *ordered.front();
    const GroupSummary& lo = *ordered.back();
    if (!significant)
        return label + " does not differ significantly between the " + k + " groups of " + r.by +
               " (" + (loc.name.empty() ? "" : loc.name + " ") + "from " +
               ValueFormat::value(valueOf(lo, loc), metric.unit) + " for " + lo.label + " to " +
               ValueFormat::value(valueOf(hi, loc), metric.unit) + " for " + hi.label +
               "): " + apa + ".";
    return label + " differs between the " + k + " groups of " + r.by + " (highest: " + hi.label +
           ", " + shown(hi, loc, metric, true) + "; lowest: " + lo.label + ", " +
           shown(lo, loc, metric, false) + "): " + apa + ".";
}

} // namespace streamlens::analysis
