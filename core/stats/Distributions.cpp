// SPDX-License-Identifier: MIT
#include "stats/Distributions.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace streamlens::stats::dist {

namespace {
// Errors become NaN/inf rather than exceptions; overflow to infinity is a valid answer for
// quantiles at 0 or 1.
using Policy = boost::math::policies::policy<
    boost::math::policies::domain_error<boost::math::policies::ignore_error>,
    boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
    boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

using Normal = boost::math::normal_distribution<double, Policy>;
using StudentT = boost::math::students_t_distribution<double, Policy>;
using ChiSquared = boost::math::chi_squared_distribution<double, Policy>;
using FisherF = boost::math::fisher_f_distribution<double, Policy>;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

double normalCdf(double z)
{
    if (std::isnan(z))
        return kNaN;
    if (std::isinf(z))
        return z > 0 ? 1.0 : 0.0;
    return boost::math::cdf(Normal(), z);
}

double normalUpper(double z)
{
    if (std::isnan(z))
        return kNaN;
    if (std::isinf(z))
        return z > 0 ? 0.0 : 1.0;
    return boost::math::cdf(boost::math::complement(Normal(), z));
}

double normalQuantile(double p)
{
    if (!(p >= 0.0 && p <= 1.0))
        return kNaN;
    if (p == 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p == 1.0)
        return std::numeric_limits<double>::infinity();
    return boost::math::quantile(Normal(), p);
}

double normalTwoSided(double z)
{
    return std::min(1.0, 2.0 * normalUpper(std::fabs(z)));
}

double tCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    return boost::math::cdf(StudentT(df), t);
}

double tUpper(double t, double df)
{
    if (std::isnan(t) || !(df > 0))
        return kNaN;
    if (std::isinf(t))
        return t > 0 ? 0.0 : 1.0;
    return boost::math::cdf(boost::math::complement(StudentT(df), t));
}

double tQuantile(double p, double df)
{
    if (!(p > 0.0 && p < 1.0) || !(df > 0))
        return kNaN;
    return boost::math::quantile(StudentT(df), p);
}

double tTwoSided(double t, double df)
{
    return std::min(1.0, 2.0 * tUpper(std::fabs(t), df));
}

double chiSquaredUpper(double x, double df)
{
    if (std::isnan(x) || !(df > 0))
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return boost::math::cdf(boost::math::complement(ChiSquared(df), x));
}

double fUpper(double x, double df1, double df2)
{
    if (std::isnan(x) || !(df1 > 0) || !(df2 > 0))
        return kNaN;
    if (x <= 0.0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    return boost::math::cdf(boost::math::complement(FisherF(df1, df2), x));
}

} // namespace streamlens::stats::dist
