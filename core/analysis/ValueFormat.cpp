// SPDX-License-Identifier: MIT
#include "analysis/ValueFormat.h"

#include "stats/TestResult.h"

#include <cmath>
#include <cstdio>

namespace streamlens::analysis {

std::string ValueFormat::fixed(double v, int decimals)
{
    if (!std::isfinite(v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s == "-0" || (s.rfind("-0.", 0) == 0 && s.find_first_not_of("-0.") == std::string::npos))
        s.erase(0, 1); // "-0.00" reads as a sign error
    return s;
}

std::string ValueFormat::number(double v, int significant)
{
    if (!std::isfinite(v))
        return "n/a";
    if (v == 0)
        return "0";
    const double magnitude = std::floor(std::log10(std::fabs(v)));
    const int decimals = std::max(0, significant - 1 - static_cast<int>(magnitude));
    std::string s = fixed(v, std::min(decimals, 12));
    // Trailing zeros say nothing here ("1.90" → "1.9", "95.0" → "95").
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    return s;
}

std::string ValueFormat::value(double v, Unit unit)
{
    if (!std::isfinite(v))
        return "n/a";
    switch (unit) {
    case Unit::Milliseconds:
        if (std::fabs(v) >= 1000)
            return number(v / 1000.0) + " s";
        return fixed(v, 0) + " ms";
    case Unit::Seconds:
        if (std::fabs(v) >= 600)
            return fixed(v / 60.0, 1) + " min";
        return number(v) + " s";
    case Unit::Hours:
        return number(v) + " h";
    case Unit::LogSeconds:
        return fixed(v, 3) + " (log s)";
    case Unit::Fraction:
        return number(100.0 * v) + " %";
    case Unit::Percent:
        return number(v) + " %";
    case Unit::Kbps:
        return fixed(v, 0) + " kbps";
    case Unit::Lines:
        return fixed(v, 0) + "p";
    case Unit::Years:
        return fixed(v, 1) + " years";
    case Unit::Usd:
        return "$" + fixed(v, 2);
    case Unit::Count:
    case Unit::None:
        break;
    }
    return number(v);
}

std::string ValueFormat::value(const std::optional<double>& v, Unit unit)
{
    return v ? value(*v, unit) : "n/a";
}

std::string ValueFormat::p(double p)
{
    return stats::TestResult::formatP(p);
}

std::string ValueFormat::pCell(double p)
{
    const std::string s = stats::TestResult::formatP(p);
    if (s.rfind("p = ", 0) == 0)
        return s.substr(4);
    return s.rfind("p ", 0) == 0 ? s.substr(2) : s;
}

} // namespace streamlens::analysis
