// SPDX-License-Identifier: MIT
#include "analysis/SessionVariables.h"

#include "data/ContractEnums.h"
#include "data/Dataset.h"
#include "util/ParallelFor.h"

#include <cmath>
#include <limits>

namespace streamlens::analysis {

namespace {

constexpr double kNull = std::numeric_limits<double>::quiet_NaN();
constexpr size_t kMinRowsPerThread = size_t(1) << 16;

template <typename F>
std::vector<double> fill(std::span<const uint32_t> rows, int threads, const F& valueOf)
{
    std::vector<double> out(rows.size());
    parallelFor(rows.size(), threads, kMinRowsPerThread, [&](size_t b, size_t e, int) {
        for (size_t i = b; i < e; ++i)
            out[i] = valueOf(rows[i]);
    });
    return out;
}

} // namespace

std::vector<double> SessionVariables::compute(const Dataset& dataset, SessionMetric metric,
                                              std::span<const uint32_t> rows, int threads)
{
    const SessionTable& s = dataset.sessions;
    const int32_t* startup = s.startupTimeMs.data();
    const int32_t* playing = s.playingTimeMs.data();
    const int32_t* rebufferMs = s.rebufferTimeMs.data();
    const uint8_t* flags = s.flags.data();
    auto started = [startup](size_t r) { return startup[r] != kNullInt32; };
    // Stall share of a started session; undefined when it neither played nor stalled.
    auto ratio = [=](size_t r) {
        if (!started(r))
            return kNull;
        const double rebuffer = rebufferMs[r];
        const double total = double(playing[r]) + rebuffer;
        return total > 0 ? rebuffer / total : kNull;
    };
    auto flag = [flags](size_t r, uint8_t bit) { return (flags[r] & bit) ? 1.0 : 0.0; };

    using enum SessionMetric;
    switch (metric) {
    case StartupTimeMs:
        return fill(rows, threads,
                    [=](size_t r) { return started(r) ? double(startup[r]) : kNull; });
    case StartupS:
        return fill(rows, threads,
                    [=](size_t r) { return started(r) ? double(startup[r]) / 1000.0 : kNull; });
    case PlayingTimeS:
        return fill(rows, threads,
                    [=](size_t r) { return started(r) ? double(playing[r]) / 1000.0 : kNull; });
    case LogPlayingTime:
        return fill(rows, threads, [=](size_t r) {
            return started(r) && playing[r] > 0 ? std::log(double(playing[r]) / 1000.0) : kNull;
        });
    case RebufferCount: {
        const int32_t* count = s.rebufferCount.data();
        return fill(rows, threads, [=](size_t r) { return started(r) ? double(count[r]) : kNull; });
    }
    case RebufferTimeMs:
        return fill(rows, threads,
                    [=](size_t r) { return started(r) ? double(rebufferMs[r]) : kNull; });
    case RebufferRatio:
        return fill(rows, threads, ratio);
    case RebufferPct:
        return fill(rows, threads, [=](size_t r) { return 100.0 * ratio(r); });
    case Rebuffered: {
        const int32_t* count = s.rebufferCount.data();
        return fill(rows, threads,
                    [=](size_t r) { return started(r) ? (count[r] > 0 ? 1.0 : 0.0) : kNull; });
    }
    case AvgBitrateKbps: {
        const int32_t* bitrate = s.avgBitrateMilliKbps.data();
        return fill(rows, threads, [=](size_t r) {
            return started(r) && bitrate[r] != kNullInt32 ? double(bitrate[r]) / 1000.0 : kNull;
        });
    }
    case BitrateSwitches: {
        const int32_t* switches = s.bitrateSwitches.data();
        return fill(rows, threads,
                    [=](size_t r) { return started(r) ? double(switches[r]) : kNull; });
    }
    case ResolutionP: {
        const uint8_t* code = s.resolutionCode.data();
        return fill(rows, threads, [=](size_t r) {
            return started(r) && code[r] < contract::kResolutions.size()
                       ? double(contract::kResolutions[code[r]])
                       : kNull;
        });
    }
    case Started:
        return fill(rows, threads, [=](size_t r) { return started(r) ? 1.0 : 0.0; });
    case StartFailure:
        return fill(rows, threads, [=](size_t r) { return flag(r, contract::StartFailure); });
    case ExitBeforeStart:
        return fill(rows, threads, [=](size_t r) { return flag(r, contract::ExitBeforeStart); });
    case PlaybackFailure:
        return fill(rows, threads, [=](size_t r) {
            return started(r) ? flag(r, contract::PlaybackFailure) : kNull;
        });
    case Completed: {
        const uint8_t* stream = s.streamType.codes.data();
        constexpr auto vod = static_cast<uint8_t>(contract::StreamType::Vod);
        return fill(rows, threads, [=](size_t r) {
            return started(r) && stream[r] == vod ? flag(r, contract::Completed) : kNull;
        });
    }
    }
    return std::vector<double>(rows.size(), kNull);
}

} // namespace streamlens::analysis
