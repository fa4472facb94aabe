// SPDX-License-Identifier: MIT
#include "filters/FilterText.h"

#include "query/DimensionLabels.h"
#include "query/Measure.h"
#include "query/UtcCalendar.h"

#include <QCoreApplication>
#include <QLocale>

namespace streamlens::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FilterText", text);
}

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString scaled(int64_t stored, int64_t scale)
{
    return QLocale().toString(static_cast<double>(stored) / static_cast<double>(scale), 'g', 12);
}
} // namespace

QString dimensionTitle(query::DimensionId dimension)
{
    return query::dimensionLabel(dimension);
}

QString dimensionKey(query::DimensionId dimension)
{
    return fromView(query::dimensionInfo(dimension).name);
}

QString valueText(query::DimensionId dimension, const QString& value)
{
    return query::valueLabel(dimension, value);
}

QString valueText(query::DimensionId dimension, const std::string& value)
{
    return query::valueLabel(dimension, std::string_view(value));
}

QString dayText(int64_t day)
{
    return QString::fromStdString(query::formatIsoDate(day));
}

QString conditionChipText(const query::DimensionCondition& condition)
{
    QStringList values;
    for (const auto& v : condition.values)
        values << valueText(condition.dimension, v);
    const QString key = dimensionTitle(condition.dimension);
    return condition.negated ? tr("%1 not: %2").arg(key, values.join(QStringLiteral(", ")))
                             : tr("%1: %2").arg(key, values.join(QStringLiteral(", ")));
}

QString rangeChipText(const query::MeasureRange& range)
{
    const auto& info = query::measureInfo(range.measure);
    const QString name = fromView(info.name);
    if (range.min && range.max)
        return tr("%1: %2 – %3")
            .arg(name, scaled(*range.min, info.scale), scaled(*range.max, info.scale));
    if (range.min)
        return tr("%1 ≥ %2").arg(name, scaled(*range.min, info.scale));
    return tr("%1 < %2").arg(name, scaled(range.max.value_or(0), info.scale));
}

QString timeChipText(std::optional<int64_t> fromMs, std::optional<int64_t> toMs)
{
    // The range is [from, to): the last day shown is the one holding to - 1 ms.
    const auto firstDay =
        fromMs ? std::optional(query::floorDiv(*fromMs, query::kMsPerDay)) : std::nullopt;
    const auto lastDay =
        toMs ? std::optional(query::floorDiv(*toMs - 1, query::kMsPerDay)) : std::nullopt;
    if (firstDay && lastDay)
        return *firstDay == *lastDay ? dayText(*firstDay)
                                     : tr("%1 – %2").arg(dayText(*firstDay), dayText(*lastDay));
    if (firstDay)
        return tr("from %1").arg(dayText(*firstDay));
    if (lastDay)
        return tr("until %1").arg(dayText(*lastDay));
    return QString();
}

} // namespace streamlens::ui
