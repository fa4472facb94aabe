// SPDX-License-Identifier: MIT
#include "query/GroupedKpis.h"

namespace streamlens::query {

std::optional<KpiValues> GroupedKpis::find(std::string_view key) const
{
    for (size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key)
            return values[i];
    return std::nullopt;
}

QJsonObject GroupedKpis::toJson() const
{
    QJsonObject groups;
    for (size_t i = 0; i < keys.size(); ++i)
        groups[QString::fromStdString(keys[i])] = values[i].toJson();
    return QJsonObject{{"by", QString::fromStdString(dimension)}, {"groups", groups}};
}

QJsonArray GroupedKpis::toJsonArray() const
{
    QJsonArray array;
    for (size_t i = 0; i < keys.size(); ++i) {
        QJsonObject row = values[i].toJson();
        row["key"] = QString::fromStdString(keys[i]);
        array.append(row);
    }
    return array;
}

} // namespace streamlens::query
