// SPDX-License-Identifier: MIT
#pragma once

#include "stats/QuestionForm.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace streamlens::ui {

class VariableList;

// Segment viewers: k-means on standardised per-user features (numeric, 0/1 or dimensions
// as one 0/1 column per level) with k and the seed of the k-means++ starts. The answer
// can also scan k − 2 … k + 2 for choosing k (on by default; it costs five more fits).
class SegmentViewersForm : public QuestionForm {
    Q_OBJECT
public:
    explicit SegmentViewersForm(QWidget* parent = nullptr);

    StatsQuestionKind kind() const override { return StatsQuestionKind::SegmentViewers; }
    void fillRequest(StatsRequest& request) const override;
    void retranslateUi() override;

    VariableList* features() const { return m_features; }
    QSpinBox* kSpin() const { return m_k; }
    QSpinBox* seedSpin() const { return m_seed; }
    QCheckBox* scanCheck() const { return m_scan; }

private:
    VariableList* m_features;
    QSpinBox* m_k;
    QSpinBox* m_seed;
    QCheckBox* m_scan;
    QLabel* m_featuresLabel;
    QFormLayout* m_form;
};

} // namespace streamlens::ui
