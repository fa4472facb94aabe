// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace streamlens::ui {

class DataController;
class ExplorePage;
class FilterChipsBar;
class FilterEditor;
class FilterPanel;
class OverviewPage;

// Assembles the pages, the filter dock, the chips bar, the menus and the status bar; the
// pages do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DataController* data, QWidget* parent = nullptr);

    OverviewPage* overviewPage() const { return m_overview; }
    ExplorePage* explorePage() const { return m_explore; }
    FilterEditor* filterEditor() const { return m_filters; }
    FilterPanel* filterPanel() const { return m_filterPanel; }
    void addPage(QWidget* page, const QString& title);
    // Shows the page with this object name ("overview", "explore"); false if there is none.
    bool showPage(const QString& name);

    // Window geometry, dock layout and the last filter, from and to the user's settings.
    void restoreSession();
    void saveSession() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void updateStatus();

    DataController* m_data;
    FilterEditor* m_filters;
    QTabWidget* m_pages;
    OverviewPage* m_overview;
    ExplorePage* m_explore;
    FilterPanel* m_filterPanel;
    FilterChipsBar* m_chips;
    QDockWidget* m_filterDock;
    QLabel* m_sourceLabel;
    QLabel* m_rowsLabel;
    QProgressBar* m_progress;
};

} // namespace streamlens::ui
