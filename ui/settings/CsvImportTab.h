// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvFormat.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace streamlens::ui {

// The CSV layout the import dialog starts from: delimiter, quote, encoding, decimal and
// date formats, header row, and the share of rejected rows that stops an import.
class CsvImportTab : public QWidget {
    Q_OBJECT
public:
    explicit CsvImportTab(QWidget* parent = nullptr);

    void setValues(const io::CsvFormat& format);
    io::CsvFormat values() const;

    // A date format applied to a fixed sample instant, as the import would read it.
    static QString dateExample(const QString& format);

    QComboBox* delimiterBox() const { return m_delimiter; }
    QLineEdit* otherDelimiterEdit() const { return m_otherDelimiter; }
    QComboBox* quoteBox() const { return m_quote; }
    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* decimalBox() const { return m_decimal; }
    QComboBox* dateFormatBox() const { return m_dateFormat; }
    QCheckBox* headerBox() const { return m_header; }
    QDoubleSpinBox* rejectBox() const { return m_reject; }
    QLabel* dateExampleLabel() const { return m_dateExample; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateOtherDelimiter();
    void updateDateExample();

    QLabel* m_delimiterLabel;
    QComboBox* m_delimiter;
    QLineEdit* m_otherDelimiter;
    QLabel* m_quoteLabel;
    QComboBox* m_quote;
    QLabel* m_encodingLabel;
    QComboBox* m_encoding;
    QLabel* m_decimalLabel;
    QComboBox* m_decimal;
    QLabel* m_dateFormatLabel;
    QComboBox* m_dateFormat;
    QLabel* m_dateExample;
    QLabel* m_dateHelp;
    QCheckBox* m_header;
    QLabel* m_rejectLabel;
    QDoubleSpinBox* m_reject;
};

} // namespace streamlens::ui
