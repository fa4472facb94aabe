// SPDX-License-Identifier: MIT
#pragma once

#include "stats/ConfidenceInterval.h"
#include "stats/Expected.h"

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace streamlens::stats {

enum class BootstrapMethod { Percentile, BCa };

struct BootstrapOptions {
    int64_t replicates = 2000;
    double level = 0.95;
    uint64_t seed = 20240601;
    BootstrapMethod method = BootstrapMethod::BCa;
    // Worker threads for median() and ratio() (0: all cores). Each replicate draws from its
    // own seeded stream, so results do not depend on the thread count.
    int threads = 0;
};

struct BootstrapResult {
    double estimate = 0.0; // the statistic on the original sample
    ConfidenceInterval interval;
    BootstrapMethod method = BootstrapMethod::BCa; // the method actually used
    int64_t replicates = 0;                        // finite replicates used
    uint64_t seed = 0;
    double standardError = 0.0; // sd of the replicates
    double bias = 0.0;          // mean of replicates − estimate
    std::string note;           // why a method fell back, dropped replicates …
};

// Seeded nonparametric bootstrap resampling whole units (sessions). Intervals follow
// boot::boot.ci exactly — the percentile and BCa endpoints interpolate between order
// statistics on the normal-quantile scale (boot's norm.inter), and BCa's acceleration comes
// from jackknife influence values (boot's empinf(type = "jack")) — so given the same
// replicates the endpoints equal R's.
class Bootstrap {
public:
    // Statistic of a resample described by the unit indices drawn (with repetition).
    using Statistic = std::function<double(std::span<const int64_t> indices)>;

    // Median (type 7) of the values.
    static Expected<BootstrapResult> median(std::span<const double> values,
                                            const BootstrapOptions& options = {});
    // Ratio estimator Σ numerator / Σ denominator over units, e.g. rebuffering ratio with
    // numerator = rebuffer time and denominator = playing + rebuffer time per session.
    static Expected<BootstrapResult> ratio(std::span<const double> numerator,
                                           std::span<const double> denominator,
                                           const BootstrapOptions& options = {});
    // Any statistic of n units; the jackknife for BCa costs n extra evaluations.
    static Expected<BootstrapResult> run(int64_t units, const Statistic& statistic,
                                         const BootstrapOptions& options = {});

    // boot:::perc.ci on given replicates.
    static Expected<ConfidenceInterval> percentileInterval(std::span<const double> replicates,
                                                           double level);
    // boot:::bca.ci on given replicates and influence values L.
    static Expected<ConfidenceInterval> bcaInterval(double estimate,
                                                    std::span<const double> replicates,
                                                    std::span<const double> influence,
                                                    double level);
    // Jackknife influence values L_i = (n − 1)(mean of θ₍₋ⱼ₎ − θ₍₋ᵢ₎) from leave-one-out values.
    static std::vector<double> jackknifeInfluence(std::span<const double> leaveOneOut);

private:
    static Expected<BootstrapResult> finish(double estimate, std::vector<double> replicates,
                                            const std::vector<double>& leaveOneOut,
                                            const BootstrapOptions& options);
};

} // namespace streamlens::stats
