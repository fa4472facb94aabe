// SPDX-License-Identifier: MIT
#pragma once

#include "io/mapping/ColumnRule.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace streamlens::ui {

// Edits one contract column's ColumnRule: the source (a column of the file or a constant)
// and its transforms. Emits ruleEdited() on every change the user makes.
class ColumnRuleEditor : public QWidget {
    Q_OBJECT
public:
    explicit ColumnRuleEditor(QWidget* parent = nullptr);

    // The file's columns; with hasHeader false they are chosen by position.
    void setColumns(const QStringList& names, bool hasHeader);
    void setRule(const QString& targetColumn, const io::mapping::ColumnRule& rule);
    io::mapping::ColumnRule rule() const;

signals:
    void ruleEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QLabel* m_title;
    QList<QLabel*> m_labels;
    QFormLayout* m_form;
    QComboBox* m_source;
    QLineEdit* m_constant;
    QLineEdit* m_nullValues;
    QCheckBox* m_trim;
    QLineEdit* m_split;
    QComboBox* m_case;
    QPlainTextEdit* m_valueMap;
    QComboBox* m_unmapped;
    QCheckBox* m_country;
    QCheckBox* m_duration;
    QSpinBox* m_perSeason;
    QLineEdit* m_dateFormat;
    QLineEdit* m_template;
    QString m_target;
    bool m_hasHeader = true;
    bool m_updating = false;
};

} // namespace streamlens::ui
