// SPDX-License-Identifier: MIT
#include "style/FontScale.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFont>
#include <QLegend>
#include <QWidget>

#include <qcustomplot.h>

#include <cmath>

namespace streamlens::ui::FontScale {

namespace {
constexpr const char* kWindowFactor = "streamlensFontScale";

double g_applicationScale = 1.0;
QFont g_unscaledApplicationFont;
bool g_haveUnscaledFont = false;

double sizeOf(const QFont& font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : font.pixelSize();
}

QFont withSize(QFont font, double size)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(std::max(1.0, size));
    else
        font.setPixelSize(std::max(1, static_cast<int>(std::lround(size))));
    return font;
}

// The font at factor newFactor; its unscaled size is kept on holder under key.
QFont rescaled(QObject* holder, const char* key, const QFont& font, double oldFactor,
               double newFactor)
{
    QVariant base = holder->property(key);
    if (!base.isValid()) {
        base = sizeOf(font) / oldFactor;
        holder->setProperty(key, base);
    }
    return withSize(font, base.toDouble() * newFactor);
}

bool hasOwnSize(const QWidget* widget)
{
    return widget->testAttribute(Qt::WA_SetFont) &&
           (widget->font().resolveMask() & QFont::SizeResolved);
}

// Sets a plot element's font when it differs; true when it did. Refits after every chart
// redraw would otherwise replot every plot for nothing.
template <typename Element, typename Setter>
bool refit(Element* element, const char* key, const QFont& font, Setter set, double oldFactor,
           double newFactor)
{
    const QFont wanted = rescaled(element, key, font, oldFactor, newFactor);
    if (wanted == font)
        return false;
    (element->*set)(wanted);
    return true;
}

void rescalePlot(QCustomPlot* plot, double oldFactor, double newFactor)
{
    bool changed = false;
    for (QCPAxisRect* rect : plot->axisRects())
        for (QCPAxis* axis : rect->axes()) {
            changed |= refit(axis, "slTick", axis->tickLabelFont(), &QCPAxis::setTickLabelFont,
                             oldFactor, newFactor);
            changed |= refit(axis, "slLabel", axis->labelFont(), &QCPAxis::setLabelFont, oldFactor,
                             newFactor);
        }
    if (plot->legend)
        changed |= refit(plot->legend, "slLegend", plot->legend->font(), &QCPLegend::setFont,
                         oldFactor, newFactor);
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
            changed |=
                refit(text, "slText", text->font(), &QCPItemText::setFont, oldFactor, newFactor);
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
        if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            changed |= refit(title, "slTitle", title->font(), &QCPTextElement::setFont, oldFactor,
                             newFactor);
    if (changed)
        plot->replot(QCustomPlot::rpQueuedReplot);
}

// Qt Charts take their fonts from the chart theme, not from the widget, and the theme resets
// them whenever a chart restyles; so they are set from the view's (scaled) font each time.
void fitChartToView(QChartView* view)
{
    QChart* chart = view->chart();
    // A little smaller than the text around, as the themes draw tick labels.
    const QFont font = withSize(view->font(), sizeOf(view->font()) * 0.85);
    QFont bold = font;
    bold.setBold(true);
    if (chart->titleFont() != bold)
        chart->setTitleFont(bold);
    if (chart->legend()->font() != font)
        chart->legend()->setFont(font);
    for (QAbstractAxis* axis : chart->axes()) {
        if (axis->labelsFont() != font)
            axis->setLabelsFont(font);
        if (axis->titleFont() != bold)
            axis->setTitleFont(bold);
    }
}

QFont unscaledApplicationFont()
{
    if (!g_haveUnscaledFont) {
        g_unscaledApplicationFont = QApplication::font();
        g_haveUnscaledFont = true;
    }
    return g_unscaledApplicationFont;
}
} // namespace

double of(const QWidget* window)
{
    const QVariant factor = window->property(kWindowFactor);
    return factor.isValid() ? factor.toDouble() : g_applicationScale;
}

void apply(QWidget* window, double factor)
{
    const double oldFactor = of(window);
    const QFont base = unscaledApplicationFont();
    const QFont windowFont = withSize(base, sizeOf(base) * factor);
    if (!window->testAttribute(Qt::WA_SetFont) || window->font() != windowFont)
        window->setFont(windowFont);
    window->setProperty(kWindowFactor, factor);
    // The window's font now reaches every widget without a size of its own; the rest is
    // set one by one.
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (hasOwnSize(widget) && !widget->isWindow()) {
            const QFont wanted = rescaled(widget, "slOwnSize", widget->font(), oldFactor, factor);
            if (wanted != widget->font())
                widget->setFont(wanted);
        }
        if (auto* plot = qobject_cast<QCustomPlot*>(widget))
            rescalePlot(plot, oldFactor, factor);
        else if (auto* view = qobject_cast<QChartView*>(widget); view && view->chart())
            fitChartToView(view);
    }
}

void applyToApplication(double factor)
{
    const double oldFactor = g_applicationScale;
    const QFont base = unscaledApplicationFont();
    QApplication::setFont(withSize(base, sizeOf(base) * factor));
    g_applicationScale = factor;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        // Popups and menus follow the application font by themselves.
        if (window->windowType() == Qt::Popup || window->windowType() == Qt::ToolTip)
            continue;
        const QVariant own = window->property(kWindowFactor);
        const double relative = own.isValid() ? own.toDouble() / oldFactor : 1.0;
        if (!own.isValid())
            window->setProperty(kWindowFactor, oldFactor);
        apply(window, factor * relative);
    }
}

double applicationScale()
{
    return g_applicationScale;
}

} // namespace streamlens::ui::FontScale
