// SPDX-License-Identifier: MIT
#include "stats/ScatterFitChart.h"

#include "analysis/TestNarrative.h"
#include "charts/ChartPalette.h"
#include "stats/StatsTables.h"

#include <QLocale>
#include <qcustomplot.h>

#include <algorithm>

namespace streamlens::ui {

namespace {

QString name(const analysis::VariableInfo& info)
{
    const QString label =
        QString::fromStdString(analysis::TestNarrative::capitalized(std::string(info.label)));
    const QString unit = StatsTables::unitSuffix(info.unit);
    return unit.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, unit);
}

double scaled(double v, analysis::Unit unit)
{
    return unit == analysis::Unit::Fraction ? 100.0 * v : v;
}

} // namespace

ScatterFitChart::ScatterFitChart(QWidget* parent)
    : StatsChart(parent)
{
    redraw();
}

void ScatterFitChart::setData(const analysis::ScatterSample& sample,
                              const analysis::VariableInfo& x, const analysis::VariableInfo& y)
{
    m_sample = sample;
    m_x = x;
    m_y = y;
    redraw();
}

void ScatterFitChart::clearData()
{
    m_sample.reset();
}

QString ScatterFitChart::rebuild()
{
    setHasContent(m_sample && !m_sample->xs.empty());
    if (!m_sample || m_sample->xs.empty())
        return tr("Relate two variables");
    const auto& s = *m_sample;
    const QLocale locale;

    auto* points = plot()->addGraph();
    points->setLineStyle(QCPGraph::lsNone);
    QColor colour = ChartPalette::series(0);
    // Fewer points can be more opaque; thousands need transparency to show where they pile up.
    colour.setAlpha(s.xs.size() > 1000 ? 70 : 160);
    points->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 4));
    QVector<double> xs, ys;
    xs.reserve(qsizetype(s.xs.size()));
    ys.reserve(qsizetype(s.ys.size()));
    for (size_t i = 0; i < s.xs.size(); ++i) {
        xs.push_back(scaled(s.xs[i], m_x.unit));
        ys.push_back(scaled(s.ys[i], m_y.unit));
    }
    points->setData(xs, ys);
    points->setName(s.sampled ? tr("random sample of %1 of %2 pairs")
                                    .arg(locale.toString(qlonglong(s.xs.size())),
                                         locale.toString(qlonglong(s.n)))
                              : tr("all %1 pairs").arg(locale.toString(qlonglong(s.n))));

    const auto [xMin, xMax] = std::minmax_element(xs.begin(), xs.end());
    const auto [yMin, yMax] = std::minmax_element(ys.begin(), ys.end());
    double lo = *yMin, hi = *yMax;
    if (s.slope && s.intercept) {
        // The line is fitted in the variables' own units; percent axes scale both ends.
        auto lineAt = [&](double xDrawn) {
            const double x = m_x.unit == analysis::Unit::Fraction ? xDrawn / 100.0 : xDrawn;
            return scaled(*s.intercept + *s.slope * x, m_y.unit);
        };
        auto* fit = plot()->addGraph();
        fit->setPen(QPen(ChartPalette::series(5), 2.5));
        fit->setData(QVector<double>{*xMin, *xMax}, QVector<double>{lineAt(*xMin), lineAt(*xMax)});
        fit->setName(s.sampled ? tr("least-squares line, fitted on all %1 pairs")
                                     .arg(locale.toString(qlonglong(s.n)))
                               : tr("least-squares line"));
        lo = std::min({lo, lineAt(*xMin), lineAt(*xMax)});
        hi = std::max({hi, lineAt(*xMin), lineAt(*xMax)});
    }
    const double xPad = *xMax > *xMin ? 0.03 * (*xMax - *xMin) : 1.0;
    const double yPad = hi > lo ? 0.05 * (hi - lo) : 1.0;
    plot()->xAxis->setRange(*xMin - xPad, *xMax + xPad);
    plot()->yAxis->setRange(lo - yPad, hi + yPad);
    plot()->xAxis->setLabel(name(m_x));
    plot()->yAxis->setLabel(name(m_y));
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return tr("%1 against %2").arg(name(m_y), name(m_x));
}

} // namespace streamlens::ui
