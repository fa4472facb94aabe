// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ExportDefaults.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;

namespace streamlens::ui {

// Default size, resolution and format of chart exports; the export dialog starts from them.
class ExportTab : public QWidget {
    Q_OBJECT
public:
    explicit ExportTab(QWidget* parent = nullptr);

    void setValues(const settings::ExportDefaults& values);
    settings::ExportDefaults values() const;

    QComboBox* presetBox() const { return m_preset; }
    QSpinBox* widthBox() const { return m_width; }
    QSpinBox* heightBox() const { return m_height; }
    QSpinBox* dpiBox() const { return m_dpi; }
    QComboBox* formatBox() const { return m_format; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyPreset();
    void selectPresetForSize();
    void updatePhysicalSize();

    QLabel* m_presetLabel;
    QComboBox* m_preset;
    QLabel* m_sizeLabel;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_dpiLabel;
    QSpinBox* m_dpi;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_physical;
};

} // namespace streamlens::ui
