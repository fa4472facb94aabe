// SPDX-License-Identifier: MIT
#pragma once

#include "facets/FacetCounts.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace streamlens::ui {

// The values of one dimension with their facet counts: column 0 is the checkable value,
// column 1 the count. Rows keep their order while counts change (only dataChanged is
// emitted), so a list does not jump under the user's mouse after every click.
class FacetListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ValueColumn, CountColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole, // the raw value ("" = null)
        CountRole,                // quint64 count, for sorting
        SearchRole,               // display text and raw value ("Germany DE"), for search
    };

    explicit FacetListModel(QObject* parent = nullptr);

    // The dimension the values belong to: they are displayed through its labels.
    void setDimension(query::DimensionId dimension) { m_dimension = dimension; }
    // Displayed texts are made anew (after a language change).
    void retranslate();

    // New counts. Rows are rebuilt only when the set of values differs; values that are
    // checked but unknown to the data stay listed with a count of 0.
    void setFacet(const facets::DimensionFacet& facet);
    // Checked values, without emitting checkedValuesEdited (reflects the filter).
    void setCheckedValues(const QStringList& values);
    QStringList checkedValues() const;
    // Count shown for value, or -1 when it is not listed.
    qint64 count(const QString& value) const;
    QString value(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // The user checked or unchecked a value; values is the new checked set.
    void checkedValuesEdited(const QStringList& values);

private:
    struct Row {
        QString value;
        quint64 count = 0;
    };
    void ensureCheckedListed();

    query::DimensionId m_dimension = query::DimensionId::DeviceType;
    QVector<Row> m_rows;
    QSet<QString> m_checked;
};

} // namespace streamlens::ui
