// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace streamlens::ui {

// Formats a metric of the contract (by its JSON key) for people, in the current locale:
// rates as percentages, times with units, "no data" for null.
QString formatMetric(const QString& key, const QJsonValue& value);
// Translated display name of a metric key.
QString metricName(const QString& key);

} // namespace streamlens::ui
