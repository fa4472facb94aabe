// SPDX-License-Identifier: MIT
#include "import/RejectsTableModel.h"

#include <QLocale>

namespace streamlens::ui {

void RejectsTableModel::setRejects(std::vector<io::RejectedRow> rejects)
{
    beginResetModel();
    m_rejects = std::move(rejects);
    endResetModel();
}

int RejectsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rejects.size())
        return {};
    const io::RejectedRow& r = m_rejects[size_t(index.row())];
    if (role == Qt::UserRole && index.column() == Line)
        return qlonglong(r.line);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case File:
        return QString::fromStdString(r.file);
    case Line:
        return QLocale().toString(qlonglong(r.line));
    case ColumnName:
        return QString::fromStdString(r.column);
    case Reason:
        return QString::fromStdString(r.reason);
    case Value:
        return QString::fromStdString(r.value);
    }
    return {};
}

QVariant RejectsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Reason:
        return tr("Reason");
    case Value:
        return tr("Value");
    }
    return {};
}

void RejectsTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace streamlens::ui
