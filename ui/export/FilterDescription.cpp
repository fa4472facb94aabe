// SPDX-License-Identifier: MIT
#include "export/FilterDescription.h"

#include "filters/FilterText.h"

#include <QCoreApplication>
#include <QStringList>

namespace streamlens::ui {

QString describeFilter(const query::Filter& filter)
{
    QStringList parts;
    for (const auto& condition : filter.conditions())
        parts << conditionChipText(condition);
    for (const auto& range : filter.ranges())
        parts << rangeChipText(range);
    if (filter.fromMs() || filter.toMs())
        parts << timeChipText(filter.fromMs(), filter.toMs());
    if (parts.isEmpty())
        return QCoreApplication::translate("FilterDescription", "none (all sessions)");
    return parts.join(QStringLiteral("; "));
}

} // namespace streamlens::ui
