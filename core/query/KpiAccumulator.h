// SPDX-License-Identifier: MIT
#pragma once

#include "data/ContractEnums.h"
#include "data/Nulls.h"
#include "query/CompensatedSum.h"
#include "query/SessionColumns.h"

#include <array>
#include <cmath>
#include <cstdint>

namespace streamlens::query {

// The additive part of every KPI for one group of sessions: exact integer counts and sums
// (ms, milli-kbps·ms in 128 bits), and compensated sums for the per-session scores. One
// pass adds rows; per-thread accumulators merge by addition. Medians and distinct users
// are kept elsewhere (StartupHistogram, the churn bitsets).
struct KpiAccumulator {
    __extension__ using Int128 = __int128;
    // Started sessions by rebuffer_count below this: the count part of the smoothness score
    // then costs one increment per row instead of a square root.
    static constexpr int32_t kCountBins = 32;

    int64_t attempts = 0;
    int64_t started = 0;
    int64_t startFailures = 0;
    int64_t exitsBeforeStart = 0;
    int64_t playbackFailures = 0; // started only
    int64_t vodStarted = 0;
    int64_t vodCompleted = 0; // started vod sessions with completed
    int64_t withRebuffer = 0; // started, rebuffer_count > 0
    int64_t playingMsAll = 0; // every session, for playing hours
    int64_t playingMsStarted = 0;
    int64_t rebufferMsStarted = 0;
    int64_t rebufferCountStarted = 0;
    int64_t bitratePlayingMs = 0;      // playing time of started sessions that have a bitrate
    Int128 bitrateTimesPlaying = 0;    // Σ avg_bitrate (milli-kbps) × playing (ms)
    int64_t rebufferTimeRows = 0;      // started sessions with rebuffer_time != 0
    CompensatedSum exposureScore;      // Σ 100·e^(−10·r) over those rows (the rest score 100)
    CompensatedSum countScoreOverflow; // Σ 100/√(1+(c/2)²) for counts outside the bins
    std::array<uint32_t, kCountBins> countBins{};

    static double countScore(int64_t count)
    {
        const double half = static_cast<double>(count) / 2.0;
        return 100.0 / std::sqrt(1.0 + half * half);
    }
    static double exposureScoreOf(int32_t playingMs, int32_t rebufferMs)
    {
        const int64_t total = int64_t(playingMs) + rebufferMs;
        const double r =
            total != 0 ? static_cast<double>(rebufferMs) / static_cast<double>(total) : 0.0;
        return 100.0 * std::exp(-10.0 * r);
    }

    // Adds the row's counts and sums; startupMs is the row's startup_time_ms (null when the
    // session did not start). The exposure part of the smoothness score is left to the
    // caller (see ExposureBuffer), which batches its exponentials.
    [[gnu::always_inline]] void addRow(const SessionColumns& c, size_t row, int32_t startupMs)
    {
        ++attempts;
        const uint8_t f = c.flags[row];
        startFailures += f & contract::StartFailure;
        exitsBeforeStart += (f >> 1) & 1;
        const int32_t playing = c.playingMs[row];
        playingMsAll += playing;
        if (startupMs == kNullInt32)
            return;
        ++started;
        playbackFailures += (f >> 2) & 1;
        const int vod = c.streamType[row] == static_cast<uint8_t>(contract::StreamType::Vod);
        vodStarted += vod;
        vodCompleted += vod & ((f >> 3) & 1);
        const int32_t rebufferMs = c.rebufferMs[row];
        const int32_t count = c.rebufferCount[row];
        playingMsStarted += playing;
        rebufferMsStarted += rebufferMs;
        rebufferCountStarted += count;
        withRebuffer += count > 0;
        rebufferTimeRows += rebufferMs != 0;
        const int32_t bitrate = c.bitrateMilli[row];
        if (bitrate != kNullInt32) {
            bitratePlayingMs += playing;
            bitrateTimesPlaying += int64_t(bitrate) * playing;
        }
        if (static_cast<uint32_t>(count) < static_cast<uint32_t>(kCountBins))
            ++countBins[count];
        else
            countScoreOverflow.add(countScore(count));
    }

    void merge(const KpiAccumulator& o)
    {
        attempts += o.attempts;
        started += o.started;
        startFailures += o.startFailures;
        exitsBeforeStart += o.exitsBeforeStart;
        playbackFailures += o.playbackFailures;
        vodStarted += o.vodStarted;
        vodCompleted += o.vodCompleted;
        withRebuffer += o.withRebuffer;
        playingMsAll += o.playingMsAll;
        playingMsStarted += o.playingMsStarted;
        rebufferMsStarted += o.rebufferMsStarted;
        rebufferCountStarted += o.rebufferCountStarted;
        bitratePlayingMs += o.bitratePlayingMs;
        bitrateTimesPlaying += o.bitrateTimesPlaying;
        rebufferTimeRows += o.rebufferTimeRows;
        exposureScore.add(o.exposureScore);
        countScoreOverflow.add(o.countScoreOverflow);
        for (int32_t i = 0; i < kCountBins; ++i)
            countBins[i] += o.countBins[i];
    }

    // Σ of the smoothness score's two parts over started sessions.
    double smoothnessSum() const
    {
        CompensatedSum s;
        for (int32_t i = 0; i < kCountBins; ++i)
            if (countBins[i])
                s.add(static_cast<double>(countBins[i]) * countScore(i));
        s.add(countScoreOverflow);
        s.add(100.0 * static_cast<double>(started - rebufferTimeRows));
        s.add(exposureScore);
        return s.value();
    }
};

} // namespace streamlens::query
