// SPDX-License-Identifier: MIT
#include "import/PreviewTableModel.h"

#include <QLocale>

namespace streamlens::ui {

void PreviewTableModel::setPreview(io::mapping::ForeignPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

int PreviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_preview.columns.size());
}

QVariant PreviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto& row = m_preview.rows[size_t(index.row())];
    if (size_t(index.column()) >= row.size())
        return {}; // a short row: the import rejects it
    QString text = QString::fromStdString(row[size_t(index.column())]);
    if (role == Qt::DisplayRole)
        text.replace(QLatin1Char('\n'), QChar(0x21b5)); // keep multi-line fields on one line
    return text;
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return size_t(section) < m_preview.columns.size()
                   ? QString::fromStdString(m_preview.columns[size_t(section)])
                   : QVariant();
    return size_t(section) < m_preview.lines.size()
               ? QLocale().toString(qlonglong(m_preview.lines[size_t(section)]))
               : QVariant();
}

} // namespace streamlens::ui
