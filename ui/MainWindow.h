// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QTabWidget;

namespace streamlens::ui {

class DataController;
class OverviewPage;

// Assembles the pages and the status bar; the pages do the work.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DataController* data, QWidget* parent = nullptr);

    OverviewPage* overviewPage() const { return m_overview; }
    void addPage(QWidget* page, const QString& title);

private:
    void updateStatus();

    DataController* m_data;
    QTabWidget* m_pages;
    OverviewPage* m_overview;
    QLabel* m_sourceLabel;
    QLabel* m_rowsLabel;
    QProgressBar* m_progress;
};

} // namespace streamlens::ui
