// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace streamlens::ui {

class FacetListModel;

// One dimension of the filter panel: a title with the number of checked values, a "clear"
// button, an optional search box (for long lists such as ISP and country) and the
// checkable list of values with their counts.
class FacetGroup : public QWidget {
    Q_OBJECT
public:
    FacetGroup(query::DimensionId dimension, bool searchable, QWidget* parent = nullptr);

    query::DimensionId dimension() const { return m_dimension; }
    FacetListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QToolButton* clearButton() const { return m_clear; }
    // Reflects the filter's values of this dimension (no signal).
    void setCheckedValues(const QStringList& values);

protected:
    void changeEvent(QEvent* event) override;

signals:
    void valuesEdited(streamlens::query::DimensionId dimension, const QStringList& values);
    void clearRequested(streamlens::query::DimensionId dimension);

private:
    void retranslateUi();
    void updateCheckBoxContrast();
    void updateHeader();
    void updateHeight();

    query::DimensionId m_dimension;
    FacetListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QToolButton* m_clear;
    QLineEdit* m_search = nullptr;
    QTreeView* m_view;
};

} // namespace streamlens::ui
