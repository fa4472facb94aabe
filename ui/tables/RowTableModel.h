// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "table/TableKind.h"

#include <QAbstractTableModel>
#include <QLocale>

#include <memory>
#include <vector>

namespace streamlens::ui {

// One contract table over the selection, for a QTableView. It keeps only the dataset and a
// row order (view position → table row, built off the GUI thread); data() reads and formats
// the one cell asked for, so 10 million rows cost 40 MB of row numbers and nothing per row
// beyond that. Sorting is not done here: sort() asks for it (sortRequested) and the owner
// computes the order on a worker and hands it back through setRows().
class RowTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Rows = std::shared_ptr<const std::vector<uint32_t>>;
    // The contract text of a cell (as CSV and the clipboard hold it).
    static constexpr int ContractTextRole = Qt::UserRole + 1;

    explicit RowTableModel(table::TableKind table, QObject* parent = nullptr);

    table::TableKind table() const { return m_table; }
    // Shows rows of data's table in this order; sortColumn -1 means table order. Resets.
    void setRows(std::shared_ptr<const Dataset> data, Rows rows, int sortColumn = -1,
                 Qt::SortOrder order = Qt::AscendingOrder);
    void clear();
    const std::shared_ptr<const Dataset>& dataset() const { return m_data; }
    const Rows& rows() const { return m_rows; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The table row shown at view position, or -1.
    qint64 tableRow(int position) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void sortRequested(int column, Qt::SortOrder order);

private:
    table::TableKind m_table;
    std::shared_ptr<const Dataset> m_data;
    Rows m_rows;
    int m_rowCount = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_locale;
};

} // namespace streamlens::ui
