// SPDX-License-Identifier: MIT
#include "jobs/JobTracker.h"

#include <QThread>
#include <QWidget>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace streamlens::ui {

namespace {
// Nice value of background work: it gets roughly a tenth of a core that foreground work
// also wants, and everything once that is done.
constexpr int kBackgroundNice = 10;
} // namespace

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

bool JobTracker::isBackground() const
{
    if (m_background)
        return true;
    const auto* widget = qobject_cast<const QWidget*>(parent());
    return widget && !widget->isVisible();
}

void JobTracker::setThreadBackground(bool background)
{
#if defined(Q_OS_LINUX)
    // On Linux the nice value belongs to the thread, and threads it starts inherit it. A
    // pool thread keeps it between jobs, so each job sets it. Raising it back to 0 needs a
    // privilege the process may not have; such a thread then stays in the background, which
    // costs speed, never correctness.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    const int now = ::getpriority(PRIO_PROCESS, tid);
    const int want = background ? kBackgroundNice : 0;
    if (now != want)
        ::setpriority(PRIO_PROCESS, tid, want);
#else
    QThread::currentThread()->setPriority(background ? QThread::LowPriority
                                                     : QThread::InheritPriority);
#endif
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
