// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace streamlens::ui {

// One part of the active filter as a rounded chip: its text and a ✕ that removes it.
class FilterChip : public QFrame {
    Q_OBJECT
public:
    explicit FilterChip(const QString& text, QWidget* parent = nullptr);

    QString text() const;
    QToolButton* removeButton() const { return m_remove; }

signals:
    void removeRequested();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslateUi();

    QString m_text;
    QLabel* m_label;
    QToolButton* m_remove;
};

} // namespace streamlens::ui
