// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"
#include "stats/StatsResult.h"
#include "stats/StatsTableModel.h"

#include <optional>

namespace streamlens::ui {

// The tables of a Statistics page result, texts translated and numbers in the user's
// locale: the main table (groups, coefficients, segments), the details (the test, fit and
// held-out measures, the k scan) and, for logistic models, the confusion matrix.
struct StatsTables {
    StatsTable main;
    StatsTable details;
    StatsTable confusion; // empty unless a logistic model was evaluated on held-out data

    static StatsTables of(const StatsResult& result);

    // Cells used by the tables (and the page's tests): a number with `significant`
    // significant digits, a count, a p-value ("< 0.001"), an absent value ("–").
    static StatsCell number(double v, int significant = 4);
    static StatsCell number(const std::optional<double>& v, int significant = 4);
    static StatsCell count(int64_t v);
    static StatsCell pValue(double p);
    static StatsCell text(const QString& text);
    // A value in the units the table header names: fractions as percent, others as they are.
    static StatsCell value(double v, analysis::Unit unit);
    static QString unitSuffix(analysis::Unit unit);
};

} // namespace streamlens::ui
