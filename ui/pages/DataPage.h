// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "query/Selection.h"
#include "table/TableKind.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace streamlens::table {
struct CellRange;
}

namespace streamlens::ui {

class DataController;
class JobTracker;
class RowTableModel;

// Tables of the sessions, users, titles and events over the current selection. Row sets,
// counts and sort orders are computed off the GUI thread (JobTracker: a newer filter, table
// or sort drops an older result); the view reads cells lazily from RowTableModel. Header
// clicks cycle ascending → descending → table order. Ctrl+C / "Copy" puts the selected
// cells on the clipboard as tab-separated text; "Export…" writes all rows over the selection
// or the selected ones to CSV or Excel with progress and cancel.
class DataPage : public QWidget {
    Q_OBJECT
public:
    explicit DataPage(DataController* data, QWidget* parent = nullptr);
    ~DataPage() override;

    table::TableKind currentTable() const { return m_table; }
    void setCurrentTable(table::TableKind table);
    RowTableModel* model(table::TableKind table) const;
    QTableView* view() const { return m_view; }
    // Rows of a table over the selection, once counted.
    std::optional<size_t> rowCount(table::TableKind table) const;
    bool isBusy() const;

    // Orders the current table by column (-1: table order), off the GUI thread.
    void sortBy(int column, Qt::SortOrder order);
    // Copies the view's selected cells (off the GUI thread); copied() follows.
    void copySelection();
    // Writes the current table's rows over the selection (or only the view's selected rows)
    // to path; .csv or .xlsx chooses the format. exportFinished() follows.
    void exportTo(const QString& path, bool selectedOnly);

signals:
    // The current table shows the rows of the latest dataset, filter and sort.
    void refreshed();
    void copied(int rows);
    void exportFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Rebuild;
    void retranslateUi();
    void updateTableChoice();
    void applyColumnWidths();
    void invalidate();
    void rebuild();
    void deliver(Rebuild result);
    void onHeaderClicked(int section);
    void showContextMenu(const QPoint& pos);
    void chooseExport();
    void showMessage(const QString& text);
    std::vector<table::CellRange> selectedRanges() const;

    DataController* m_data;
    JobTracker* m_jobs;       // rows and sorting
    JobTracker* m_copyJobs;   // clipboard text
    JobTracker* m_exportJobs; // files: not cancelled by a filter change
    QLabel* m_tableLabel;
    QComboBox* m_tableChoice;
    QLabel* m_scope;
    QLabel* m_busyLabel;
    QProgressBar* m_busy;
    QLabel* m_message;
    QPushButton* m_exportButton;
    QTableView* m_view;
    QAction* m_copyAction;
    QAction* m_exportAction;
    QProgressDialog* m_exportProgress = nullptr;
    std::array<RowTableModel*, 4> m_models{};

    table::TableKind m_table = table::TableKind::Sessions;
    // What the rows were computed from; reset when the dataset or the filter changes.
    std::shared_ptr<const query::Selection> m_selection;
    std::array<std::shared_ptr<const std::vector<uint32_t>>, 4> m_baseRows; // table order
    std::array<std::optional<size_t>, 4> m_counts;
    struct SortState {
        int column = -1;
        Qt::SortOrder order = Qt::AscendingOrder;
    };
    std::array<SortState, 4> m_sort;
    bool m_sorting = false; // what the busy state says
    bool m_stale = false;   // filter changed while the page was a hidden tab
};

} // namespace streamlens::ui
