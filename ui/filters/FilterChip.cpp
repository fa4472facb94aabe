// SPDX-License-Identifier: MIT
#include "filters/FilterChip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace streamlens::ui {

FilterChip::FilterChip(const QString& text, QWidget* parent)
    : QFrame(parent)
    , m_text(text)
    , m_label(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText);
    // Very long value lists are elided, the tooltip keeps the whole text.
    m_label->setText(m_label->fontMetrics().elidedText(text, Qt::ElideRight, 480));
    m_label->setToolTip(text);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setAutoRaise(true);
    m_remove->setCursor(Qt::PointingHandCursor);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &FilterChip::removeRequested);
    retranslateUi();
}

void FilterChip::retranslateUi()
{
    m_remove->setToolTip(tr("Remove this filter"));
}

void FilterChip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

QString FilterChip::text() const
{
    return m_text;
}

void FilterChip::paintEvent(QPaintEvent* event)
{
    // Painted from the current palette rather than styled by a style sheet, so the chip and
    // its text follow a switch between the light and the dark theme.
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(0.18f);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(fill);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
}

} // namespace streamlens::ui
