// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;

namespace streamlens::ui {

// One headline number of the executive summary: a caption, the value, and a line of detail.
class KpiTile : public QFrame {
    Q_OBJECT
public:
    explicit KpiTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = {});
    QString value() const;

private:
    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace streamlens::ui
