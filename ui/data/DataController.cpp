// SPDX-License-Identifier: MIT
#include "data/DataController.h"

#include "source/DatasetLoader.h"

#include <QElapsedTimer>
#include <QPointer>

namespace streamlens::ui {

DataController::DataController(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
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
    emit filterChanged();
}

void DataController::setDataset(std::shared_ptr<const Dataset> dataset, const QString& source)
{
    m_cancel->store(true);
    m_loading = false;
    m_dataset = std::move(dataset);
    m_source = source;
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
                emit self->datasetChanged();
            },
            Qt::QueuedConnection);
    });
}

} // namespace streamlens::ui
