// SPDX-License-Identifier: MIT
#pragma once

#include "store/StoreError.h"
#include "util/ProgressCallback.h"

#include <algorithm>

namespace streamlens::store {

// Turns units of work (rows, bytes) into the fraction a ProgressCallback expects and turns
// a "stop" answer into StoreCancelled, which unwinds to the transaction's rollback.
// The callback is called at most about 1000 times, however much work there is.
class ProgressTracker {
public:
    explicit ProgressTracker(ProgressCallback callback = {}, double total = 1.0)
        : m_callback(std::move(callback))
        , m_total(std::max(total, 1.0))
    {
    }

    void setTotal(double total) { m_total = std::max(total, 1.0); }
    // Units of the total per unit passed to advance(), for phases that count differently
    // (rows, then bytes).
    void setScale(double scale) { m_scale = scale; }
    // Adds work done; throws StoreCancelled when the callback asks to stop.
    void advance(double amount)
    {
        m_done += amount * m_scale;
        if (m_done - m_reported >= m_total / 1000.0)
            report();
    }
    // Reports the current fraction now (phase boundaries); throws StoreCancelled on stop.
    void report()
    {
        m_reported = m_done;
        if (m_callback && !m_callback(std::clamp(m_done / m_total, 0.0, 1.0)))
            throw StoreCancelled();
    }
    void finish()
    {
        m_done = m_total;
        report();
    }

private:
    ProgressCallback m_callback;
    double m_total = 1.0;
    double m_scale = 1.0;
    double m_done = 0.0;
    double m_reported = 0.0;
};

} // namespace streamlens::store
