// SPDX-License-Identifier: MIT
#pragma once

#include "io/mapping/ForeignPreview.h"

#include <QAbstractTableModel>

namespace streamlens::ui {

// The first rows of a foreign file as the chosen format reads them; the vertical header
// shows each row's line in the file.
class PreviewTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPreview(io::mapping::ForeignPreview preview);
    const io::mapping::ForeignPreview& preview() const { return m_preview; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    io::mapping::ForeignPreview m_preview;
};

} // namespace streamlens::ui
