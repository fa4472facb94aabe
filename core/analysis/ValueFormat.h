// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/Variable.h"

#include <optional>
#include <string>

namespace streamlens::analysis {

// Human text for values in sentences and tables: startup times in s above a second, rates
// as percentages, counts with two decimals... Null (absent or non-finite) is "n/a".
class ValueFormat {
public:
    static std::string value(double v, Unit unit);
    static std::string value(const std::optional<double>& v, Unit unit);
    // A number with `significant` significant digits, trailing zeros dropped ("0.0123",
    // "41.2", "1843", "1.9").
    static std::string number(double v, int significant = 3);
    // Fixed decimals.
    static std::string fixed(double v, int decimals);
    // A probability as APA writes it ("p < .001").
    static std::string p(double p);
    // The same for a table cell: "< .001", ".034".
    static std::string pCell(double p);
};

} // namespace streamlens::analysis
