// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace streamlens::ui {

// One cell of a result table: the text shown and, for numbers, the raw value (for sorting,
// copying and tests). An absent quantity has no raw value and reads as a dash.
struct StatsCell {
    QString text;
    QVariant raw;
    bool number = false;
};

struct StatsTable {
    QStringList headers;
    QVector<QVector<StatsCell>> rows;
};

// The numbers of a Statistics page result as a table view shows them: Qt::DisplayRole the
// formatted text, RawValueRole the unrounded number, numbers right-aligned.
class StatsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit StatsTableModel(QObject* parent = nullptr);

    void setTable(StatsTable table);
    const StatsTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    StatsTable m_table;
};

} // namespace streamlens::ui
