// SPDX-License-Identifier: MIT
#include "filters/FlowLayout.h"

#include <QWidget>

namespace streamlens::ui {

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), true);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect& rect, bool testOnly) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
    int y = area.y();
    // Items are placed line by line, each centred vertically in its line, so a caption
    // lines up with the taller chips beside it.
    QList<QLayoutItem*> line;
    int lineWidth = 0;
    int lineHeight = 0;
    const auto flush = [&] {
        int x = area.x();
        for (QLayoutItem* item : line) {
            const QSize hint = item->sizeHint();
            if (!testOnly)
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - hint.height()) / 2), hint));
            x += hint.width() + m_spacing;
        }
        if (!line.isEmpty())
            y += lineHeight + m_spacing;
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->widget() && item->widget()->isHidden())
            continue;
        const QSize hint = item->sizeHint();
        if (!line.isEmpty() && lineWidth + m_spacing + hint.width() > area.width())
            flush();
        lineWidth += (line.isEmpty() ? 0 : m_spacing) + hint.width();
        lineHeight = std::max(lineHeight, hint.height());
        line.append(item);
    }
    flush();
    return std::max(0, y - m_spacing - rect.y() + m.bottom());
}

} // namespace streamlens::ui
