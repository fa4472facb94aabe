// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "data/DataController.h"
#include "filters/FilterChipsBar.h"
#include "filters/FilterEditor.h"
#include "filters/FilterPanel.h"
#include "filters/FilterState.h"
#include "pages/ExplorePage.h"
#include "pages/OverviewPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace streamlens::ui {

MainWindow::MainWindow(DataController* data, QWidget* parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_filters(new FilterEditor(data, this))
    , m_pages(new QTabWidget(this))
    , m_overview(new OverviewPage(data, this))
    , m_explore(new ExplorePage(data, m_filters, this))
    , m_filterPanel(new FilterPanel(data, m_filters, this))
    , m_chips(new FilterChipsBar(data, m_filters, this))
    , m_filterDock(new QDockWidget(tr("Filters"), this))
    , m_sourceLabel(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("StreamLens"));
    m_pages->setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_explore->setObjectName(QStringLiteral("explore"));
    addPage(m_overview, tr("Overview"));
    addPage(m_explore, tr("Explore"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_chips);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_filterDock->setObjectName(QStringLiteral("filter-dock"));
    m_filterDock->setWidget(m_filterPanel);
    m_filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    resizeDocks({m_filterDock}, {280}, Qt::Horizontal);

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_rowsLabel);
    statusBar()->addPermanentWidget(m_progress);

    createMenus();

    connect(m_data, &DataController::loadingStarted, this, [this](const QString& what) {
        m_sourceLabel->setText(what);
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_data, &DataController::loadingProgress, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000)); });
    connect(m_data, &DataController::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_overview, &OverviewPage::refreshed, this, &MainWindow::updateStatus);
    connect(m_data, &DataController::loadFailed, this, [this](const QString& reason) {
        m_progress->setVisible(false);
        m_sourceLabel->setText(tr("No data: %1").arg(reason));
        QMessageBox::warning(this, tr("Could not open the data"), reason);
    });
    resize(1366, 768);
}

void MainWindow::createMenus()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_filters->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction* redo = m_filters->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* clear = edit->addAction(tr("Clear all filters"));
    connect(clear, &QAction::triggered, m_filters, &FilterEditor::clearAll);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_filterDock->toggleViewAction());
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addTab(page, title);
}

bool MainWindow::showPage(const QString& name)
{
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i)->objectName() == name) {
            m_pages->setCurrentIndex(i);
            return true;
        }
    return false;
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto filter = FilterState::restore(settings))
        m_data->setFilter(*filter);
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    FilterState::save(settings, m_data->filter());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSession();
    event->accept();
}

void MainWindow::updateStatus()
{
    m_progress->setVisible(false);
    auto dataset = m_data->dataset();
    m_sourceLabel->setText(tr("Data: %1").arg(m_data->sourceDescription()));
    if (!dataset) {
        m_rowsLabel->clear();
        return;
    }
    // The selection's size comes from the Overview's latest KPIs (computed off this thread).
    const QLocale locale;
    const auto total = static_cast<qlonglong>(dataset->sessions.size());
    const QJsonValue attempts = m_overview->kpis().value(QStringLiteral("attempts"));
    const auto selected = attempts.isUndefined() ? total : attempts.toInteger();
    m_rowsLabel->setText(
        tr("%1 of %2 sessions selected · %3 users · %4 titles")
            .arg(locale.toString(selected), locale.toString(total),
                 locale.toString(static_cast<qlonglong>(dataset->users.size())),
                 locale.toString(static_cast<qlonglong>(dataset->content.size()))));
}

} // namespace streamlens::ui
