// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace streamlens::stats {

// The outcome of one hypothesis test, in the shape the CLI and the GUI report.
// Field names follow the JSON keys so output and code read alike.
struct TestResult {
    std::string test;           // "Welch two-sample t test", …
    std::string statistic_name; // symbol used in apa(): "t", "W", "F", "H", "χ²", "z", "r", "S"
    double statistic = 0.0;
    std::optional<double> df, df2;
    double p_value = 1.0;
    std::optional<double> effect_size;
    std::string effect_size_name; // "Cohen's d", "rank-biserial r", "eta-squared", …
    std::optional<double> ci_low, ci_high;
    std::string ci_name; // what the interval is about ("mean difference x − y", …)
    double ci_level = 0.95;
    std::vector<int64_t> group_sizes;
    std::string method_note; // approximation used, corrections, warnings

    // Keys: test, statistic, df, p_value, effect_size, effect_size_name, ci_low, ci_high, n,
    // plus statistic_name, df2, ci_name, ci_level, method_note. Absent values are null.
    QJsonObject toJson() const;

    // APA-style one-liner, e.g. "t(1843.2) = 12.40, p < .001, d = 0.41".
    std::string apa() const;

    // APA p formatting: "p < .001" or "p = .034" (no leading zero).
    static std::string formatP(double p);
};

} // namespace streamlens::stats
