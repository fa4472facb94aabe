// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

namespace streamlens::summary {

// Words and numbers of the Overview's sentences, in the current language and QLocale():
// metric names, values with their units, changes, p-values and period lengths.
namespace SummaryText {

QString tr(const char* text);
QString metricName(std::string_view key);
// "2.41 %", "1.32 s", "3,412 kbps", "12,345 h", "1,234,567".
QString value(std::string_view key, double v);
// "+3.2 %" / "−0.8 %" (relative change as a percentage with a sign).
QString signedPercent(double fraction);
// "< 0.001" or "0.034".
QString pValue(double p);
// "p < 0.001" or "p = 0.034", for sentences.
QString pClause(double p);
// "7 days", "36 hours", "day" (reads "the previous day").
QString periodLength(int64_t ms);
// "2.4×".
QString times(double factor);
QString percent(double fraction, int decimals = 1);

} // namespace SummaryText

} // namespace streamlens::summary
