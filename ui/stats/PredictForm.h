// SPDX-License-Identifier: MIT
#pragma once

#include "stats/QuestionForm.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace streamlens::ui {

class LevelCombo;
class VariableCombo;
class VariableList;

// Predict: a logistic (0/1 target) or linear model of a target on features, with reference
// levels of dimension features ("plan=free"), the seed of the train/test split and the
// classification threshold.
class PredictForm : public QuestionForm {
    Q_OBJECT
public:
    explicit PredictForm(QWidget* parent = nullptr);

    StatsQuestionKind kind() const override { return StatsQuestionKind::Predict; }
    void fillRequest(StatsRequest& request) const override;
    void retranslateUi() override;

    QComboBox* modelCombo() const { return m_kind; }
    LevelCombo* levelCombo() const { return m_level; }
    VariableCombo* targetCombo() const { return m_target; }
    VariableList* features() const { return m_features; }
    QLineEdit* referencesEdit() const { return m_references; }
    QSpinBox* seedSpin() const { return m_seed; }
    QDoubleSpinBox* thresholdSpin() const { return m_threshold; }

private:
    void syncKind();

    QComboBox* m_kind;
    LevelCombo* m_level;
    VariableCombo* m_target;
    QLabel* m_featuresLabel;
    VariableList* m_features;
    QLineEdit* m_references;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_threshold;
    QFormLayout* m_form;
};

} // namespace streamlens::ui
