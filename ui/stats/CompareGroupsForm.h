// SPDX-License-Identifier: MIT
#pragma once

#include "stats/QuestionForm.h"

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;

namespace streamlens::ui {

class JobTracker;
class LevelCombo;
class VariableCombo;

// Compare groups: a variable, the dimension whose groups are compared, the test (automatic
// by default) and which groups to include (none checked = every group). The groups are
// listed with their unit counts under the current filter, computed off the GUI thread.
class CompareGroupsForm : public QuestionForm {
    Q_OBJECT
public:
    explicit CompareGroupsForm(QWidget* parent = nullptr);

    StatsQuestionKind kind() const override { return StatsQuestionKind::CompareGroups; }
    void fillRequest(StatsRequest& request) const override;
    void setSource(std::shared_ptr<const Dataset> dataset, const query::Filter& filter) override;
    void retranslateUi() override;

    LevelCombo* levelCombo() const { return m_level; }
    VariableCombo* metricCombo() const { return m_metric; }
    VariableCombo* dimensionCombo() const { return m_by; }
    QComboBox* testCombo() const { return m_test; }
    QListWidget* groupList() const { return m_groups; }
    // Checks exactly these groups (those listed); for tests and presets.
    void setCheckedGroups(const QStringList& groups);
    // The test picked by hand, or nullopt for the automatic choice.
    std::optional<analysis::TestKind> chosenTest() const;

signals:
    void groupsListed();

private:
    void fillTests();
    void listGroups();

    LevelCombo* m_level;
    VariableCombo* m_metric;
    VariableCombo* m_by;
    QComboBox* m_test;
    QListWidget* m_groups;
    QLabel* m_groupsHint;
    QFormLayout* m_form;
    JobTracker* m_jobs;
    std::shared_ptr<const Dataset> m_dataset;
    query::Filter m_filter;
};

} // namespace streamlens::ui
