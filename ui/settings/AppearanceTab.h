// SPDX-License-Identifier: MIT
#pragma once

#include "settings/AppearanceSettings.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace streamlens::ui {

// Theme, language and font scale. Only edits the values; the theme and translation code
// applies them when the dialog saves.
class AppearanceTab : public QWidget {
    Q_OBJECT
public:
    explicit AppearanceTab(QWidget* parent = nullptr);

    void setValues(const settings::AppearanceSettings& values);
    settings::AppearanceSettings values() const;

    QComboBox* themeBox() const { return m_theme; }
    QComboBox* languageBox() const { return m_language; }
    QDoubleSpinBox* fontScaleBox() const { return m_fontScale; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateSample();

    QLabel* m_themeLabel;
    QComboBox* m_theme;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_fontScaleLabel;
    QDoubleSpinBox* m_fontScale;
    QLabel* m_sample;
    QLabel* m_note;
};

} // namespace streamlens::ui
