// SPDX-License-Identifier: MIT
#include "tables/RowTableModel.h"

#include "table/ColumnSpec.h"
#include "tables/CellText.h"

#include <limits>

namespace streamlens::ui {

RowTableModel::RowTableModel(table::TableKind table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
}

void RowTableModel::setRows(std::shared_ptr<const Dataset> data, Rows rows, int sortColumn,
                            Qt::SortOrder order)
{
    beginResetModel();
    m_data = std::move(data);
    m_rows = m_data && rows ? std::move(rows) : nullptr;
    // Qt's views count rows in int; 2^31 rows is far beyond any dataset this page shows.
    m_rowCount =
        m_rows ? static_cast<int>(std::min<size_t>(m_rows->size(), std::numeric_limits<int>::max()))
               : 0;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    // The locale is read once per reset, not once per cell.
    m_locale = QLocale();
    m_locale.setNumberOptions(QLocale::OmitGroupSeparator);
    endResetModel();
}

void RowTableModel::clear()
{
    setRows(nullptr, nullptr);
}

qint64 RowTableModel::tableRow(int position) const
{
    if (position < 0 || position >= m_rowCount)
        return -1;
    return (*m_rows)[static_cast<size_t>(position)];
}

int RowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int RowTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(table::columnsOf(m_table).size());
}

QVariant RowTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& column = table::columnsOf(m_table)[static_cast<size_t>(index.column())];
    switch (role) {
    case Qt::DisplayRole:
    case ContractTextRole: {
        table::IdBuffer buffer;
        const auto value =
            column.read(*m_data, (*m_rows)[static_cast<size_t>(index.row())], buffer);
        if (role == ContractTextRole)
            return QString::fromStdString(table::contractText(value));
        return cellDisplayText(value, m_locale);
    }
    case Qt::TextAlignmentRole:
        return column.isNumeric() ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rowCount)
            return section + 1;
        return {};
    }
    const auto columns = table::columnsOf(m_table);
    if (section < 0 || static_cast<size_t>(section) >= columns.size())
        return {};
    // Contract column names, untranslated: they are the names in the files and in --where.
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return QString::fromLatin1(columns[static_cast<size_t>(section)].name);
    if (role == Qt::TextAlignmentRole)
        return columns[static_cast<size_t>(section)].isNumeric()
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags RowTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void RowTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= -1 && column < columnCount())
        emit sortRequested(column, order);
}

} // namespace streamlens::ui
