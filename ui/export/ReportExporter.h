// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace streamlens::ui {

class DataController;
class ExportableChart;
class JobTracker;

// "Export report…" of the window: asks for a PDF file, computes the executive summary of
// the current dataset and filter off the GUI thread, then writes the report (ReportWriter)
// with the charts the chart source hands out at that moment, in their order.
class ReportExporter : public QObject {
    Q_OBJECT
public:
    using ChartSource = std::function<QList<ExportableChart*>()>;
    ReportExporter(DataController* data, ChartSource charts, QWidget* window);

    // Brings the charts up to date before they are drawn (e.g. a page that was hidden), then
    // calls ready; without it the charts are drawn as they are.
    using Prepare = std::function<void(std::function<void()> ready)>;
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }

    // The menu action; triggering it runs exportReport().
    QAction* action() const { return m_action; }
    // Writes to fileName without asking; finished() follows.
    void exportTo(const QString& fileName);
    bool isBusy() const;

public slots:
    // Asks for the file (starting in the last export folder), then exportTo().
    void exportReport();

signals:
    // ok: fileName was written; otherwise message says why (translated).
    void finished(bool ok, const QString& fileName, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();

    DataController* m_data;
    ChartSource m_charts;
    Prepare m_prepare;
    QWidget* m_window;
    JobTracker* m_jobs;
    QAction* m_action;
};

} // namespace streamlens::ui
