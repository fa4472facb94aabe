// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "charts/ExploreChart.h"
#include "data/DataController.h"
#include "export/ExportableChart.h"
#include "export/ReportExporter.h"
#include "facets/TimeExtent.h"
#include "filters/FilterChipsBar.h"
#include "filters/FilterEditor.h"
#include "filters/FilterPanel.h"
#include "filters/FilterState.h"
#include "import/ImportDialog.h"
#include "jobs/JobTracker.h"
#include "pages/DataPage.h"
#include "pages/ExplorePage.h"
#include "pages/OverviewPage.h"
#include "pages/StatisticsPage.h"
#include "present/PresentationController.h"
#include "query/UtcCalendar.h"
#include "settings/AppSettings.h"
#include "settings/PasswordVault.h"
#include "settings/SettingsDialog.h"
#include "style/Appearance.h"
#include "style/FontScale.h"

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
#include <QTimer>
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
    , m_dataPage(new DataPage(data, this))
    , m_statistics(new StatisticsPage(data, this))
    , m_filterPanel(new FilterPanel(data, m_filters, this))
    , m_chips(new FilterChipsBar(data, m_filters, this))
    , m_filterDock(new QDockWidget(this))
    , m_sourceLabel(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_presentation(nullptr)
    , m_firstRunJob(new JobTracker(this))
    , m_refitFonts(new QTimer(this))
    , m_vault(new PasswordVault(this))
    , m_report(nullptr)
{
    m_pages->setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_explore->setObjectName(QStringLiteral("explore"));
    addPage(m_overview, QString());
    addPage(m_explore, QString());
    addPage(m_dataPage, QString());
    addPage(m_statistics, QString());

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

    // The chips bar repeats what the presentation overlay shows, so it makes way too.
    m_presentation = new PresentationController(this, m_pages, m_data, {m_chips}, this);
    // The report shows the Explore charts and the Statistics page's current result.
    m_report = new ReportExporter(
        m_data,
        [this] {
            QList<ExportableChart*> charts;
            for (ExploreChart* chart : m_explore->charts())
                charts << chart;
            for (ExportableChart* chart : m_statistics->charts())
                charts << chart;
            return charts;
        },
        this);
    m_report->setPrepare([this](std::function<void()> ready) { m_explore->whenCurrent(ready); });
    connect(m_report, &ReportExporter::finished, this,
            [this](bool ok, const QString& file, const QString&) {
                if (ok)
                    statusBar()->showMessage(tr("Wrote %1").arg(file), 8000);
            });
    createMenus();
    retranslateUi();

    connect(m_data, &DataController::loadingStarted, this, [this](const QString& what) {
        m_sourceLabel->setText(what);
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_data, &DataController::loadingProgress, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000)); });
    connect(m_data, &DataController::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_data, &DataController::datasetChanged, this, &MainWindow::applyFirstRunRange);
    connect(m_overview, &OverviewPage::refreshed, this, &MainWindow::updateStatus);
    // A finding names its segment: one click (undoable) narrows everything to it.
    connect(m_overview, &OverviewPage::findingActivated, this,
            [this](const query::Filter& filter) { m_filters->apply(filter, tr("Finding")); });
    connect(m_data, &DataController::saveFailed, this, [this](const QString& reason) {
        m_progress->setVisible(false);
        QMessageBox::warning(this, tr("Could not save into the store"),
                             tr("The store was left as it was.\n\n%1").arg(reason));
        updateStatus();
    });
    connect(m_data, &DataController::storeSaved, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved into %1").arg(path), 8000);
    });
    // A chart that redrew may have reset fonts to its theme's (Qt Charts) or added texts:
    // the window's scale (presentation, the user's font size) applies to them again, once
    // for a burst of redraws.
    m_refitFonts->setSingleShot(true);
    m_refitFonts->setInterval(0);
    connect(m_refitFonts, &QTimer::timeout, this,
            [this] { FontScale::apply(this, FontScale::of(this)); });
    for (ExploreChart* chart : m_explore->charts())
        connect(chart, &ExploreChart::refreshed, m_refitFonts, qOverload<>(&QTimer::start));
    connect(m_data, &DataController::loadFailed, this, [this](const QString& reason) {
        m_progress->setVisible(false);
        m_sourceLabel->setText(tr("No data: %1").arg(reason));
        QMessageBox::warning(this, tr("Could not open the data"), reason);
    });
    resize(1366, 768);
}

void MainWindow::createMenus()
{
    // Own actions rather than QUndoStack's: their "Undo" prefix could not be retranslated.
    QUndoStack* stack = m_filters->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setEnabled(stack->canUndo());
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateUi);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_redoAction->setEnabled(stack->canRedo());
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateUi);
    m_clearAction = new QAction(this);
    connect(m_clearAction, &QAction::triggered, m_filters, &FilterEditor::clearAll);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] { openImportDialog(); });
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcuts(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { settingsDialog()->show(); });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_report->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_clearAction);

    m_presentAction = new QAction(this);
    m_presentAction->setObjectName(QStringLiteral("action-present"));
    m_presentAction->setCheckable(true);
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::toggled, m_presentation, &PresentationController::setActive);
    connect(m_presentation, &PresentationController::activeChanged, m_presentAction,
            &QAction::setChecked);
    // On the window too: the menu bar is hidden while presenting and F5 must still leave.
    addAction(m_presentAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_filterDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("StreamLens"));
    m_filterDock->setWindowTitle(tr("Filters"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QWidget* page = m_pages->widget(i);
        if (page == m_overview)
            m_pages->setTabText(i, tr("Overview"));
        else if (page == m_explore)
            m_pages->setTabText(i, tr("Explore"));
        else if (page == m_statistics)
            m_pages->setTabText(i, tr("Statistics"));
        else if (!page->windowTitle().isEmpty())
            m_pages->setTabText(i, page->windowTitle());
    }
    if (!m_editMenu)
        return;
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import CSV…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    const QUndoStack* stack = m_filters->undoStack();
    m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_clearAction->setText(tr("Clear all filters"));
    m_filterDock->toggleViewAction()->setText(tr("Filter panel"));
    m_presentAction->setText(tr("&Presentation mode"));
    m_presentAction->setToolTip(
        tr("Full screen with larger type; PageDown/PageUp change pages, Esc leaves"));
    if (m_data->dataset() && !m_data->isLoading())
        updateStatus();
}

SettingsDialog* MainWindow::settingsDialog()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_vault, this);
        connect(m_settings, &SettingsDialog::applied, this, &MainWindow::applySettings);
        connect(m_settings, &SettingsDialog::createDemoRequested, this,
                [this](const QString& path) { m_data->openStore(path, true); });
    }
    return m_settings;
}

void MainWindow::applySettings()
{
    applyAppearanceFromSettings();
    // A store path changed in the dialog is opened now; the same path is not reloaded.
    const QString path = settings::AppSettings::load().sqlitePath;
    if (!path.isEmpty() && !m_data->storePath().isEmpty() && path != m_data->storePath())
        m_data->openStore(path, false);
}

void MainWindow::openImportDialog(const QString& file)
{
    auto* dialog =
        new ImportDialog(settings::AppSettings::load().csvFormat, m_data->dataset(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty())
        dialog->setFile(file);
    connect(dialog, &ImportDialog::imported, this,
            [this](std::shared_ptr<const Dataset> dataset) { m_data->saveAndUse(dataset); });
    dialog->open();
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addTab(page, page->windowTitle().isEmpty() ? title : page->windowTitle());
    page->installEventFilter(this);
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

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // A page retitles itself in its own retranslateUi, after this window's.
    if (event->type() == QEvent::WindowTitleChange)
        if (auto* page = qobject_cast<QWidget*>(watched); page && !page->windowTitle().isEmpty())
            if (const int i = m_pages->indexOf(page); i >= 0)
                m_pages->setTabText(i, page->windowTitle());
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_data->dataset())
        // Charts take their colours when they draw: a new theme needs a new drawing.
        for (ExploreChart* chart : m_explore->charts())
            chart->refresh(m_data->dataset(), m_data->filter());
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto filter = FilterState::restore(settings))
        m_data->setFilter(*filter);
    else if (!settings.contains(FilterState::kKey)) {
        m_firstRunRangePending = true;
        applyFirstRunRange();
    }
}

void MainWindow::applyFirstRunRange()
{
    auto dataset = m_data->dataset();
    if (!m_firstRunRangePending || !dataset)
        return;
    m_firstRunRangePending = false;
    m_firstRunJob->run<facets::TimeExtent>(
        [dataset](const std::atomic<bool>& cancel) {
            return facets::computeTimeExtent(*dataset, &cancel);
        },
        [this](facets::TimeExtent extent) {
            // The user may have chosen a filter while the extent was computed.
            if (!m_data->filter().isEmpty())
                return;
            if (auto filter = facets::lastDaysFilter(extent, kFirstRunDays))
                m_data->setFilter(*filter);
        });
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
    // The layout to save is the normal one, with its docks and bars.
    m_presentation->leave();
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
