// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"

#include <QList>
#include <QThreadPool>
#include <QWidget>

#include <functional>

class QScrollArea;

namespace streamlens::ui {

class BreakdownChart;
class CrosstabChart;
class DataController;
class ExploreChart;
class FilterEditor;
class StartupDistributionChart;
class TimeSeriesChart;

// Linked charts over the current selection in a scrollable grid of cards. A filter change
// selects once (DataController's shared selection); the charts then aggregate from it off
// the GUI thread, one after another on one queue, those on screen first. A click on a bar,
// cell or title changes the filter through the FilterEditor (undoable), which updates all.
// A hidden page waits until it is shown.
class ExplorePage : public QWidget {
    Q_OBJECT
public:
    ExplorePage(DataController* data, FilterEditor* filters, QWidget* parent = nullptr);
    ~ExplorePage() override;

    QList<ExploreChart*> charts() const { return m_charts; }
    ExploreChart* chart(const QString& id) const;
    TimeSeriesChart* timeSeries() const { return m_timeSeries; }
    BreakdownChart* breakdown() const { return m_breakdown; }
    StartupDistributionChart* startup() const { return m_startup; }
    CrosstabChart* heatmap() const { return m_heatmap; }
    CrosstabChart* matrix() const { return m_matrix; }
    BreakdownChart* topTitles() const { return m_topTitles; }
    // Calls ready once every chart shows the latest dataset and filter, computing them
    // first if the page was hidden meanwhile (the report draws them without showing them).
    void whenCurrent(std::function<void()> ready);

signals:
    // Every chart shows the latest dataset and filter.
    void refreshed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void refresh(bool evenHidden = false);
    void addChart(ExploreChart* chart);
    // Keeps exactly these two values (or drops them when they are the filter already).
    void applyCell(query::DimensionId rowDimension, const QString& rowValue,
                   query::DimensionId columnDimension, const QString& columnValue);

    DataController* m_data;
    FilterEditor* m_filters;
    QScrollArea* m_scroll;
    QList<ExploreChart*> m_charts;
    TimeSeriesChart* m_timeSeries;
    BreakdownChart* m_breakdown;
    StartupDistributionChart* m_startup;
    CrosstabChart* m_heatmap;
    CrosstabChart* m_matrix;
    BreakdownChart* m_topTitles;
    // Jobs of all charts, one at a time: on two cores, charts computed side by side would
    // all finish late; in turn, the visible ones finish first.
    QThreadPool m_pool;
    int m_pending = 0;
    bool m_stale = false;
};

} // namespace streamlens::ui
