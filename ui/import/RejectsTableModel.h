// SPDX-License-Identifier: MIT
#pragma once

#include "io/ImportReport.h"

#include <QAbstractTableModel>

namespace streamlens::ui {

// The rejected rows of an import: file, line, column, reason, value. Lines sort as numbers
// (Qt::UserRole holds the raw value).
class RejectsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Line, ColumnName, Reason, Value, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRejects(std::vector<io::RejectedRow> rejects);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Headers are translated text: views call this on a language change.
    void retranslate();

private:
    std::vector<io::RejectedRow> m_rejects;
};

} // namespace streamlens::ui
