// SPDX-License-Identifier: MIT
#pragma once

#include "stats/StatsResult.h"

#include <QEvent>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QPushButton;

namespace streamlens::ui {

class DataController;
class ExportableChart;
class JobTracker;
class QuestionChooser;
class ResultView;

// Statistics: choose a question (compare groups, relate two variables, segment viewers,
// predict, or a ready-made one) and its variables; the answer comes as a plain-language
// sentence with APA statistics, tables and a fitting chart. The core runners do the work on
// a JobTracker worker under the current filter; once a result is shown, a new dataset or
// filter runs the same question again.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    explicit StatisticsPage(DataController* data, QWidget* parent = nullptr);

    QuestionChooser* chooser() const { return m_chooser; }
    ResultView* resultView() const { return m_result; }
    // The charts showing the current result (for the export menu and the report).
    std::vector<ExportableChart*> charts() const;
    const std::optional<StatsResult>& lastResult() const { return m_last; }
    bool isBusy() const;

public slots:
    // Runs the chosen question on the current dataset and filter.
    void run();
    void cancel();

signals:
    // A result or a message (the data cannot answer, no data loaded) is on screen.
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void sourceChanged();
    void setBusy(bool busy);

    DataController* m_data;
    JobTracker* m_jobs;
    QLabel* m_heading;
    QuestionChooser* m_chooser;
    QPushButton* m_run;
    ResultView* m_result;
    std::optional<StatsResult> m_last;
    // Re-run on a filter change only while the screen shows an answer to the same inputs.
    bool m_showsAnswer = false;
};

} // namespace streamlens::ui
