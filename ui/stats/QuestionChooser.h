// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"
#include "stats/StatsRequest.h"

#include <QEvent>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace streamlens {
struct Dataset;
}

namespace streamlens::ui {

class CompareGroupsForm;
class PredictForm;
class QuestionForm;
class ReadyMadeForm;
class RelateVariablesForm;
class SegmentViewersForm;

// Chooses the question (compare groups, relate two variables, segment viewers, predict, a
// ready-made one) and shows that question's form; request() gives what the page runs.
class QuestionChooser : public QWidget {
    Q_OBJECT
public:
    explicit QuestionChooser(QWidget* parent = nullptr);

    StatsQuestionKind kind() const;
    void setKind(StatsQuestionKind kind);
    StatsRequest request() const;
    void setSource(std::shared_ptr<const Dataset> dataset, const query::Filter& filter);

    CompareGroupsForm* compareForm() const { return m_compare; }
    RelateVariablesForm* relateForm() const { return m_relate; }
    SegmentViewersForm* segmentForm() const { return m_segment; }
    PredictForm* predictForm() const { return m_predict; }
    ReadyMadeForm* readyMadeForm() const { return m_readyMade; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QuestionForm* current() const;

    QLabel* m_label;
    QComboBox* m_kind;
    QStackedWidget* m_stack;
    CompareGroupsForm* m_compare;
    RelateVariablesForm* m_relate;
    SegmentViewersForm* m_segment;
    PredictForm* m_predict;
    ReadyMadeForm* m_readyMade;
    std::vector<QuestionForm*> m_forms;
};

} // namespace streamlens::ui
