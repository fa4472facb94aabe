// SPDX-License-Identifier: MIT
#pragma once

#include "export/ExportableChart.h"
#include "query/Dimension.h"
#include "query/Filter.h"
#include "query/Selection.h"

#include <QFrame>
#include <QString>

#include <memory>

class QCustomPlot;
class QLabel;
class QPainter;
class QHBoxLayout;
class QStackedWidget;
class QThreadPool;

namespace streamlens {
struct Dataset;
}

namespace streamlens::ui {

class JobTracker;

// A chart card of the Explore page: a title, optional choosers, and the plot, or "No sessions
// match the filter" when the selection is empty. Each chart computes its own data off the
// GUI thread (its own JobTracker, so a slow chart never holds back a fast one) and asks for
// cross-filtering by signals, which the page forwards to the FilterEditor.
class ExploreChart : public QFrame, public ExportableChart {
    Q_OBJECT
public:
    explicit ExploreChart(QWidget* parent = nullptr);
    ~ExploreChart() override;

    // ExportableChart: stable name ("timeseries", "breakdown", ...), title, and drawing anew
    // into target (exports at any size; not a screenshot).
    QString chartId() const override = 0;
    QString title() const override = 0;
    void render(QPainter* painter, const QRectF& target) override = 0;
    using QWidget::render;
    QWidget* chartWidget() override { return this; }
    bool hasContent() const override { return !isShowingEmpty(); }
    QString caption() const override;

    // Recomputes for this dataset and filter in the background; refreshed() follows.
    // selection is the filter's selection when the caller has it (shared by the charts, so
    // a filter change selects once); without it the chart's job selects for itself.
    void refresh(std::shared_ptr<const Dataset> dataset, const query::Filter& filter,
                 std::shared_ptr<const query::Selection> selection = nullptr);
    bool isShowingEmpty() const;
    // Runs the chart's jobs on this pool (the page queues its charts on one pool).
    void setJobPool(QThreadPool* pool);

    // Value as the charts draw it: rates in percent, bitrate in Mbps, others as they are.
    static double displayValue(const QString& metric, double value);
    // "Rebuffering ratio (%)"
    static QString axisTitle(const QString& metric);

signals:
    void refreshed();
    // A click on a bar or a title: toggle this value in the filter.
    void toggleRequested(query::DimensionId dimension, const QString& value);
    // A click on a cell: keep exactly these two values (one undoable step).
    void cellRequested(query::DimensionId rowDimension, const QString& rowValue,
                       query::DimensionId columnDimension, const QString& columnValue);

protected:
    void changeEvent(QEvent* event) override;
    // Starts the chart's job; the result handler calls finish().
    virtual void startRefresh() = 0;
    // Shows the plot or the empty message, and announces the new data.
    void finish(bool empty);
    void setPlot(QWidget* plot);
    QHBoxLayout* controls() const { return m_controls; }
    JobTracker* jobs() const { return m_jobs; }
    std::shared_ptr<const Dataset> dataset() const { return m_dataset; }
    const query::Filter& filter() const { return m_filter; }
    // The shared selection of filter(), or null: then selectionOf() makes it in the job.
    std::shared_ptr<const query::Selection> selection() const { return m_selection; }
    static std::shared_ptr<const query::Selection>
    selectionOf(const Dataset& dataset, const query::Filter& filter,
                std::shared_ptr<const query::Selection> shared, const std::atomic<bool>& cancel);
    // Lays a QCustomPlot out anew at the target size and draws it there.
    static void renderPlot(QCustomPlot* plot, QPainter* painter, const QRectF& target);
    // Sets the title text (subclasses know theirs only after construction).
    void setHeading(const QString& text);

private:
    JobTracker* m_jobs;
    QLabel* m_heading;
    QHBoxLayout* m_controls;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    std::shared_ptr<const Dataset> m_dataset;
    query::Filter m_filter;
    std::shared_ptr<const query::Selection> m_selection;
};

} // namespace streamlens::ui
