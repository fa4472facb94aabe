// SPDX-License-Identifier: MIT
#pragma once

#include "stats/ConfidenceInterval.h"
#include "stats/Expected.h"

#include <cstdint>
#include <span>
#include <vector>

namespace streamlens::stats {

// Which estimator of skewness/kurtosis (the three of Joanes & Gill 1998, numbered as
// e1071::skewness(type =)). Kurtosis is always the excess kurtosis (normal = 0).
enum class MomentType {
    Moment = 1,         // g1 = m3/m2^1.5, g2 = m4/m2² − 3 (population moments)
    SampleAdjusted = 2, // G1, G2: the unbiased-under-normality forms of SAS, SPSS and Excel
    Minitab = 3,        // b1 = m3/s³, b2 = m4/s⁴ − 3 (s with n − 1); e1071's default
};

struct Quartiles {
    double q1 = 0.0;
    double median = 0.0;
    double q3 = 0.0;
};

// Summary statistics of one sample. Built once (sorts a copy), then every query is O(1)
// except quantile() which is O(1) on the sorted copy.
class Descriptive {
public:
    // Fails on an empty sample or any NaN/infinite value (callers drop nulls first).
    static Expected<Descriptive> of(std::span<const double> values);

    int64_t n() const { return static_cast<int64_t>(m_sorted.size()); }
    double sum() const { return m_sum; }
    double mean() const { return m_mean; }
    double min() const { return m_sorted.front(); }
    double max() const { return m_sorted.back(); }
    // Sample variance and standard deviation with the n − 1 denominator; need n ≥ 2.
    Expected<double> variance() const;
    Expected<double> sd() const;

    // R's quantile(type = 7): linear interpolation between order statistics at (n − 1)p.
    Expected<double> quantile(double p) const;
    double median() const { return quantileSorted(m_sorted, 0.5); }
    Quartiles quartiles() const;
    double iqr() const;

    // Need n ≥ 3 (skewness) / n ≥ 4 (kurtosis) for SampleAdjusted, and a non-zero variance.
    Expected<double> skewness(MomentType type = MomentType::SampleAdjusted) const;
    Expected<double> kurtosis(MomentType type = MomentType::SampleAdjusted) const;

    // mean ± t(1 − α/2, n − 1)·s/√n, as R's t.test(x)$conf.int; needs n ≥ 2.
    Expected<ConfidenceInterval> meanConfidenceInterval(double level = 0.95) const;

    const std::vector<double>& sorted() const { return m_sorted; }

    // Type-7 quantile of an already sorted, non-empty sample; p in [0, 1].
    static double quantileSorted(std::span<const double> sorted, double p);

private:
    std::vector<double> m_sorted;
    double m_sum = 0.0;
    double m_mean = 0.0;
    // Central moments with denominator n: m2, m3, m4.
    double m_m2 = 0.0;
    double m_m3 = 0.0;
    double m_m4 = 0.0;
};

} // namespace streamlens::stats
