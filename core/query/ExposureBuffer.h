// SPDX-License-Identifier: MIT
#pragma once

#include "query/KpiAccumulator.h"

#include <cstdint>

namespace streamlens::query {

// Collects the started sessions whose rebuffer time is not zero (a quarter to a third of
// them, in no predictable order) and adds their smoothness exposure term 100·e^(−10·r) to
// their group in batches. Appending is branch-free; a per-row `if (rebuffer != 0)` with its
// exponential inside mispredicted often enough to cost more than the exponentials.
class ExposureBuffer {
public:
    static constexpr int kCapacity = 1024;

    // Always writes, advances only for rows with rebuffer time; flushes when full.
    [[gnu::always_inline]] void add(KpiAccumulator* acc, uint32_t group, int32_t playingMs,
                                    int32_t rebufferMs)
    {
        m_group[m_n] = group;
        m_playing[m_n] = playingMs;
        m_rebuffer[m_n] = rebufferMs;
        m_n += rebufferMs != 0;
        if (m_n == kCapacity)
            flush(acc);
    }

    void flush(KpiAccumulator* acc)
    {
        for (int i = 0; i < m_n; ++i)
            acc[m_group[i]].exposureScore.add(
                KpiAccumulator::exposureScoreOf(m_playing[i], m_rebuffer[i]));
        m_n = 0;
    }

private:
    int m_n = 0;
    uint32_t m_group[kCapacity];
    int32_t m_playing[kCapacity];
    int32_t m_rebuffer[kCapacity];
};

} // namespace streamlens::query
