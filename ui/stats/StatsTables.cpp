// SPDX-License-Identifier: MIT
#include "stats/StatsTables.h"

#include "analysis/TestKind.h"
#include "analysis/VariableCatalog.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace streamlens::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StatsTables", text);
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

void addRow(StatsTable& t, QVector<StatsCell> cells)
{
    t.rows.push_back(std::move(cells));
}

// "Mean (ms)" or "Mean" when the unit has no symbol.
QString withUnit(const QString& heading, analysis::Unit unit)
{
    const QString suffix = StatsTables::unitSuffix(unit);
    return suffix.isEmpty() ? heading : tr("%1 (%2)").arg(heading, suffix);
}

void testDetails(StatsTable& t, const analysis::TestAnswer& a)
{
    const stats::TestResult& r = a.result;
    t.headers = {tr("Quantity"), tr("Value")};
    addRow(t, {StatsCell{tr("Test"), {}, false}, StatsTables::text(qs(r.test))});
    addRow(t, {StatsTables::text(tr("Statistic %1").arg(qs(r.statistic_name))),
               StatsTables::number(r.statistic)});
    if (r.df)
        addRow(t, {StatsTables::text(r.df2 ? tr("Degrees of freedom (numerator)")
                                           : tr("Degrees of freedom")),
                   StatsTables::number(*r.df)});
    if (r.df2)
        addRow(t, {StatsTables::text(tr("Degrees of freedom (denominator)")),
                   StatsTables::number(*r.df2)});
    addRow(t, {StatsTables::text(tr("p-value")), StatsTables::pValue(r.p_value)});
    if (!r.effect_size_name.empty())
        addRow(t, {StatsTables::text(tr("Effect size (%1)").arg(qs(r.effect_size_name))),
                   StatsTables::number(r.effect_size, 3)});
    if (r.ci_low && r.ci_high) {
        const QString level = QLocale().toString(100.0 * r.ci_level, 'g', 3);
        addRow(t, {StatsTables::text(tr("%1 % CI of %2, low").arg(level, qs(r.ci_name))),
                   StatsTables::number(*r.ci_low)});
        addRow(t, {StatsTables::text(tr("%1 % CI of %2, high").arg(level, qs(r.ci_name))),
                   StatsTables::number(*r.ci_high)});
    }
    addRow(t, {StatsTables::text(tr("Significance level α")),
               StatsTables::number(1.0 - a.request.confidence, 3)});
    addRow(t, {StatsTables::text(tr("Units in the selection")), StatsTables::count(a.units)});
    addRow(t, {StatsTables::text(tr("Left out: variable null")), StatsTables::count(a.nullMetric)});
    if (!a.request.by.empty()) {
        addRow(t, {StatsTables::text(tr("Left out: group null")), StatsTables::count(a.nullGroup)});
        addRow(t, {StatsTables::text(tr("Left out: other groups")),
                   StatsTables::count(a.otherGroups)});
    }
}

void compareTables(StatsTables& out, const StatsResult& r)
{
    const auto& a = *r.test;
    const auto metric = analysis::findMetric(a.request.level, a.request.metric);
    const analysis::Unit unit = metric ? metric->unit : analysis::Unit::None;
    const bool binary = metric && metric->type == analysis::VariableType::Binary;
    StatsTable& t = out.main;
    if (binary) {
        t.headers = {tr("Group"), tr("n"), tr("Successes"), tr("Rate (%)")};
        for (const auto& g : a.groups)
            addRow(t, {StatsTables::text(qs(g.label)), StatsTables::count(g.n),
                       g.successes ? StatsTables::count(*g.successes) : StatsTables::number({}),
                       g.mean ? StatsTables::number(100.0 * *g.mean) : StatsTables::number({})});
    } else {
        t.headers = {tr("Group"),
                     tr("n"),
                     withUnit(tr("Mean"), unit),
                     withUnit(tr("SD"), unit),
                     withUnit(tr("Q1"), unit),
                     withUnit(tr("Median"), unit),
                     withUnit(tr("Q3"), unit)};
        for (size_t i = 0; i < a.groups.size(); ++i) {
            const auto& g = a.groups[i];
            const analysis::BoxSummary* box = r.distribution && i < r.distribution->groups.size() &&
                                                      r.distribution->groups[i].label == g.label
                                                  ? &r.distribution->groups[i]
                                                  : nullptr;
            auto inUnit = [&](const std::optional<double>& v) {
                return v ? StatsTables::value(*v, unit) : StatsTables::number({});
            };
            addRow(t, {StatsTables::text(qs(g.label)), StatsTables::count(g.n), inUnit(g.mean),
                       inUnit(g.sd), box ? StatsTables::value(box->q1, unit) : inUnit({}),
                       inUnit(g.median), box ? StatsTables::value(box->q3, unit) : inUnit({})});
        }
    }
    testDetails(out.details, a);
}

void relateTables(StatsTables& out, const StatsResult& r)
{
    testDetails(out.main, *r.test);
    if (!r.scatter)
        return;
    const auto& s = *r.scatter;
    StatsTable& t = out.details;
    t.headers = {tr("Least-squares line (all pairs)"), tr("Value")};
    addRow(t, {StatsTables::text(tr("Pairs with both values")), StatsTables::count(s.n)});
    addRow(t, {StatsTables::text(tr("Intercept")), StatsTables::number(s.intercept)});
    addRow(t, {StatsTables::text(tr("Slope")), StatsTables::number(s.slope)});
    addRow(t, {StatsTables::text(tr("Points drawn")),
               StatsTables::count(static_cast<int64_t>(s.xs.size()))});
}

void clusterTables(StatsTables& out, const analysis::ClusterAnswer& a)
{
    StatsTable& t = out.main;
    t.headers = {tr("Segment"), tr("Size"), tr("Share (%)"), tr("Silhouette")};
    for (size_t c = 0; c < a.columns.size(); ++c)
        t.headers << withUnit(qs(a.columns[c]), a.columnUnits[c]);
    for (const auto& p : a.clusters) {
        QVector<StatsCell> row{StatsTables::count(p.cluster), StatsTables::count(p.size),
                               StatsTables::number(100.0 * p.share, 3),
                               StatsTables::number(p.silhouette, 3)};
        for (size_t c = 0; c < p.centre.size() && c < a.columnUnits.size(); ++c)
            row.push_back(StatsTables::value(p.centre[c], a.columnUnits[c]));
        addRow(t, row);
    }
    addRow(t, [&] {
        QVector<StatsCell> row{StatsTables::text(tr("all")), StatsTables::count(a.n),
                               StatsTables::number(100.0), StatsTables::number(a.silhouette, 3)};
        for (size_t c = 0; c < a.overallMean.size() && c < a.columnUnits.size(); ++c)
            row.push_back(StatsTables::value(a.overallMean[c], a.columnUnits[c]));
        return row;
    }());

    StatsTable& d = out.details;
    if (a.scan.empty()) {
        d.headers = {tr("Measure"), tr("Value")};
        addRow(d, {StatsTables::text(tr("Total within-cluster SS")),
                   StatsTables::number(a.totalWithinSS)});
        addRow(d, {StatsTables::text(tr("Between-cluster SS / total SS")),
                   StatsTables::number(a.totalSS > 0 ? a.betweenSS / a.totalSS : NAN, 3)});
        addRow(d,
               {StatsTables::text(tr("Left out: a null value")), StatsTables::count(a.nullValues)});
        return;
    }
    d.headers = {tr("k"), tr("Within-cluster SS"), tr("Mean silhouette")};
    for (const auto& k : a.scan)
        addRow(d, {StatsTables::count(k.k), StatsTables::number(k.totalWithinSS),
                   StatsTables::number(k.silhouette, 3)});
}

void modelTables(StatsTables& out, const analysis::ModelAnswer& a)
{
    const bool logistic = a.request.kind == analysis::ModelKind::Logistic;
    StatsTable& t = out.main;
    t.headers = {tr("Term"),    tr("Estimate"), tr("Std. error"), logistic ? tr("z") : tr("t"),
                 tr("p-value"), tr("CI low"),   tr("CI high")};
    if (logistic)
        t.headers << tr("Odds ratio");
    for (const auto& term : a.terms) {
        const auto& c = term.coefficient;
        QVector<StatsCell> row{StatsTables::text(c.name == "(Intercept)" || c.name.empty()
                                                     ? tr("(Intercept)")
                                                     : qs(c.name)),
                               StatsTables::number(c.estimate),
                               StatsTables::number(c.standardError),
                               StatsTables::number(c.statistic, 3),
                               StatsTables::pValue(c.pValue),
                               StatsTables::number(c.ciLow),
                               StatsTables::number(c.ciHigh)};
        if (logistic)
            row.push_back(StatsTables::number(std::exp(c.estimate)));
        addRow(t, row);
    }

    StatsTable& d = out.details;
    d.headers = {tr("Measure"), tr("Value")};
    auto add = [&](const QString& name, StatsCell cell) {
        addRow(d, {StatsTables::text(name), std::move(cell)});
    };
    add(tr("Units used"), StatsTables::count(a.n));
    add(tr("Left out: a null value"), StatsTables::count(a.nullValues));
    if (!a.request.excludeWhen.empty())
        add(tr("Left out by exclusion"), StatsTables::count(a.excludedWhen));
    const auto& f = a.fit;
    if (f.rSquared)
        add(tr("R²"), StatsTables::number(f.rSquared));
    if (f.adjRSquared)
        add(tr("Adjusted R²"), StatsTables::number(f.adjRSquared));
    if (f.sigma)
        add(tr("Residual standard error"), StatsTables::number(f.sigma));
    if (f.fStatistic)
        add(tr("F statistic"), StatsTables::number(f.fStatistic));
    if (f.fPValue)
        add(tr("p-value of F"), StatsTables::pValue(*f.fPValue));
    if (f.pseudoRSquared)
        add(tr("McFadden R²"), StatsTables::number(f.pseudoRSquared));
    if (f.deviance)
        add(tr("Deviance"), StatsTables::number(f.deviance));
    if (f.nullDeviance)
        add(tr("Null deviance"), StatsTables::number(f.nullDeviance));
    add(tr("AIC"), StatsTables::number(f.aic));
    add(tr("BIC"), StatsTables::number(f.bic));
    const auto& h = a.holdout;
    add(tr("Held out (test split)"), StatsTables::count(h.nTest));
    if (logistic) {
        add(tr("AUC (held out)"), StatsTables::number(h.auc, 3));
        add(tr("Threshold"), StatsTables::number(h.threshold, 3));
        add(tr("Accuracy"), StatsTables::number(h.accuracy, 3));
        add(tr("Precision"), StatsTables::number(h.precision, 3));
        add(tr("Recall"), StatsTables::number(h.recall, 3));
        add(tr("Specificity"), StatsTables::number(h.specificity, 3));
        add(tr("F1"), StatsTables::number(h.f1, 3));
        if (h.confusion) {
            const auto& m = *h.confusion;
            const QString target = qs(a.request.target);
            out.confusion.headers = {tr("Actual \\ predicted"), tr("%1 = 1").arg(target),
                                     tr("%1 = 0").arg(target)};
            addRow(out.confusion,
                   {StatsTables::text(tr("%1 = 1").arg(target)), StatsTables::count(m.truePositive),
                    StatsTables::count(m.falseNegative)});
            addRow(out.confusion,
                   {StatsTables::text(tr("%1 = 0").arg(target)),
                    StatsTables::count(m.falsePositive), StatsTables::count(m.trueNegative)});
        }
    } else {
        add(tr("RMSE (held out)"), StatsTables::number(h.rmse));
        add(tr("R² (held out)"), StatsTables::number(h.rSquared));
    }
}

} // namespace

StatsCell StatsTables::number(double v, int significant)
{
    if (std::isnan(v))
        return {QStringLiteral("–"), {}, true};
    if (std::isinf(v))
        return {v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞"), v, true};
    const QLocale locale;
    QString text;
    const double magnitude = std::fabs(v);
    if (v == 0) {
        text = locale.toString(0);
    } else if (magnitude < 1e-4 || magnitude >= 1e12) {
        text = locale.toString(v, 'g', significant);
    } else {
        const int digits = int(std::floor(std::log10(magnitude))) + 1;
        const int decimals = std::clamp(significant - digits, 0, 8);
        text = locale.toString(v, 'f', decimals);
    }
    return {text, v, true};
}

StatsCell StatsTables::number(const std::optional<double>& v, int significant)
{
    if (!v)
        return {QStringLiteral("–"), {}, true};
    return number(*v, significant);
}

StatsCell StatsTables::count(int64_t v)
{
    return {QLocale().toString(qlonglong(v)), qlonglong(v), true};
}

StatsCell StatsTables::pValue(double p)
{
    const QLocale locale;
    if (std::isnan(p))
        return number({});
    if (p < 0.001)
        return {tr("< %1").arg(locale.toString(0.001, 'f', 3)), p, true};
    return {locale.toString(p, 'f', 3), p, true};
}

StatsCell StatsTables::text(const QString& text)
{
    return {text, {}, false};
}

StatsCell StatsTables::value(double v, analysis::Unit unit)
{
    return number(unit == analysis::Unit::Fraction ? 100.0 * v : v);
}

QString StatsTables::unitSuffix(analysis::Unit unit)
{
    using analysis::Unit;
    switch (unit) {
    case Unit::Milliseconds:
        return tr("ms");
    case Unit::Seconds:
        return tr("s");
    case Unit::Hours:
        return tr("h");
    case Unit::LogSeconds:
        return tr("ln s");
    case Unit::Fraction:
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Kbps:
        return tr("kbps");
    case Unit::Lines:
        return tr("lines");
    case Unit::Years:
        return tr("years");
    case Unit::Usd:
        return QStringLiteral("USD");
    case Unit::None:
    case Unit::Count:
        break;
    }
    return {};
}

StatsTables StatsTables::of(const StatsResult& r)
{
    StatsTables out;
    if (!r.ok())
        return out;
    switch (r.request.kind) {
    case StatsQuestionKind::CompareGroups:
        if (r.test)
            compareTables(out, r);
        break;
    case StatsQuestionKind::RelateVariables:
        if (r.test)
            relateTables(out, r);
        break;
    case StatsQuestionKind::SegmentViewers:
        if (r.cluster)
            clusterTables(out, *r.cluster);
        break;
    case StatsQuestionKind::Predict:
    case StatsQuestionKind::ReadyMade:
        if (r.model)
            modelTables(out, *r.model);
        break;
    }
    return out;
}

} // namespace streamlens::ui
