// SPDX-License-Identifier: MIT
#pragma once

#include "stats/StatsResult.h"

#include <QEvent>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;

namespace streamlens::ui {

class ClusterProfileChart;
class ExportableChart;
class GroupComparisonChart;
class KScanChart;
class RocChart;
class ScatterFitChart;
class StatsChart;
class StatsTableModel;

// Shows one Statistics page result: the plain-language sentence with the APA statistics
// (selectable), notes (which test was chosen and why, sampling, held-out split), the chart
// that fits the question and the tables of numbers. While a job runs it shows a busy bar
// with a cancel button; a result the data cannot give is shown as a message, never as NaN.
class ResultView : public QWidget {
    Q_OBJECT
public:
    explicit ResultView(QWidget* parent = nullptr);
    ~ResultView() override;

    void showPrompt();
    void showBusy(bool busy);
    void showResult(const StatsResult& result);

    // What is on screen, for the page's tests and the export menu.
    QString sentence() const;
    QString notes() const;
    bool showsError() const { return m_error; }
    StatsTableModel* mainModel() const { return m_mainModel; }
    StatsTableModel* detailsModel() const { return m_detailsModel; }
    StatsTableModel* confusionModel() const { return m_confusionModel; }
    // Every chart of the view (shown or not) and those showing the current result.
    std::vector<StatsChart*> charts() const;
    std::vector<StatsChart*> visibleCharts() const;
    GroupComparisonChart* groupChart() const { return m_groups; }
    ScatterFitChart* scatterChart() const { return m_scatter; }
    RocChart* rocChart() const { return m_roc; }
    ClusterProfileChart* profileChart() const { return m_profile; }
    KScanChart* kScanChart() const { return m_kScan; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showCharts(std::initializer_list<StatsChart*> shown);
    void showMessage(const QString& text, bool error);

    QLabel* m_sentence;
    QLabel* m_notes;
    QProgressBar* m_busy;
    QPushButton* m_cancel;
    QLabel* m_busyLabel;
    QWidget* m_chartRow;
    GroupComparisonChart* m_groups;
    ScatterFitChart* m_scatter;
    RocChart* m_roc;
    ClusterProfileChart* m_profile;
    KScanChart* m_kScan;
    QSplitter* m_splitter;
    QTableView* m_main;
    QTableView* m_details;
    QTableView* m_confusion;
    StatsTableModel* m_mainModel;
    StatsTableModel* m_detailsModel;
    StatsTableModel* m_confusionModel;
    std::optional<StatsResult> m_result;
    bool m_error = false;
};

} // namespace streamlens::ui
