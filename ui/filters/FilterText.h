// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"
#include "query/Filter.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace streamlens::ui {

// Translated title of a dimension ("Device type"); see query/DimensionLabels.h.
QString dimensionTitle(query::DimensionId dimension);
// The dimension's column name as the data and the CLI spell it ("device_type").
QString dimensionKey(query::DimensionId dimension);
// A value of dimension for display ("smart_tv" reads "Smart TV", the null group "(none)").
QString valueText(query::DimensionId dimension, const QString& value);
QString valueText(query::DimensionId dimension, const std::string& value);
// A UTC day (days since 1970-01-01) as YYYY-MM-DD.
QString dayText(int64_t day);
// Chip texts: "Device type: Smart TV, Mobile", "2026-10-01 – 2026-10-14".
QString conditionChipText(const query::DimensionCondition& condition);
QString rangeChipText(const query::MeasureRange& range);
QString timeChipText(std::optional<int64_t> fromMs, std::optional<int64_t> toMs);

} // namespace streamlens::ui
