// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::stats {

// Thin wrappers over Boost.Math distributions. Upper tails use Boost's complement so that
// small p-values keep their relative accuracy (as R's lower.tail = FALSE does).
// Callers validate parameters; out-of-domain arguments return NaN instead of throwing.
namespace dist {

double normalCdf(double z);
double normalUpper(double z);
double normalQuantile(double p);

double tCdf(double t, double df);
double tUpper(double t, double df);
double tQuantile(double p, double df);
// Two-sided p-value 2·P(T > |t|).
double tTwoSided(double t, double df);

double chiSquaredUpper(double x, double df);
double fUpper(double x, double df1, double df2);

// Two-sided p-value 2·P(Z > |z|).
double normalTwoSided(double z);

} // namespace dist
} // namespace streamlens::stats
