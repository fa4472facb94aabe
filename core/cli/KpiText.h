// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>

#include <string>
#include <vector>

namespace streamlens::cli {

// How the terminal shows one metric of the contract's table.
struct MetricColumn {
    const char* key;   // contract JSON key
    const char* label; // column header
};

// Every metric, in the contract's order.
const std::vector<MetricColumn>& allMetricColumns();
// The few that fit side by side in a breakdown table.
const std::vector<MetricColumn>& breakdownMetricColumns();

// Human text for a metric value: rates as percentages, times in ms, null as "no data".
std::string formatMetric(const char* key, const QJsonValue& value);

} // namespace streamlens::cli
