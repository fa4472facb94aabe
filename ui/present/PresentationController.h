// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QTabWidget;

namespace streamlens::ui {

class DataController;
class PresentationOverlay;

// Presentation mode (F5, `streamlens --present`): the window goes full screen with larger
// type, the menu bar, status bar, docks, tab bar and the given extra widgets (the chips bar)
// are hidden, and an overlay shows the active filter and the page number. PageDown/PageUp
// (what presenter remotes send), Right/Left and Space move between pages; Esc leaves and
// everything is restored as it was.
class PresentationController : public QObject {
    Q_OBJECT
public:
    // The factor the fonts grow by, on top of the user's font scale.
    static constexpr double kFontFactor = 1.5;

    PresentationController(QMainWindow* window, QTabWidget* pages, DataController* data,
                           QList<QWidget*> alsoHidden, QObject* parent = nullptr);

    bool isActive() const { return m_active; }
    PresentationOverlay* overlay() const { return m_overlay; }

    void enter();
    void leave();
    void setActive(bool active);
    void nextPage();
    void previousPage();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateOverlay();
    // Hides widget if shown, and remembers it for leave().
    void hideRemembered(QWidget* widget);

    QMainWindow* m_window;
    QTabWidget* m_pages;
    DataController* m_data;
    QList<QWidget*> m_alsoHidden;
    PresentationOverlay* m_overlay;
    bool m_active = false;
    // What leave() restores.
    Qt::WindowStates m_savedState;
    QByteArray m_savedGeometry;
    double m_savedRelativeFontScale = 1.0;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace streamlens::ui
