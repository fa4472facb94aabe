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
    // A plain number with a sensible number of significant digits ("0.0123", "41.2", "1843").
    static std::string number(double v, int significant = 3);
    // Fixed decimals.
    static std::string fixed(double v, int decimals);
    // A probability as APA writes it ("p < .001").
    static std::string p(double p);
};

} // namespace streamlens::analysis
