// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;

namespace streamlens::ui {

class DataController;
class DataPage;
class ExplorePage;
class FilterChipsBar;
class FilterEditor;
class FilterPanel;
class JobTracker;
class OverviewPage;
class PasswordVault;
class PresentationController;
class ReportExporter;
class SettingsDialog;
class StatisticsPage;

// Assembles the pages, the filter dock, the chips bar, the menus and the status bar; the
// pages do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DataController* data, QWidget* parent = nullptr);

    OverviewPage* overviewPage() const { return m_overview; }
    ExplorePage* explorePage() const { return m_explore; }
    DataPage* dataPage() const { return m_dataPage; }
    StatisticsPage* statisticsPage() const { return m_statistics; }
    ReportExporter* reportExporter() const { return m_report; }
    // The settings dialog (made on first use); the window applies what it saves.
    SettingsDialog* settingsDialog();
    // Opens the CSV import dialog; a successful import is saved into the store and shown.
    void openImportDialog(const QString& file = QString());
    FilterEditor* filterEditor() const { return m_filters; }
    FilterPanel* filterPanel() const { return m_filterPanel; }
    PresentationController* presentation() const { return m_presentation; }
    QTabWidget* pages() const { return m_pages; }
    // Adds a page as a tab. A page that sets its windowTitle (in its retranslateUi) keeps
    // its tab title in the current language; title is used until it does.
    void addPage(QWidget* page, const QString& title);
    // Shows the page with this object name ("overview", "explore"); false if there is none.
    bool showPage(const QString& name);
    // The View menu, for the pages and dialogs the application adds.
    QMenu* viewMenu() const { return m_viewMenu; }

    // Window geometry, dock layout and the last filter, from and to the user's settings.
    // Without a saved filter (first run) the data's last 30 days are selected, so the
    // Overview has a previous period to compare with.
    void restoreSession();
    void saveSession() const;

    // The first-run range: the last days of the data (the date panel's preset).
    static constexpr int kFirstRunDays = 30;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void retranslateUi();
    void updateStatus();
    void applyFirstRunRange();
    void applySettings();

    DataController* m_data;
    FilterEditor* m_filters;
    QTabWidget* m_pages;
    OverviewPage* m_overview;
    ExplorePage* m_explore;
    DataPage* m_dataPage;
    StatisticsPage* m_statistics;
    FilterPanel* m_filterPanel;
    FilterChipsBar* m_chips;
    QDockWidget* m_filterDock;
    QLabel* m_sourceLabel;
    QLabel* m_rowsLabel;
    QProgressBar* m_progress;
    PresentationController* m_presentation;
    JobTracker* m_firstRunJob;
    QTimer* m_refitFonts;
    bool m_firstRunRangePending = false;
    PasswordVault* m_vault;
    SettingsDialog* m_settings = nullptr;
    ReportExporter* m_report;

    QMenu* m_fileMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_presentAction = nullptr;
};

} // namespace streamlens::ui
