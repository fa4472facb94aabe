// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <QComboBox>

namespace streamlens::ui {

// Chooses the units of an analysis: sessions, or viewers (users with sessions under the
// filter, their variables aggregated over those sessions).
class LevelCombo : public QComboBox {
    Q_OBJECT
public:
    explicit LevelCombo(QWidget* parent = nullptr);

    analysis::Level level() const;
    void setLevel(analysis::Level level);
    void retranslateUi();
};

} // namespace streamlens::ui
