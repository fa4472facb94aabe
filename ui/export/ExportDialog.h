// SPDX-License-Identifier: MIT
#pragma once

#include "export/ExportOptions.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace streamlens::ui {

// Asks how to export a chart: format (PNG, PDF, SVG), pixel size (presets 1920×1080,
// 1280×720, 1080×1080, 3840×2160 or custom), DPI, theme and file. Starts from the user's
// export defaults (ExportOptions::fromSettings) and says what the size and DPI mean: the
// layout size, the scale and the physical size. OK is enabled only for a valid choice.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // baseName names the suggested file ("timeseries" → timeseries.png in the last folder).
    explicit ExportDialog(const QString& baseName, QWidget* parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    QString fileName() const;
    void setFileName(const QString& fileName);
    // Why the current choice cannot be exported; empty when it can.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void presetChosen();
    void formatChosen();
    void browse();
    void updateState();

    QString m_baseName;
    QLabel* m_formatLabel;
    QComboBox* m_format;
    QLabel* m_sizeLabel;
    QComboBox* m_preset;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_dpiLabel;
    QSpinBox* m_dpi;
    QLabel* m_themeLabel;
    QComboBox* m_theme;
    QLabel* m_fileLabel;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLabel* m_explanation;
    QDialogButtonBox* m_buttons;
};

} // namespace streamlens::ui
