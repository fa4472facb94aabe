// SPDX-License-Identifier: MIT
#include "data/DataController.h"

#include "jobs/JobTracker.h"
#include "source/DatasetLoader.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QPointer>

namespace streamlens::ui {

DataController::DataController(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_selectionJob(new JobTracker(this))
{
    m_pool.setMaxThreadCount(1);
}

DataController::~DataController()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void DataController::setFilter(const query::Filter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // Started before the signal, so views that react to it find the work under way.
    updateSelection();
    emit filterChanged();
}

void DataController::updateSelection()
{
    auto dataset = m_dataset;
    if (!dataset)
        return;
    const query::Filter filter = m_filter;
    using Shared = std::shared_ptr<const query::Selection>;
    m_selectionJob->run<Shared>(
        [dataset, filter](const std::atomic<bool>& cancel) -> Shared {
            auto selection = query::select(*dataset, filter, nullptr, &cancel);
            if (selection.isCancelled())
                return nullptr;
            return std::make_shared<const query::Selection>(std::move(selection));
        },
        [this, dataset, filter](Shared selection) {
            // A dataset replaced meanwhile makes this selection meaningless.
            if (!selection || dataset != m_dataset)
                return;
            m_selection = std::move(selection);
            m_selectionFilter = filter;
            emit selectionChanged();
        });
}

void DataController::setDataset(std::shared_ptr<const Dataset> dataset, const QString& source)
{
    m_cancel->store(true);
    m_loading = false;
    m_dataset = std::move(dataset);
    m_source = source;
    m_storePath.clear();
    m_selection.reset();
    updateSelection();
    emit datasetChanged();
}

void DataController::openStore(const QString& path, bool createDemo)
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_loading = true;
    const bool makeDemo = createDemo && source::storeIsEmpty(path.toStdString());
    emit loadingStarted(makeDemo ? tr("Creating demo data (%L1 sessions)…")
                                       .arg(static_cast<qlonglong>(source::kDemoSessions))
                                 : tr("Opening %1…").arg(path));
    QPointer<DataController> self(this);
    m_pool.start([self, path, makeDemo, cancel] {
        // Progress reaches the GUI at most every 50 ms so the event queue is not flooded.
        QElapsedTimer throttle;
        throttle.start();
        auto progress = [&](double base, double span) {
            return [&, base, span](double f) {
                if (throttle.elapsed() > 50) {
                    throttle.restart();
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, v = base + span * f] {
                            if (self)
                                emit self->loadingProgress(v);
                        },
                        Qt::QueuedConnection);
                }
                return !cancel->load();
            };
        };
        std::string error;
        std::shared_ptr<Dataset> data;
        bool ok = true;
        if (makeDemo)
            ok = source::createDemoStore(path.toStdString(), source::kDemoSessions, &error,
                                         progress(0.0, 0.8));
        if (ok)
            data = source::loadStore(path.toStdString(), &error,
                                     progress(makeDemo ? 0.8 : 0.0, makeDemo ? 0.2 : 1.0));
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, data, error, path] {
                if (!self)
                    return;
                self->m_loading = false;
                if (!data) {
                    emit self->loadFailed(QString::fromStdString(error));
                    return;
                }
                self->m_dataset = data;
                self->m_source = path;
                self->m_storePath = path;
                self->m_selection.reset();
                self->updateSelection();
                emit self->datasetChanged();
            },
            Qt::QueuedConnection);
    });
}

void DataController::saveAndUse(std::shared_ptr<const Dataset> dataset)
{
    if (!dataset)
        return;
    const QString path = m_storePath;
    if (path.isEmpty()) {
        const QString source = m_source;
        setDataset(std::move(dataset), source);
        return;
    }
    m_loading = true;
    emit loadingStarted(tr("Saving into %1…").arg(path));
    QPointer<DataController> self(this);
    m_pool.start([self, path, dataset] {
        std::string error;
        store::SqliteStore store;
        const bool ok =
            store.open(path.toStdString(), true, &error) && store.save(*dataset, &error);
        QMetaObject::invokeMethod(
            self.data(),
            [self, ok, error, path, dataset] {
                if (!self)
                    return;
                self->m_loading = false;
                if (!ok) {
                    // The store keeps what it had (one transaction); so does the window.
                    emit self->saveFailed(QString::fromStdString(error));
                    return;
                }
                self->setDataset(dataset, path);
                self->m_storePath = path;
                emit self->storeSaved(path);
            },
            Qt::QueuedConnection);
    });
}

} // namespace streamlens::ui
