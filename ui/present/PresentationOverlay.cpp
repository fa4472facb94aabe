// SPDX-License-Identifier: MIT
#include "present/PresentationOverlay.h"

#include "filters/FilterText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace streamlens::ui {

namespace {
constexpr int kMargin = 8;
constexpr qreal kRadius = 6;
} // namespace

PresentationOverlay::PresentationOverlay(QWidget* parent)
    : QWidget(parent)
    , m_filterLabel(new QLabel(this))
    , m_pageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("presentation-overlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    m_filterLabel->setObjectName(QStringLiteral("presentation-filter"));
    m_pageLabel->setObjectName(QStringLiteral("presentation-page"));
    m_filterLabel->setWordWrap(true);
    m_pageLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_pageLabel->setForegroundRole(QPalette::PlaceholderText);
    // One line where it fits: the box should hide as little of the page as possible.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(16);
    layout->addWidget(m_filterLabel, 1);
    layout->addWidget(m_pageLabel, 0, Qt::AlignTop);
    parent->installEventFilter(this);
    retranslateUi();
    hide();
}

QString PresentationOverlay::describe(const query::Filter& filter)
{
    QStringList parts;
    if (filter.fromMs() || filter.toMs())
        parts << timeChipText(filter.fromMs(), filter.toMs());
    for (const auto& condition : filter.conditions())
        parts << conditionChipText(condition);
    for (const auto& range : filter.ranges())
        parts << rangeChipText(range);
    return parts.isEmpty() ? tr("All sessions") : parts.join(QStringLiteral(" · "));
}

void PresentationOverlay::setFilter(const query::Filter& filter)
{
    m_filter = filter;
    retranslateUi();
}

void PresentationOverlay::setPage(int index, int count)
{
    m_pageIndex = index;
    m_pageCount = count;
    retranslateUi();
}

QString PresentationOverlay::filterText() const
{
    return m_filterLabel->text();
}

QString PresentationOverlay::pageText() const
{
    return m_pageLabel->text();
}

void PresentationOverlay::retranslateUi()
{
    m_filterLabel->setText(tr("Filter: %1").arg(describe(m_filter)));
    const QLocale locale;
    m_pageLabel->setText(m_pageCount > 0 ? tr("%1 / %2").arg(locale.toString(m_pageIndex + 1),
                                                             locale.toString(m_pageCount))
                                         : QString());
    placeInCorner();
}

void PresentationOverlay::placeInCorner()
{
    if (!parentWidget())
        return;
    // One line when the filter is short; at most a third of the window wide, wrapping, when
    // it is long, so the box never covers a page's heading row.
    const int maxWidth = std::max(240, parentWidget()->width() / 3);
    const QMargins margins = layout()->contentsMargins();
    const int chrome =
        margins.left() + margins.right() + layout()->spacing() + m_pageLabel->sizeHint().width();
    const int textWidth = m_filterLabel->fontMetrics().horizontalAdvance(m_filterLabel->text()) + 2;
    m_filterLabel->setFixedWidth(std::max(80, std::min(textWidth, maxWidth - chrome)));
    adjustSize();
    move(parentWidget()->width() - width() - kMargin, kMargin);
    raise();
}

void PresentationOverlay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::FontChange)
        placeInCorner();
    QWidget::changeEvent(event);
}

bool PresentationOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        placeInCorner();
    return QWidget::eventFilter(watched, event);
}

void PresentationOverlay::paintEvent(QPaintEvent*)
{
    // Translucent window colour: the chart behind stays faintly visible, the text readable
    // in both themes.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = palette().color(QPalette::Window);
    fill.setAlpha(225);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter.fillPath(path, fill);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawPath(path);
}

} // namespace streamlens::ui
