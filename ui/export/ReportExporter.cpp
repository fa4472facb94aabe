// SPDX-License-Identifier: MIT
#include "export/ReportExporter.h"

#include "data/DataController.h"
#include "export/ExportableChart.h"
#include "export/FilterDescription.h"
#include "export/ReportSummary.h"
#include "export/ReportWriter.h"
#include "jobs/JobTracker.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QWidget>

namespace streamlens::ui {

namespace {
const char* const kLastDirectoryKey = "export/lastDirectory";
}

ReportExporter::ReportExporter(DataController* data, ChartSource charts, QWidget* window)
    : QObject(window)
    , m_data(data)
    , m_charts(std::move(charts))
    , m_window(window)
    , m_jobs(new JobTracker(this))
    , m_action(new QAction(this))
{
    connect(m_action, &QAction::triggered, this, &ReportExporter::exportReport);
    if (m_window)
        m_window->installEventFilter(this);
    retranslateUi();
}

void ReportExporter::retranslateUi()
{
    m_action->setText(tr("Export &report…"));
    m_action->setToolTip(
        tr("Write a PDF report: title page, executive summary and one page per chart"));
}

bool ReportExporter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

bool ReportExporter::isBusy() const
{
    return m_jobs->isBusy();
}

void ReportExporter::exportReport()
{
    QString folder = QSettings().value(QLatin1String(kLastDirectoryKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("streamlens-report-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)));
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export report"), suggested,
                                                    tr("PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QLatin1String(".pdf");
    QSettings().setValue(QLatin1String(kLastDirectoryKey), QFileInfo(fileName).path());
    connect(
        this, &ReportExporter::finished, this,
        [this](bool ok, const QString&, const QString& message) {
            if (!ok)
                QMessageBox::warning(m_window, tr("Export report"), message);
        },
        Qt::SingleShotConnection);
    exportTo(fileName);
}

void ReportExporter::exportTo(const QString& fileName)
{
    auto dataset = m_data->dataset();
    if (!dataset) {
        emit finished(false, fileName, tr("There is no data to report on yet."));
        return;
    }
    const query::Filter filter = m_data->filter();
    const QString source = m_data->sourceDescription();
    m_action->setEnabled(false);
    m_jobs->run<ReportSummary>(
        [dataset, filter](const std::atomic<bool>& cancel) {
            return computeReportSummary(*dataset, filter, &cancel);
        },
        [this, fileName, filter, source](ReportSummary summary) {
            m_action->setEnabled(true);
            ReportContent content;
            content.title = tr("StreamLens report");
            content.dataSource = source;
            content.filterText = describeFilter(filter);
            content.createdAt = QDateTime::currentDateTime();
            content.scope = summary.scope;
            content.figures = summary.figures;
            content.findings = summary.findings;
            auto write = [this, fileName, content]() mutable {
                content.charts = m_charts ? m_charts() : QList<ExportableChart*>{};
                QString error;
                const bool ok = ReportWriter(content).write(fileName, &error);
                emit finished(ok, fileName, error);
            };
            if (m_prepare)
                m_prepare(write);
            else
                write();
        });
}

} // namespace streamlens::ui
