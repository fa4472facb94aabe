// SPDX-License-Identifier: MIT
#include "MainWindow.h"

#include "data/DataController.h"
#include "pages/OverviewPage.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>

namespace streamlens::ui {

MainWindow::MainWindow(DataController* data, QWidget* parent)
    : QMainWindow(parent)
    , m_data(data)
    , m_pages(new QTabWidget(this))
    , m_overview(new OverviewPage(data, this))
    , m_sourceLabel(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("StreamLens"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    addPage(m_overview, tr("Overview"));

    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_sourceLabel, 1);
    statusBar()->addPermanentWidget(m_rowsLabel);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_data, &DataController::loadingStarted, this, [this](const QString& what) {
        m_sourceLabel->setText(what);
        m_progress->setValue(0);
        m_progress->setVisible(true);
    });
    connect(m_data, &DataController::loadingProgress, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000)); });
    connect(m_data, &DataController::datasetChanged, this, &MainWindow::updateStatus);
    connect(m_data, &DataController::loadFailed, this, [this](const QString& reason) {
        m_progress->setVisible(false);
        m_sourceLabel->setText(tr("No data: %1").arg(reason));
        QMessageBox::warning(this, tr("Could not open the data"), reason);
    });
    resize(1366, 768);
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addTab(page, title);
}

void MainWindow::updateStatus()
{
    m_progress->setVisible(false);
    auto dataset = m_data->dataset();
    m_sourceLabel->setText(tr("Data: %1").arg(m_data->sourceDescription()));
    const QLocale locale;
    m_rowsLabel->setText(
        dataset ? tr("%1 sessions · %2 users · %3 titles")
                      .arg(locale.toString(static_cast<qlonglong>(dataset->sessions.size())),
                           locale.toString(static_cast<qlonglong>(dataset->users.size())),
                           locale.toString(static_cast<qlonglong>(dataset->content.size())))
                : QString());
}

} // namespace streamlens::ui
