// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include "stats/CheckableList.h"

#include <string>
#include <vector>

namespace streamlens::ui {

// A checkable list of a level's variables (numeric, 0/1 and, when asked, dimensions) for
// the features of a segmentation or a model.
class VariableList : public CheckableList {
    Q_OBJECT
public:
    explicit VariableList(bool withDimensions, QWidget* parent = nullptr);

    void setLevel(analysis::Level level);
    std::vector<std::string> checkedKeys() const;
    void setCheckedKeys(const std::vector<std::string>& keys);
    // Hides one variable (the model's target cannot also be a feature).
    void setExcluded(const std::string& key);
    // Labels anew in the current language (checked keys are kept).
    void retranslateUi() { fill(); }

signals:
    void checkedChanged();

private:
    void fill();

    bool m_withDimensions;
    analysis::Level m_level = analysis::Level::User;
    std::string m_excluded;
};

} // namespace streamlens::ui
