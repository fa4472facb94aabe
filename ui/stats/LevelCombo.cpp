// SPDX-License-Identifier: MIT
#include "stats/LevelCombo.h"

namespace streamlens::ui {

LevelCombo::LevelCombo(QWidget* parent)
    : QComboBox(parent)
{
    addItem(QString(), int(analysis::Level::Session));
    addItem(QString(), int(analysis::Level::User));
    retranslateUi();
}

analysis::Level LevelCombo::level() const
{
    return static_cast<analysis::Level>(currentData().toInt());
}

void LevelCombo::setLevel(analysis::Level level)
{
    setCurrentIndex(findData(int(level)));
}

void LevelCombo::retranslateUi()
{
    setItemText(0, tr("Sessions"));
    setItemText(1, tr("Viewers (per user)"));
}

} // namespace streamlens::ui
