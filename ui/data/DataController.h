// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "query/Filter.h"
#include "query/Selection.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace streamlens::ui {

class JobTracker;

// Owns the dataset the window analyses and the current filter. Opening a store (and making
// the demo data on first run) happens on a worker thread; pages hear about it by signals.
// The sessions the filter selects are computed once per change, off the GUI thread, and
// shared (immutable) by every view that needs them.
class DataController : public QObject {
    Q_OBJECT
public:
    explicit DataController(QObject* parent = nullptr);
    ~DataController() override;

    // Opens the store at path; when it is missing or empty and createDemo is set, first
    // generates the demo dataset into it.
    void openStore(const QString& path, bool createDemo);

    // Writes dataset into the open store (one transaction, off the GUI thread), then analyses
    // it; storeSaved() or saveFailed() follows. Without a store (data from CSV or memory)
    // it is only taken into use. Used after an import, which builds the new dataset aside.
    void saveAndUse(std::shared_ptr<const Dataset> dataset);
    // Path of the store the data came from; empty when it did not come from a store.
    QString storePath() const { return m_storePath; }

    // Uses data that is already in memory (the CLI's screenshot, tests).
    void setDataset(std::shared_ptr<const Dataset> dataset, const QString& source);
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    const query::Filter& filter() const { return m_filter; }
    void setFilter(const query::Filter& filter);
    // The selection of selectionFilter() on dataset(): null until the first is ready; after a
    // change the previous one stays until selectionChanged() announces the new one.
    std::shared_ptr<const query::Selection> selection() const { return m_selection; }
    const query::Filter& selectionFilter() const { return m_selectionFilter; }
    QString sourceDescription() const { return m_source; }
    bool isLoading() const { return m_loading; }

signals:
    void loadingStarted(const QString& what);
    void loadingProgress(double fraction);
    void loadFailed(const QString& reason);
    void datasetChanged();
    void storeSaved(const QString& path);
    void saveFailed(const QString& reason);
    void filterChanged();
    // selection() holds the sessions of the latest dataset and filter.
    void selectionChanged();

private:
    void updateSelection();

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<const Dataset> m_dataset;
    query::Filter m_filter;
    QString m_source;
    QString m_storePath;
    bool m_loading = false;
    JobTracker* m_selectionJob;
    std::shared_ptr<const query::Selection> m_selection;
    query::Filter m_selectionFilter;
};

} // namespace streamlens::ui
