// SPDX-License-Identifier: MIT
#pragma once

#include "data/Tables.h"
#include "generator/EventBlock.h"
#include "generator/Random.h"
#include "generator/SimulationContext.h"

#include <cstddef>

namespace streamlens::generator {

// Simulates sessions one by one: who watches what, when, on which device and network, how
// the start goes, how long they play, how the stream stalls and switches bitrate, and the
// player events that go with it. Each session draws from its own random stream (seed, row),
// and everything that only shapes the events is drawn last, so sessions.csv is the same with
// or without events and whatever the threads or blocks.
class SessionSimulator {
public:
    SessionSimulator(const SimulationContext& context, SessionTable& sessions)
        : m_ctx(context)
        , m_sessions(sessions)
    {
    }

    // Fills rows [begin, end) of the (already sized) session table; appends their events to
    // events unless it is null.
    void run(size_t begin, size_t end, EventBlock* events) const;

private:
    // rng has already drawn the user (run() draws users a few sessions ahead so that their
    // table rows are in cache when needed).
    void simulate(size_t row, Random& rng, uint32_t user, EventBlock* events) const;

    const SimulationContext& m_ctx;
    SessionTable& m_sessions;
};

} // namespace streamlens::generator
