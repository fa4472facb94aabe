// SPDX-License-Identifier: MIT
#include "jobs/JobTracker.h"

namespace streamlens::ui {

JobTracker::JobTracker(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    // Queries are multi-threaded inside; one job at a time per tracker is enough.
    m_pool.setMaxThreadCount(1);
}

JobTracker::~JobTracker()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

quint64 JobTracker::startGeneration()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    ++m_generation;
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    return m_generation;
}

void JobTracker::finishGeneration()
{
    if (m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
}

void JobTracker::cancel()
{
    m_cancel->store(true);
    ++m_generation;
    finishGeneration();
}

} // namespace streamlens::ui
