// SPDX-License-Identifier: MIT
#include "import/MappingTableModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace streamlens::ui {

using io::mapping::ColumnRule;

void MappingTableModel::setMapping(io::mapping::ColumnMapping mapping)
{
    beginResetModel();
    m_mapping = std::move(mapping);
    m_mapping.rules.resize(io::columnsOf(m_mapping.table).size());
    endResetModel();
}

void MappingTableModel::setRule(int row, const ColumnRule& rule)
{
    if (row < 0 || size_t(row) >= m_mapping.rules.size())
        return;
    m_mapping.rules[size_t(row)] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.rules.size());
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingTableModel::describeTransforms(const ColumnRule& rule)
{
    QStringList parts;
    if (!rule.nullValues.empty())
        parts << tr("null values (%L1)").arg(rule.nullValues.size());
    if (!rule.split.empty())
        parts << tr("first of list split by “%1”").arg(QString::fromStdString(rule.split));
    if (rule.caseFold == ColumnRule::Case::Lower)
        parts << tr("lower case");
    else if (rule.caseFold == ColumnRule::Case::Upper)
        parts << tr("upper case");
    if (!rule.valueMap.empty())
        parts << tr("value map (%L1)").arg(rule.valueMap.size());
    if (rule.countryName)
        parts << tr("country name → ISO code");
    if (rule.durationText)
        parts << (rule.secondsPerSeason > 0
                      ? tr("duration text, %L1 s per season").arg(rule.secondsPerSeason)
                      : tr("duration text"));
    if (!rule.dateFormat.empty())
        parts << tr("date format %1").arg(QString::fromStdString(rule.dateFormat));
    if (!rule.idTemplate.empty())
        parts << tr("template %1").arg(QString::fromStdString(rule.idTemplate));
    if (!rule.trim)
        parts << tr("no trimming");
    return parts.join(QStringLiteral(", "));
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_mapping.rules.size())
        return {};
    const auto def = io::columnsOf(m_mapping.table)[size_t(index.row())];
    const ColumnRule& rule = m_mapping.rules[size_t(index.row())];
    const bool missing = def.required && !rule.isSet();
    if (role == Qt::ForegroundRole && missing)
        return QPalette().brush(QPalette::Active, QPalette::Link); // draws the eye, any theme
    if (role == Qt::FontRole && missing) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Target:
        return QString::fromLatin1(def.name.data(), qsizetype(def.name.size()));
    case Required:
        return def.required ? tr("required") : QString();
    case Source:
        switch (rule.source) {
        case ColumnRule::Source::None:
            return missing ? tr("(needs a source or constant)") : tr("(none)");
        case ColumnRule::Source::Header:
            return QString::fromStdString(rule.header);
        case ColumnRule::Source::Position:
            return tr("column %L1").arg(rule.position + 1);
        case ColumnRule::Source::Constant:
            return tr("constant “%1”").arg(QString::fromStdString(rule.constant));
        }
        return {};
    case Transforms:
        return describeTransforms(rule);
    }
    return {};
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Target:
        return tr("Contract column");
    case Required:
        return tr("Required");
    case Source:
        return tr("Source");
    case Transforms:
        return tr("Transforms");
    }
    return {};
}

void MappingTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_mapping.rules.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace streamlens::ui
