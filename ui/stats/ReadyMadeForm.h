// SPDX-License-Identifier: MIT
#pragma once

#include "stats/QuestionForm.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace streamlens::ui {

// The ready-made questions of core/analysis/Question ("Does experienced quality drive
// churn?", "How much less is played per point of rebuffering?") with their seed.
class ReadyMadeForm : public QuestionForm {
    Q_OBJECT
public:
    explicit ReadyMadeForm(QWidget* parent = nullptr);

    StatsQuestionKind kind() const override { return StatsQuestionKind::ReadyMade; }
    void fillRequest(StatsRequest& request) const override;
    void retranslateUi() override;

    QComboBox* questionCombo() const { return m_question; }
    QSpinBox* seedSpin() const { return m_seed; }

private:
    void showDescription();

    QComboBox* m_question;
    QLabel* m_description;
    QSpinBox* m_seed;
    QFormLayout* m_form;
};

} // namespace streamlens::ui
