// SPDX-License-Identifier: MIT
#pragma once

#include "query/KpiValues.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace streamlens::query {

// KPIs per value of one dimension, groups in display order (see DimensionOrder): days
// chronologically, hours 0–23, weekdays mon..sun, age bands, resolutions low to high,
// outcomes as listed; other dimensions by attempts, largest first, ties by name. Only groups
// with sessions are listed; sessions whose value is null form the group "" (listed last).
struct GroupedKpis {
    std::string dimension;
    std::vector<std::string> keys;
    std::vector<KpiValues> values;
    bool cancelled = false;

    size_t size() const { return keys.size(); }
    // The group's values, or nullopt when the key is not a group.
    std::optional<KpiValues> find(std::string_view key) const;
    // {"by": dimension, "groups": {key: {metric: value, ...}, ...}}. A JSON object has no
    // order: readers that need the display order use toJsonArray().
    QJsonObject toJson() const;
    // [{"key": key, metric: value, ...}, ...] in display order.
    QJsonArray toJsonArray() const;
    bool operator==(const GroupedKpis&) const = default;
};

} // namespace streamlens::query
