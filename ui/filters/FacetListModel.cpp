// SPDX-License-Identifier: MIT
#include "filters/FacetListModel.h"

#include "filters/FilterText.h"

#include <QHash>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace streamlens::ui {

FacetListModel::FacetListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FacetListModel::setFacet(const facets::DimensionFacet& facet)
{
    QVector<Row> rows;
    rows.reserve(static_cast<qsizetype>(facet.values.size()));
    for (const auto& v : facet.values)
        rows.push_back({QString::fromStdString(v.value), v.count});

    // Same values (in any order): update the counts in place and keep the row order.
    bool sameValues = rows.size() <= m_rows.size();
    QHash<QString, quint64> counts;
    for (const auto& r : rows)
        counts.insert(r.value, r.count);
    for (const auto& r : m_rows)
        if (!counts.contains(r.value) && !m_checked.contains(r.value))
            sameValues = false;
    for (const auto& r : rows)
        if (std::none_of(m_rows.begin(), m_rows.end(),
                         [&](const Row& o) { return o.value == r.value; }))
            sameValues = false;
    if (sameValues && !m_rows.isEmpty()) {
        for (auto& r : m_rows)
            r.count = counts.value(r.value, 0);
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, CountColumn));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    ensureCheckedListed();
}

void FacetListModel::ensureCheckedListed()
{
    for (const auto& v : m_checked) {
        if (std::any_of(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.value == v; }))
            continue;
        const int row = static_cast<int>(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.push_back({v, 0});
        endInsertRows();
    }
}

void FacetListModel::setCheckedValues(const QStringList& values)
{
    const QSet<QString> next(values.begin(), values.end());
    if (next == m_checked)
        return;
    m_checked = next;
    ensureCheckedListed();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ValueColumn),
                         index(static_cast<int>(m_rows.size()) - 1, ValueColumn),
                         {Qt::CheckStateRole});
}

QStringList FacetListModel::checkedValues() const
{
    // In row order, so the filter text follows what the user sees.
    QStringList out;
    for (const auto& r : m_rows)
        if (m_checked.contains(r.value))
            out << r.value;
    return out;
}

void FacetListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, CountColumn));
}

qint64 FacetListModel::count(const QString& value) const
{
    for (const auto& r : m_rows)
        if (r.value == value)
            return static_cast<qint64>(r.count);
    return -1;
}

QString FacetListModel::value(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].value : QString();
}

int FacetListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FacetListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FacetListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn)
            return valueText(m_dimension, r.value);
        return QLocale().toString(r.count);
    case Qt::ToolTipRole:
        return tr("%1: %2 sessions")
            .arg(valueText(m_dimension, r.value), QLocale().toString(r.count));
    case Qt::CheckStateRole:
        if (index.column() == ValueColumn)
            return m_checked.contains(r.value) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Values that would select nothing are dimmed, as shop facets do.
        if (r.count == 0)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case ValueRole:
        return r.value;
    case CountRole:
        return r.count;
    case SearchRole:
        return valueText(m_dimension, r.value) + QLatin1Char(' ') + r.value;
    default:
        return {};
    }
}

bool FacetListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != ValueColumn)
        return false;
    const QString& v = m_rows[index.row()].value;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(v);
    else
        m_checked.remove(v);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedValuesEdited(checkedValues());
    return true;
}

Qt::ItemFlags FacetListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Not ItemIsUserCheckable: the view toggles on a click anywhere on the row (FacetGroup).
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace streamlens::ui
