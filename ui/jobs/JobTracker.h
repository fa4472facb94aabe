// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace streamlens::ui {

// Runs work off the GUI thread, one "slot" per tracker: starting a new job cancels the
// previous one, and results of a job that is no longer the latest (its generation id is
// stale) are dropped, so a quick series of filter clicks ends with the last one's result.
class JobTracker : public QObject {
    Q_OBJECT
public:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    explicit JobTracker(QObject* parent = nullptr);
    ~JobTracker() override;

    // Runs the jobs on pool instead of the tracker's own one-thread pool. Trackers sharing a
    // one-thread pool run their jobs one after another in start order, so the first started
    // (the charts on screen) are not slowed down by the later ones. The pool must outlive
    // the tracker's jobs.
    void setPool(QThreadPool* pool) { m_sharedPool = pool; }
    // Background jobs run at a lower CPU priority (threads they start inherit it), so they
    // take what the jobs a user waits for leave over. A job for a widget that is hidden when
    // the job starts (a page in another tab) always runs in the background.
    void setBackground(bool background) { m_background = background; }
    bool isBackground() const;

    // work runs on a pool thread with a cancel flag it should poll; deliver runs on this
    // object's thread with work's result, only if the job is still the latest.
    template <typename Result>
    void run(std::function<Result(const std::atomic<bool>& cancel)> work,
             std::function<void(Result)> deliver)
    {
        const quint64 generation = startGeneration();
        CancelFlag cancel = m_cancel;
        QPointer<JobTracker> self(this);
        const bool background = isBackground();
        pool()->start([self, generation, cancel, background, work = std::move(work),
                       deliver = std::move(deliver)]() mutable {
            if (cancel->load())
                return; // queued behind other jobs and superseded meanwhile
            setThreadBackground(background);
            auto result = std::make_shared<Result>(work(*cancel));
            if (cancel->load())
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, result, deliver = std::move(deliver)]() mutable {
                    if (!self || generation != self->m_generation)
                        return;
                    self->finishGeneration();
                    deliver(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);

private:
    quint64 startGeneration();
    void finishGeneration();
    QThreadPool* pool() { return m_sharedPool ? m_sharedPool.data() : &m_pool; }
    // Lowers (or restores) the calling pool thread's scheduling priority.
    static void setThreadBackground(bool background);

    QThreadPool m_pool;
    QPointer<QThreadPool> m_sharedPool;
    quint64 m_generation = 0;
    CancelFlag m_cancel;
    bool m_busy = false;
    bool m_background = false;
};

} // namespace streamlens::ui
