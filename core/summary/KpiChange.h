// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <optional>
#include <string>

namespace streamlens::summary {

// Whether a change is good or bad news given the KPI's polarity; Neutral when nothing
// significant changed or the KPI has no better direction (attempts).
enum class ChangeDirection { Neutral, Good, Bad };

// One tile of the Overview: the KPI in the current period, in the previous period of equal
// length, the change, and the test that decides whether the change is real.
struct KpiChange {
    std::string key; // contract JSON key
    std::optional<double> value;
    std::optional<double> previous; // nullopt without a previous period or without data
    std::optional<double> absoluteChange;
    std::optional<double> relativeChange;  // fraction: 0.032 = +3.2 %
    std::string test;                      // name of the test; empty when none could run
    std::string testNote;                  // why no test ran, or the approximation used
    std::optional<double> pValue;          // raw
    std::optional<double> pAdjusted;       // Holm over the tiles that were tested
    int comparisons = 0;                   // size of the Holm family
    bool statisticallySignificant = false; // pAdjusted < alpha
    bool practicallyRelevant = false;      // |relative change| ≥ the relevance floor
    bool significant = false;              // both: the tile may be coloured
    ChangeDirection direction = ChangeDirection::Neutral;

    QJsonObject toJson() const;
};

const char* directionName(ChangeDirection direction);

} // namespace streamlens::summary
