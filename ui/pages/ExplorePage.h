// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"

#include <QList>
#include <QWidget>

class QScrollArea;

namespace streamlens::ui {

class BreakdownChart;
class CrosstabChart;
class DataController;
class ExploreChart;
class FilterEditor;
class StartupDistributionChart;
class TimeSeriesChart;

// Linked charts over the current selection in a scrollable grid of cards. Each chart
// recomputes off the GUI thread when the dataset or the filter changes; a click on a bar,
// cell or title changes the filter through the FilterEditor (undoable), which updates all.
class ExplorePage : public QWidget {
    Q_OBJECT
public:
    ExplorePage(DataController* data, FilterEditor* filters, QWidget* parent = nullptr);

    QList<ExploreChart*> charts() const { return m_charts; }
    ExploreChart* chart(const QString& id) const;
    TimeSeriesChart* timeSeries() const { return m_timeSeries; }
    BreakdownChart* breakdown() const { return m_breakdown; }
    StartupDistributionChart* startup() const { return m_startup; }
    CrosstabChart* heatmap() const { return m_heatmap; }
    CrosstabChart* matrix() const { return m_matrix; }
    BreakdownChart* topTitles() const { return m_topTitles; }

signals:
    // Every chart shows the latest dataset and filter.
    void refreshed();

private:
    void refresh();
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
    int m_pending = 0;
};

} // namespace streamlens::ui
