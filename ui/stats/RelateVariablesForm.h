// SPDX-License-Identifier: MIT
#pragma once

#include "stats/QuestionForm.h"

class QComboBox;
class QFormLayout;

namespace streamlens::ui {

class LevelCombo;
class VariableCombo;

// Relate two variables: Pearson (linear) or Spearman (monotone) correlation of two
// variables on the same units, drawn as a scatter with the least-squares line.
class RelateVariablesForm : public QuestionForm {
    Q_OBJECT
public:
    explicit RelateVariablesForm(QWidget* parent = nullptr);

    StatsQuestionKind kind() const override { return StatsQuestionKind::RelateVariables; }
    void fillRequest(StatsRequest& request) const override;
    void retranslateUi() override;

    LevelCombo* levelCombo() const { return m_level; }
    VariableCombo* xCombo() const { return m_x; }
    VariableCombo* yCombo() const { return m_y; }
    QComboBox* methodCombo() const { return m_method; }

private:
    LevelCombo* m_level;
    VariableCombo* m_x;
    VariableCombo* m_y;
    QComboBox* m_method;
    QFormLayout* m_form;
};

} // namespace streamlens::ui
