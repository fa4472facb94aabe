// SPDX-License-Identifier: MIT
#pragma once

#include "io/mapping/ColumnMapping.h"

#include <QAbstractTableModel>

namespace streamlens::ui {

// One row per contract column of the mapping's table: whether it is required, where its
// value comes from and which transforms apply. Editing happens in ColumnRuleEditor; this
// model shows the whole mapping at a glance and marks required columns without a source.
class MappingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Target, Required, Source, Transforms, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setMapping(io::mapping::ColumnMapping mapping);
    const io::mapping::ColumnMapping& mapping() const { return m_mapping; }
    void setRule(int row, const io::mapping::ColumnRule& rule);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    // "trim, lower case, value map (3)" for people.
    static QString describeTransforms(const io::mapping::ColumnRule& rule);

private:
    io::mapping::ColumnMapping m_mapping;
};

} // namespace streamlens::ui
