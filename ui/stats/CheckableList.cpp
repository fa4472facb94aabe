// SPDX-License-Identifier: MIT
#include "stats/CheckableList.h"

#include <QApplication>
#include <QEvent>

namespace streamlens::ui {

CheckableList::CheckableList(QWidget* parent)
    : QListWidget(parent)
{
    updateCheckBoxContrast();
}

void CheckableList::updateCheckBoxContrast()
{
    // Setting the palette sends a PaletteChange of its own: the flag stops the echo.
    if (m_updating)
        return;
    m_updating = true;
    const QPalette app = QApplication::palette(this);
    const QColor text = app.color(QPalette::Text);
    const QColor base = app.color(QPalette::Base);
    QPalette p = palette();
    p.setColor(QPalette::Window,
               QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                      (text.blue() + base.blue()) / 2));
    setPalette(p);
    m_updating = false;
}

void CheckableList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateCheckBoxContrast();
    QListWidget::changeEvent(event);
}

} // namespace streamlens::ui
