// SPDX-License-Identifier: MIT
#include "stats/StatsTableModel.h"

namespace streamlens::ui {

StatsTableModel::StatsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StatsTableModel::setTable(StatsTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int StatsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

QVariant StatsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_table.rows[index.row()];
    if (index.column() >= row.size())
        return {};
    const StatsCell& cell = row[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text;
    case RawValueRole:
        return cell.raw;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(cell.number ? Qt::AlignRight | Qt::AlignVCenter
                                               : Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_table.headers.size() ? m_table.headers[section]
                                                                : QVariant();
    return section + 1;
}

} // namespace streamlens::ui
