// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"

#include <QComboBox>

namespace streamlens::ui {

// A combo box of the contract's metrics (display names, JSON keys as data) or of the query
// dimensions, for the choosers above the charts.
class MetricChooser : public QComboBox {
    Q_OBJECT
public:
    enum class Kind { Metrics, Dimensions };
    explicit MetricChooser(Kind kind, QWidget* parent = nullptr);

    QString currentKey() const { return currentData().toString(); }
    void setCurrentKey(const QString& key);
    query::DimensionId currentDimension() const;

signals:
    void keyChanged(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Kind m_kind;
};

} // namespace streamlens::ui
