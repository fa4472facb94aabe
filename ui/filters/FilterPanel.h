// SPDX-License-Identifier: MIT
#pragma once

#include "facets/FacetCounts.h"
#include "facets/TimeExtent.h"
#include "query/Dimension.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QScrollArea;

namespace streamlens::ui {

class DataController;
class DateRangeGroup;
class FacetGroup;
class FilterEditor;
class JobTracker;

// The filter panel (docked on the left): a date range and multi-select lists of the main
// dimensions, each value with its facet count. It edits the filter only through the
// FilterEditor (so every change is undoable) and mirrors filter changes made elsewhere
// (undo, chips, chart clicks); the mirroring sets widgets without signals, and the editor
// ignores a filter equal to the current one, so nothing echoes back.
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    FilterPanel(DataController* data, FilterEditor* editor, QWidget* parent = nullptr);

    // The dimensions listed, in panel order.
    static const std::vector<query::DimensionId>& dimensions();
    FacetGroup* group(query::DimensionId dimension) const;
    DateRangeGroup* dateRange() const { return m_dateRange; }
    QPushButton* clearAllButton() const { return m_clearAll; }
    // Last counts shown (for tests and the status bar).
    const facets::FacetCounts& counts() const { return m_counts; }

signals:
    // The lists show the counts of the latest dataset and filter.
    void countsRefreshed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onDatasetChanged();
    void syncFromFilter();
    void refreshCounts();

    DataController* m_data;
    FilterEditor* m_editor;
    JobTracker* m_extentJob;
    JobTracker* m_countJob;
    DateRangeGroup* m_dateRange;
    QPushButton* m_clearAll;
    std::vector<FacetGroup*> m_groups;
    facets::FacetCounts m_counts;
};

} // namespace streamlens::ui
