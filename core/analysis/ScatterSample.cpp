// SPDX-License-Identifier: MIT
#include "analysis/ScatterSample.h"

#include "analysis/FrameBuilder.h"
#include "analysis/VariableCatalog.h"
#include "stats/Random.h"

namespace streamlens::analysis {

ScatterSample ScatterSampler::fromPairs(PairedSamples pairs, size_t maxPoints, uint64_t seed)
{
    ScatterSample s;
    s.x = pairs.x;
    s.y = pairs.y;
    s.n = static_cast<int64_t>(pairs.xs.size());
    s.units = pairs.units;
    s.dropped = pairs.dropped;

    // Two passes in long double: the centred sums keep their precision at 10 M pairs.
    long double mx = 0, my = 0;
    for (size_t i = 0; i < pairs.xs.size(); ++i) {
        mx += pairs.xs[i];
        my += pairs.ys[i];
    }
    if (s.n > 0) {
        mx /= s.n;
        my /= s.n;
        long double sxx = 0, sxy = 0;
        for (size_t i = 0; i < pairs.xs.size(); ++i) {
            const long double dx = pairs.xs[i] - mx;
            sxx += dx * dx;
            sxy += dx * (pairs.ys[i] - my);
        }
        if (sxx > 0) {
            s.slope = double(sxy / sxx);
            s.intercept = double(my - sxy / sxx * mx);
        }
    }

    if (pairs.xs.size() <= maxPoints) {
        s.xs = std::move(pairs.xs);
        s.ys = std::move(pairs.ys);
        return s;
    }
    // Selection sampling (Knuth's algorithm S): each unit is kept with probability
    // (still needed) / (still left), which gives exactly maxPoints in unit order.
    s.sampled = true;
    s.xs.reserve(maxPoints);
    s.ys.reserve(maxPoints);
    stats::Random rng(seed);
    const uint64_t total = pairs.xs.size();
    uint64_t needed = maxPoints;
    for (uint64_t i = 0; i < total && needed > 0; ++i) {
        if (rng.below(total - i) < needed) {
            s.xs.push_back(pairs.xs[i]);
            s.ys.push_back(pairs.ys[i]);
            --needed;
        }
    }
    return s;
}

stats::Expected<ScatterSample> ScatterSampler::run(const Dataset& dataset,
                                                   const query::Selection& selection, Level level,
                                                   const std::string& x, const std::string& y,
                                                   size_t maxPoints, uint64_t seed, int threads)
{
    using Result = stats::Expected<ScatterSample>;
    if (!findMetric(level, x))
        return Result::failure(unknownMetricError(level, x));
    if (!findMetric(level, y))
        return Result::failure(unknownMetricError(level, y));
    FrameRequest fr;
    fr.level = level;
    fr.threads = threads;
    fr.metrics.push_back(x);
    if (y != x)
        fr.metrics.push_back(y);
    auto frame = FrameBuilder::build(dataset, selection, fr);
    if (!frame)
        return Result::failure(frame.error());
    auto pairs = Samples::paired(*frame, x, y);
    if (!pairs)
        return Result::failure(pairs.error());
    return fromPairs(std::move(pairs).value(), maxPoints, seed);
}

} // namespace streamlens::analysis
