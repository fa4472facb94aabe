// SPDX-License-Identifier: MIT
#pragma once

#include "summary/RatioMoments.h"

#include <cstdint>

namespace streamlens::summary {

// What one session contributes to the Overview's tests, read once per row.
struct SessionFacts {
    bool started = false;
    bool startFailure = false;
    bool exitBeforeStart = false;
    bool playbackFailure = false;
    bool slowStart = false; // started, startup above the current period's median
    int32_t playingMs = 0;
    // The rebuffering ratio's x = rebuffer ms and y = playing + rebuffer ms with their
    // products, computed once per row rather than once per segment family.
    double x = 0, y = 0, xx = 0, yy = 0, xy = 0;

    void setRebuffering(int32_t rebufferMs)
    {
        x = rebufferMs;
        y = static_cast<double>(playingMs) + rebufferMs;
        xx = x * x;
        yy = y * y;
        xy = x * y;
    }
};

// Counts and sums of one segment in one period: enough for the two-proportion tests of the
// failure rates and of the share of slow starts, and for the delta-method test of the
// rebuffering ratio.
struct SegmentTally {
    int64_t attempts = 0;
    int64_t started = 0;
    int64_t startFailures = 0;
    int64_t exitsBeforeStart = 0;
    int64_t playbackFailures = 0;
    int64_t slowStarts = 0;
    int64_t playingMs = 0; // every session, as playing hours count it
    RatioMoments rebuffer; // x = rebuffer ms, y = playing + rebuffer ms, over started

    void add(const SessionFacts& f)
    {
        ++attempts;
        startFailures += f.startFailure;
        exitsBeforeStart += f.exitBeforeStart;
        playingMs += f.playingMs;
        if (!f.started)
            return;
        ++started;
        playbackFailures += f.playbackFailure;
        slowStarts += f.slowStart;
        ++rebuffer.n;
        rebuffer.sy += f.y;
        rebuffer.syy += f.yy;
        // Most sessions never stall: their x terms are zero and need no additions.
        if (f.x != 0) {
            rebuffer.sx += f.x;
            rebuffer.sxx += f.xx;
            rebuffer.sxy += f.xy;
        }
    }
    void merge(const SegmentTally& o)
    {
        attempts += o.attempts;
        started += o.started;
        startFailures += o.startFailures;
        exitsBeforeStart += o.exitsBeforeStart;
        playbackFailures += o.playbackFailures;
        slowStarts += o.slowStarts;
        playingMs += o.playingMs;
        rebuffer.merge(o.rebuffer);
    }
    SegmentTally minus(const SegmentTally& o) const
    {
        SegmentTally r = *this;
        r.attempts -= o.attempts;
        r.started -= o.started;
        r.startFailures -= o.startFailures;
        r.exitsBeforeStart -= o.exitsBeforeStart;
        r.playbackFailures -= o.playbackFailures;
        r.slowStarts -= o.slowStarts;
        r.playingMs -= o.playingMs;
        r.rebuffer = rebuffer.minus(o.rebuffer);
        return r;
    }
};

} // namespace streamlens::summary
