// SPDX-License-Identifier: MIT
#include "stats/Descriptive.h"

#include "stats/Distributions.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace streamlens::stats {

Expected<Descriptive> Descriptive::of(std::span<const double> values)
{
    if (values.empty())
        return Expected<Descriptive>::failure("no observations");
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            return Expected<Descriptive>::failure("value " + std::to_string(i) +
                                                  " is not a finite number");
    }
    Descriptive d;
    d.m_sorted.assign(values.begin(), values.end());
    std::sort(d.m_sorted.begin(), d.m_sorted.end());

    // Two passes in long double, the second correcting the mean as R's mean() does, so
    // results agree with R to the last few bits even for large offsets.
    const auto n = static_cast<long double>(values.size());
    long double s = 0.0L;
    for (double v : values)
        s += v;
    long double mean = s / n;
    long double corr = 0.0L;
    for (double v : values)
        corr += v - mean;
    mean += corr / n;
    long double m2 = 0.0L, m3 = 0.0L, m4 = 0.0L;
    for (double v : values) {
        const long double dv = v - mean;
        const long double d2 = dv * dv;
        m2 += d2;
        m3 += d2 * dv;
        m4 += d2 * d2;
    }
    d.m_sum = static_cast<double>(s);
    d.m_mean = static_cast<double>(mean);
    d.m_m2 = static_cast<double>(m2 / n);
    d.m_m3 = static_cast<double>(m3 / n);
    d.m_m4 = static_cast<double>(m4 / n);
    return d;
}

Expected<double> Descriptive::variance() const
{
    if (n() < 2)
        return Expected<double>::failure("variance needs at least 2 observations, got " +
                                         std::to_string(n()));
    const auto nn = static_cast<double>(n());
    return m_m2 * nn / (nn - 1.0);
}

Expected<double> Descriptive::sd() const
{
    auto v = variance();
    if (!v)
        return Expected<double>::failure(v.error());
    return std::sqrt(*v);
}

double Descriptive::quantileSorted(std::span<const double> sorted, double p)
{
    // Same arithmetic as R's quantile.default type 7: index = 1 + (n − 1)p,
    // q = (1 − h)·x[lo] + h·x[hi], skipped when the two order statistics are equal.
    const auto n = sorted.size();
    const double index = static_cast<double>(n - 1) * p;
    const double lo = std::floor(index);
    const double hi = std::ceil(index);
    const double xlo = sorted[static_cast<size_t>(lo)];
    const double xhi = sorted[static_cast<size_t>(hi)];
    if (index > lo && xhi != xlo) {
        const double h = index - lo;
        return (1.0 - h) * xlo + h * xhi;
    }
    return xlo;
}

Expected<double> Descriptive::quantile(double p) const
{
    if (!(p >= 0.0 && p <= 1.0))
        return Expected<double>::failure("quantile probability must lie in [0, 1]");
    return quantileSorted(m_sorted, p);
}

Quartiles Descriptive::quartiles() const
{
    return {quantileSorted(m_sorted, 0.25), quantileSorted(m_sorted, 0.5),
            quantileSorted(m_sorted, 0.75)};
}

double Descriptive::iqr() const
{
    return quantileSorted(m_sorted, 0.75) - quantileSorted(m_sorted, 0.25);
}

Expected<double> Descriptive::skewness(MomentType type) const
{
    const auto nn = static_cast<double>(n());
    const int64_t need = type == MomentType::SampleAdjusted ? 3 : 2;
    if (n() < need)
        return Expected<double>::failure("skewness needs at least " + std::to_string(need) +
                                         " observations, got " + std::to_string(n()));
    if (!(m_m2 > 0.0))
        return Expected<double>::failure("skewness is undefined: all values are equal");
    const double g1 = m_m3 / std::pow(m_m2, 1.5);
    switch (type) {
    case MomentType::Moment:
        return g1;
    case MomentType::SampleAdjusted:
        return g1 * std::sqrt(nn * (nn - 1.0)) / (nn - 2.0);
    case MomentType::Minitab:
        return g1 * std::pow((nn - 1.0) / nn, 1.5);
    }
    return g1;
}

Expected<double> Descriptive::kurtosis(MomentType type) const
{
    const auto nn = static_cast<double>(n());
    const int64_t need = type == MomentType::SampleAdjusted ? 4 : 2;
    if (n() < need)
        return Expected<double>::failure("kurtosis needs at least " + std::to_string(need) +
                                         " observations, got " + std::to_string(n()));
    if (!(m_m2 > 0.0))
        return Expected<double>::failure("kurtosis is undefined: all values are equal");
    const double g2 = m_m4 / (m_m2 * m_m2) - 3.0;
    switch (type) {
    case MomentType::Moment:
        return g2;
    case MomentType::SampleAdjusted:
        return ((nn + 1.0) * g2 + 6.0) * (nn - 1.0) / ((nn - 2.0) * (nn - 3.0));
    case MomentType::Minitab: {
        const double f = 1.0 - 1.0 / nn;
        return (g2 + 3.0) * f * f - 3.0;
    }
    }
    return g2;
}

Expected<ConfidenceInterval> Descriptive::meanConfidenceInterval(double level) const
{
    if (!(level > 0.0 && level < 1.0))
        return Expected<ConfidenceInterval>::failure("confidence level must lie in (0, 1)");
    auto s = sd();
    if (!s)
        return Expected<ConfidenceInterval>::failure("confidence interval of the mean: " +
                                                     s.error());
    const auto nn = static_cast<double>(n());
    const double half = dist::tQuantile(0.5 + level / 2.0, nn - 1.0) * *s / std::sqrt(nn);
    return ConfidenceInterval{m_mean - half, m_mean + half, level};
}

} // namespace streamlens::stats
