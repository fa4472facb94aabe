// SPDX-License-Identifier: MIT
#include "filters/FilterChip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace streamlens::ui {

FilterChip::FilterChip(const QString& text, QWidget* parent)
    : QFrame(parent)
    , m_text(text)
    , m_label(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterChip"));
    m_label->setTextFormat(Qt::PlainText);
    // Very long value lists are elided, the tooltip keeps the whole text.
    m_label->setText(m_label->fontMetrics().elidedText(text, Qt::ElideRight, 480));
    m_label->setToolTip(text);
    m_remove->setText(QStringLiteral("✕"));
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setAutoRaise(true);
    m_remove->setCursor(Qt::PointingHandCursor);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 1, 2, 1);
    layout->setSpacing(2);
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, &FilterChip::removeRequested);
    updateColours();
}

QString FilterChip::text() const
{
    return m_text;
}

void FilterChip::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColours();
}

void FilterChip::updateColours()
{
    // Derived from the palette, so the chip reads well in the light and the dark theme.
    const QPalette p = palette();
    const QColor accent = p.color(QPalette::Highlight);
    QColor fill = accent;
    fill.setAlphaF(0.18f);
    const QString sheet =
        QStringLiteral("QFrame#filterChip { background: rgba(%1,%2,%3,%4); border: 1px solid %5;"
                       " border-radius: 12px; }")
            .arg(fill.red())
            .arg(fill.green())
            .arg(fill.blue())
            .arg(fill.alpha())
            .arg(accent.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace streamlens::ui
