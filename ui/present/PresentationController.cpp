// SPDX-License-Identifier: MIT
#include "present/PresentationController.h"

#include "data/DataController.h"
#include "present/PresentationOverlay.h"
#include "style/FontScale.h"

#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace streamlens::ui {

PresentationController::PresentationController(QMainWindow* window, QTabWidget* pages,
                                               DataController* data, QList<QWidget*> alsoHidden,
                                               QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_pages(pages)
    , m_data(data)
    , m_alsoHidden(std::move(alsoHidden))
    , m_overlay(new PresentationOverlay(window))
{
    connect(m_data, &DataController::filterChanged, this, &PresentationController::updateOverlay);
    connect(m_pages, &QTabWidget::currentChanged, this, &PresentationController::updateOverlay);
}

void PresentationController::setActive(bool active)
{
    if (active)
        enter();
    else
        leave();
}

void PresentationController::hideRemembered(QWidget* widget)
{
    // isHidden, not isVisible: before the window is first shown nothing is visible yet.
    if (!widget || widget->isHidden())
        return;
    m_hidden.append(widget);
    widget->hide();
}

void PresentationController::enter()
{
    if (m_active)
        return;
    m_active = true;
    m_savedState = m_window->windowState();
    m_savedGeometry = m_window->saveGeometry();
    m_savedRelativeFontScale = FontScale::of(m_window) / FontScale::applicationScale();
    m_hidden.clear();
    hideRemembered(m_window->menuBar());
    hideRemembered(m_window->statusBar());
    for (auto* dock : m_window->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
        hideRemembered(dock);
    hideRemembered(m_pages->tabBar());
    for (auto* widget : m_alsoHidden)
        hideRemembered(widget);

    FontScale::apply(m_window, FontScale::applicationScale() * kFontFactor);
    m_window->showFullScreen();
    updateOverlay();
    m_overlay->show();
    m_overlay->raise();
    // Keys reach the focused widget first; the application filter sees them before it does,
    // so a focused list or button never swallows the presenter remote's PageDown.
    qApp->installEventFilter(this);
    emit activeChanged(true);
}

void PresentationController::leave()
{
    if (!m_active)
        return;
    m_active = false;
    qApp->removeEventFilter(this);
    m_overlay->hide();
    // Relative to the user's scale, which may have changed meanwhile (settings applied
    // during the presentation).
    FontScale::apply(m_window, FontScale::applicationScale() * m_savedRelativeFontScale);
    for (const auto& widget : std::as_const(m_hidden))
        if (widget)
            widget->show();
    m_hidden.clear();
    m_window->setWindowState(m_savedState);
    if (!(m_savedState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->restoreGeometry(m_savedGeometry);
    emit activeChanged(false);
}

void PresentationController::nextPage()
{
    if (m_pages->currentIndex() + 1 < m_pages->count())
        m_pages->setCurrentIndex(m_pages->currentIndex() + 1);
}

void PresentationController::previousPage()
{
    if (m_pages->currentIndex() > 0)
        m_pages->setCurrentIndex(m_pages->currentIndex() - 1);
}

void PresentationController::updateOverlay()
{
    m_overlay->setFilter(m_data->filter());
    m_overlay->setPage(m_pages->currentIndex(), m_pages->count());
}

bool PresentationController::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_active || event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto* widget = qobject_cast<QWidget*>(watched);
    // Only keys typed into this window: a dialog opened meanwhile keeps its keys.
    if (!widget || widget->window() != m_window)
        return QObject::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return QObject::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        nextPage();
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
        previousPage();
        return true;
    case Qt::Key_Escape:
        leave();
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace streamlens::ui
