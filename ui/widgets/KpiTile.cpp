// SPDX-License-Identifier: MIT
#include "widgets/KpiTile.h"

#include "widgets/ChangePalette.h"
#include "widgets/Sparkline.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace streamlens::ui {

KpiTile::KpiTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(QStringLiteral("–"), this))
    , m_change(new QLabel(this))
    , m_sparkline(new Sparkline(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("KpiTile"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(180, 128);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont captionFont = m_caption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.95);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont changeFont = m_change->font();
    changeFont.setPointSizeF(changeFont.pointSizeF() * 0.9);
    m_change->setFont(changeFont);
    m_change->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    m_detail->setVisible(false);
    m_sparkline->setFixedHeight(30);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_detail);
    applyTone();
}

void KpiTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
}

void KpiTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::setChange(const QString& text, ChangeTone tone, const QString& toolTip)
{
    m_change->setText(text);
    m_tone = tone;
    setToolTip(toolTip);
    applyTone();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

void KpiTile::setSparkline(std::vector<std::optional<double>> values, size_t currentBegin)
{
    m_sparkline->setSeries(std::move(values), currentBegin);
}

void KpiTile::applyTone()
{
    // Colours are read from the palette at the time of use, so a theme switch re-applies them.
    const QColor colour = m_tone == ChangeTone::Good  ? ChangePalette::good()
                          : m_tone == ChangeTone::Bad ? ChangePalette::bad()
                                                      : ChangePalette::neutral();
    QPalette pal = m_change->palette();
    pal.setColor(QPalette::WindowText, colour);
    m_change->setPalette(pal);
    QFont f = m_change->font();
    f.setBold(m_tone != ChangeTone::Neutral);
    m_change->setFont(f);
    m_sparkline->setAccent(m_tone == ChangeTone::Neutral ? QColor() : colour);
}

void KpiTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTone();
    QFrame::changeEvent(event);
}

} // namespace streamlens::ui
