// SPDX-License-Identifier: MIT
#include "stats/Bootstrap.h"

#include "stats/Descriptive.h"
#include "stats/Distributions.h"
#include "stats/Random.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace streamlens::stats {

namespace {

Expected<BootstrapResult> fail(const std::string& message)
{
    return Expected<BootstrapResult>::failure(message);
}

std::string checkOptions(const BootstrapOptions& o)
{
    if (o.replicates < 100)
        return "bootstrap needs at least 100 replicates";
    if (!(o.level > 0.0 && o.level < 1.0))
        return "confidence level must lie in (0, 1)";
    return {};
}

// boot:::norm.inter for one alpha on sorted replicates.
Expected<double> normInter(const std::vector<double>& sorted, double alpha)
{
    const auto r = static_cast<int64_t>(sorted.size());
    const double rk = static_cast<double>(r + 1) * alpha;
    const auto k = static_cast<int64_t>(std::trunc(rk));
    if (!(rk > 1.0 && rk < static_cast<double>(r)))
        return Expected<double>::failure(
            "too few bootstrap replicates for this confidence level (extreme order statistics "
            "would be the endpoints): increase the number of replicates");
    if (static_cast<double>(k) == rk)
        return sorted[static_cast<size_t>(k - 1)];
    const double t1 = dist::normalQuantile(alpha);
    const double t2 = dist::normalQuantile(static_cast<double>(k) / static_cast<double>(r + 1));
    const double t3 = dist::normalQuantile(static_cast<double>(k + 1) / static_cast<double>(r + 1));
    const double tk = sorted[static_cast<size_t>(k - 1)];
    const double tk1 = sorted[static_cast<size_t>(k)];
    return tk + (t1 - t2) / (t3 - t2) * (tk1 - tk);
}

// Replicate r's own generator: results are identical whatever the thread count.
Random replicateRng(uint64_t seed, int64_t r)
{
    uint64_t s = seed + 0x9E3779B97F4A7C15ull * static_cast<uint64_t>(r + 1);
    return Random(Random::splitmix64(s));
}

std::vector<double> finiteSorted(std::span<const double> t)
{
    std::vector<double> s;
    s.reserve(t.size());
    for (double v : t)
        if (std::isfinite(v))
            s.push_back(v);
    std::sort(s.begin(), s.end());
    return s;
}

} // namespace

std::vector<double> Bootstrap::jackknifeInfluence(std::span<const double> leaveOneOut)
{
    const auto n = static_cast<double>(leaveOneOut.size());
    long double s = 0.0L;
    for (double v : leaveOneOut)
        s += v;
    const auto mean = static_cast<double>(s / n);
    std::vector<double> l(leaveOneOut.size());
    for (size_t i = 0; i < l.size(); ++i)
        l[i] = (n - 1.0) * (mean - leaveOneOut[i]);
    return l;
}

Expected<ConfidenceInterval> Bootstrap::percentileInterval(std::span<const double> replicates,
                                                           double level)
{
    const auto sorted = finiteSorted(replicates);
    const double a = (1.0 - level) / 2.0;
    auto lo = normInter(sorted, a);
    auto hi = normInter(sorted, 1.0 - a);
    if (!lo || !hi)
        return Expected<ConfidenceInterval>::failure(lo ? hi.error() : lo.error());
    return ConfidenceInterval{*lo, *hi, level};
}

Expected<ConfidenceInterval> Bootstrap::bcaInterval(double estimate,
                                                    std::span<const double> replicates,
                                                    std::span<const double> influence, double level)
{
    const auto sorted = finiteSorted(replicates);
    if (sorted.empty())
        return Expected<ConfidenceInterval>::failure("no finite bootstrap replicates");
    const auto below = std::lower_bound(sorted.begin(), sorted.end(), estimate) - sorted.begin();
    const double w =
        dist::normalQuantile(static_cast<double>(below) / static_cast<double>(sorted.size()));
    if (!std::isfinite(w))
        return Expected<ConfidenceInterval>::failure(
            "BCa bias correction is infinite: the estimate lies outside all replicates");
    long double s2 = 0.0L, s3 = 0.0L;
    for (double l : influence) {
        s2 += static_cast<long double>(l) * l;
        s3 += static_cast<long double>(l) * l * l;
    }
    const double a = static_cast<double>(s3 / (6.0L * std::pow(s2, 1.5L)));
    if (!std::isfinite(a))
        return Expected<ConfidenceInterval>::failure(
            "BCa acceleration is undefined: the jackknife influence values are all zero or "
            "not finite");
    double ends[2];
    const double alphas[2] = {(1.0 - level) / 2.0, (1.0 + level) / 2.0};
    for (int i = 0; i < 2; ++i) {
        const double z = dist::normalQuantile(alphas[i]);
        const double adj = dist::normalCdf(w + (w + z) / (1.0 - a * (w + z)));
        auto e = normInter(sorted, adj);
        if (!e)
            return Expected<ConfidenceInterval>::failure(e.error());
        ends[i] = *e;
    }
    return ConfidenceInterval{ends[0], ends[1], level};
}

Expected<BootstrapResult> Bootstrap::finish(double estimate, std::vector<double> replicates,
                                            const std::vector<double>& leaveOneOut,
                                            const BootstrapOptions& options)
{
    BootstrapResult r;
    r.estimate = estimate;
    r.seed = options.seed;
    const auto total = static_cast<int64_t>(replicates.size());
    std::erase_if(replicates, [](double v) { return !std::isfinite(v); });
    r.replicates = static_cast<int64_t>(replicates.size());
    if (r.replicates < total)
        r.note = std::to_string(total - r.replicates) +
                 " replicates had an undefined statistic and were dropped. ";
    if (r.replicates < 2)
        return fail("fewer than 2 bootstrap replicates have a defined statistic");
    long double s = 0.0L;
    for (double v : replicates)
        s += v;
    const auto mean = static_cast<double>(s / static_cast<long double>(replicates.size()));
    long double ss = 0.0L;
    for (double v : replicates)
        ss += static_cast<long double>(v - mean) * (v - mean);
    r.standardError = std::sqrt(static_cast<double>(ss / (replicates.size() - 1)));
    r.bias = mean - estimate;

    r.method = options.method;
    if (options.method == BootstrapMethod::BCa) {
        const auto influence = jackknifeInfluence(leaveOneOut);
        auto ci = bcaInterval(estimate, replicates, influence, options.level);
        if (ci) {
            r.interval = *ci;
            return r;
        }
        r.note += ci.error() + "; percentile interval reported instead.";
        r.method = BootstrapMethod::Percentile;
    }
    auto ci = percentileInterval(replicates, options.level);
    if (!ci)
        return fail(ci.error());
    r.interval = *ci;
    return r;
}

Expected<BootstrapResult> Bootstrap::median(std::span<const double> values,
                                            const BootstrapOptions& options)
{
    if (auto e = checkOptions(options); !e.empty())
        return fail(e);
    auto d = Descriptive::of(values);
    if (!d)
        return fail(d.error());
    const auto& sorted = d->sorted();
    const auto n = static_cast<int64_t>(sorted.size());
    if (n < 2)
        return fail("bootstrap needs at least 2 observations");

    // A resample is summarised by how often each sorted position was drawn; its type-7
    // median is then found by walking the cumulative counts (O(n), no sorting).
    std::vector<double> reps(static_cast<size_t>(options.replicates));
    const auto lowPos = static_cast<uint32_t>((n - 1) / 2); // lower middle order statistic
    const auto highPos = static_cast<uint32_t>(n / 2);      // upper (same when n is odd)
    parallelFor(reps.size(), options.threads, 16, [&](size_t begin, size_t end, int) {
        std::vector<uint32_t> counts(static_cast<size_t>(n));
        for (size_t r = begin; r < end; ++r) {
            Random rng = replicateRng(options.seed, static_cast<int64_t>(r));
            std::fill(counts.begin(), counts.end(), 0u);
            for (int64_t j = 0; j < n; ++j)
                ++counts[static_cast<size_t>(rng.below(static_cast<uint64_t>(n)))];
            double lowValue = 0.0, highValue = 0.0;
            uint64_t cum = 0;
            bool haveLow = false;
            for (size_t p = 0; p < counts.size(); ++p) {
                cum += counts[p];
                if (!haveLow && cum > lowPos) {
                    lowValue = sorted[p];
                    haveLow = true;
                }
                if (cum > highPos) {
                    highValue = sorted[p];
                    break;
                }
            }
            // Same arithmetic as Descriptive::quantileSorted(…, 0.5).
            reps[r] = lowValue == highValue ? lowValue : 0.5 * lowValue + 0.5 * highValue;
        }
    });
    // Leaving out sorted position i: the median of the remaining n − 1 sorted values.
    std::vector<double> loo(static_cast<size_t>(n));
    std::vector<double> rest(sorted.begin() + 1, sorted.end());
    for (int64_t i = 0; i < n; ++i) {
        if (i > 0)
            rest[static_cast<size_t>(i - 1)] = sorted[static_cast<size_t>(i - 1)];
        loo[static_cast<size_t>(i)] = Descriptive::quantileSorted(rest, 0.5);
    }
    return finish(d->median(), std::move(reps), loo, options);
}

Expected<BootstrapResult> Bootstrap::ratio(std::span<const double> numerator,
                                           std::span<const double> denominator,
                                           const BootstrapOptions& options)
{
    if (auto e = checkOptions(options); !e.empty())
        return fail(e);
    if (numerator.size() != denominator.size())
        return fail("numerator and denominator must have one value per unit (sizes " +
                    std::to_string(numerator.size()) + " and " +
                    std::to_string(denominator.size()) + ")");
    const auto n = static_cast<int64_t>(numerator.size());
    if (n < 2)
        return fail("bootstrap needs at least 2 units");
    long double sn = 0.0L, sd = 0.0L;
    for (int64_t i = 0; i < n; ++i) {
        const double a = numerator[static_cast<size_t>(i)];
        const double b = denominator[static_cast<size_t>(i)];
        if (!std::isfinite(a) || !std::isfinite(b))
            return fail("unit " + std::to_string(i) + " has a non-finite value");
        sn += a;
        sd += b;
    }
    if (sd == 0.0L)
        return fail("the denominator sums to zero: the ratio is undefined");

    std::vector<double> reps(static_cast<size_t>(options.replicates));
    parallelFor(reps.size(), options.threads, 16, [&](size_t begin, size_t end, int) {
        for (size_t r = begin; r < end; ++r) {
            Random rng = replicateRng(options.seed, static_cast<int64_t>(r));
            long double a = 0.0L, b = 0.0L;
            for (int64_t j = 0; j < n; ++j) {
                const auto i = static_cast<size_t>(rng.below(static_cast<uint64_t>(n)));
                a += numerator[i];
                b += denominator[i];
            }
            reps[r] =
                b == 0.0L ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(a / b);
        }
    });
    std::vector<double> loo(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        const long double b = sd - denominator[static_cast<size_t>(i)];
        loo[static_cast<size_t>(i)] =
            b == 0.0L ? std::numeric_limits<double>::quiet_NaN()
                      : static_cast<double>((sn - numerator[static_cast<size_t>(i)]) / b);
    }
    BootstrapOptions o = options;
    if (std::any_of(loo.begin(), loo.end(), [](double v) { return !std::isfinite(v); }))
        o.method = BootstrapMethod::Percentile; // jackknife undefined: only one unit has weight
    auto r = finish(static_cast<double>(sn / sd), std::move(reps), loo, o);
    if (r && o.method != options.method)
        r.value().note += "BCa needs every leave-one-out ratio defined; percentile used.";
    return r;
}

Expected<BootstrapResult> Bootstrap::run(int64_t units, const Statistic& statistic,
                                         const BootstrapOptions& options)
{
    if (auto e = checkOptions(options); !e.empty())
        return fail(e);
    if (units < 2)
        return fail("bootstrap needs at least 2 units");
    std::vector<int64_t> idx(static_cast<size_t>(units));
    std::iota(idx.begin(), idx.end(), int64_t{0});
    const double estimate = statistic(idx);
    if (!std::isfinite(estimate))
        return fail("the statistic is undefined on the full sample");

    // Sequential: the caller's statistic need not be thread-safe. Same per-replicate streams
    // as median() and ratio().
    std::vector<double> reps(static_cast<size_t>(options.replicates));
    for (size_t r = 0; r < reps.size(); ++r) {
        Random rng = replicateRng(options.seed, static_cast<int64_t>(r));
        for (auto& i : idx)
            i = static_cast<int64_t>(rng.below(static_cast<uint64_t>(units)));
        reps[r] = statistic(idx);
    }
    std::vector<double> loo;
    if (options.method == BootstrapMethod::BCa) {
        loo.resize(static_cast<size_t>(units));
        std::vector<int64_t> rest(static_cast<size_t>(units - 1));
        for (int64_t i = 0; i < units; ++i) {
            for (int64_t j = 0, k = 0; j < units; ++j)
                if (j != i)
                    rest[static_cast<size_t>(k++)] = j;
            loo[static_cast<size_t>(i)] = statistic(rest);
        }
    }
    return finish(estimate, std::move(reps), loo, options);
}

} // namespace streamlens::stats
