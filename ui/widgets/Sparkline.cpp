// SPDX-License-Identifier: MIT
#include "widgets/Sparkline.h"

#include "charts/ChartPalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace streamlens::ui {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(24);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void Sparkline::setSeries(std::vector<std::optional<double>> values, size_t currentBegin)
{
    m_values = std::move(values);
    m_currentBegin = std::min(currentBegin, m_values.size());
    update();
}

void Sparkline::setAccent(const QColor& colour)
{
    m_accent = colour;
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& v : m_values)
        if (v && std::isfinite(*v)) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    if (!(lo <= hi) || m_values.size() < 2)
        return;
    if (hi == lo) { // a flat line sits in the middle
        hi += 1;
        lo -= 1;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    const double step = area.width() / static_cast<double>(m_values.size() - 1);
    const auto point = [&](size_t i) {
        return QPointF(area.left() + step * static_cast<double>(i),
                       area.bottom() - (*m_values[i] - lo) / (hi - lo) * area.height());
    };
    if (m_currentBegin > 0) {
        // The boundary between the periods.
        QColor line = ChartPalette::grid();
        p.setPen(QPen(line, 1, Qt::DashLine));
        const double x = area.left() + step * (static_cast<double>(m_currentBegin) - 0.5);
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    const QColor accent = m_accent.isValid() ? m_accent : ChartPalette::series(0);
    // Each segment takes the colour of the period its end point belongs to.
    for (size_t i = 1; i < m_values.size(); ++i) {
        if (!m_values[i - 1] || !m_values[i])
            continue;
        const bool current = i >= m_currentBegin && i - 1 >= m_currentBegin;
        p.setPen(QPen(current ? accent : ChartPalette::mutedText(), current ? 1.8 : 1.2));
        p.drawLine(point(i - 1), point(i));
    }
    // The last value as a dot, so a single bucket still shows.
    for (size_t i = m_values.size(); i-- > 0;)
        if (m_values[i]) {
            p.setPen(Qt::NoPen);
            p.setBrush(accent);
            p.drawEllipse(point(i), 2.5, 2.5);
            break;
        }
}

} // namespace streamlens::ui
