// SPDX-License-Identifier: MIT
#include "pages/DataPage.h"

#include "data/DataController.h"
#include "export/RowExport.h"
#include "jobs/JobTracker.h"
#include "table/ColumnSpec.h"
#include "table/CopyText.h"
#include "table/RowSet.h"
#include "table/RowSorter.h"
#include "tables/RowTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace streamlens::ui {

using table::TableKind;

namespace {

size_t slot(TableKind table)
{
    return static_cast<size_t>(table);
}

} // namespace

// Everything one job computes; fields stay empty when the job had nothing to redo.
struct DataPage::Rebuild {
    bool ok = false;
    QString error;
    std::shared_ptr<const Dataset> data;
    TableKind table = TableKind::Sessions;
    std::shared_ptr<const query::Selection> selection;
    std::optional<std::array<std::optional<size_t>, 4>> counts; // when the selection is new
    std::shared_ptr<const std::vector<uint32_t>> base;
    std::shared_ptr<const std::vector<uint32_t>> shown;
    int sortColumn = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
};

DataPage::DataPage(DataController* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_jobs(new JobTracker(this))
    , m_copyJobs(new JobTracker(this))
    , m_exportJobs(new JobTracker(this))
    , m_tableLabel(new QLabel(this))
    , m_tableChoice(new QComboBox(this))
    , m_scope(new QLabel(this))
    , m_busyLabel(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_exportButton(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_copyAction(new QAction(this))
    , m_exportAction(new QAction(this))
{
    setObjectName(QStringLiteral("data"));
    for (TableKind t : table::kAllTables) {
        auto* model = new RowTableModel(t, this);
        m_models[slot(t)] = model;
        // A sort asked of a model that is not shown applies when its table is chosen.
        connect(model, &RowTableModel::sortRequested, this,
                [this, t](int column, Qt::SortOrder order) {
                    if (t == m_table) {
                        sortBy(column, order);
                        return;
                    }
                    m_sort[slot(t)] = {column, order};
                    m_baseRows[slot(t)].reset(); // so choosing the table recomputes
                });
        m_tableChoice->addItem(QString());
    }

    m_busy->setRange(0, 0); // indeterminate: sorting has no meaningful fraction to show
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_tableLabel->setBuddy(m_tableChoice);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_tableLabel);
    bar->addWidget(m_tableChoice);
    bar->addSpacing(12);
    bar->addWidget(m_scope, 1);
    bar->addWidget(m_message);
    bar->addWidget(m_busyLabel);
    bar->addWidget(m_busy);
    bar->addWidget(m_exportButton);

    // Uniform rows and no per-row sizing: the view never asks about rows it does not show.
    m_view->setModel(m_models[slot(m_table)]);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyAction);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index < 4)
            setCurrentTable(table::kAllTables[index]);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &DataPage::onHeaderClicked);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DataPage::showContextMenu);
    connect(m_copyAction, &QAction::triggered, this, &DataPage::copySelection);
    connect(m_exportAction, &QAction::triggered, this, &DataPage::chooseExport);
    connect(m_exportButton, &QPushButton::clicked, this, &DataPage::chooseExport);
    connect(m_jobs, &JobTracker::busyChanged, this, [this](bool busy) {
        m_busyLabel->setText(m_sorting ? tr("Sorting…") : tr("Updating…"));
        m_busyLabel->setVisible(busy);
        m_busy->setVisible(busy);
    });
    connect(m_data, &DataController::datasetChanged, this, &DataPage::invalidate);
    connect(m_data, &DataController::filterChanged, this, &DataPage::invalidate);

    retranslateUi();
    applyColumnWidths();
    invalidate();
}

DataPage::~DataPage() = default;

RowTableModel* DataPage::model(TableKind table) const
{
    return m_models[slot(table)];
}

std::optional<size_t> DataPage::rowCount(TableKind table) const
{
    return m_counts[slot(table)];
}

bool DataPage::isBusy() const
{
    return m_jobs->isBusy();
}

void DataPage::retranslateUi()
{
    setWindowTitle(tr("Data")); // the main window's tab follows it
    m_tableLabel->setText(tr("&Table:"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Write the rows to a CSV file or an Excel workbook"));
    m_copyAction->setText(tr("Copy"));
    m_exportAction->setText(tr("Export…"));
    m_busyLabel->setText(m_sorting ? tr("Sorting…") : tr("Updating…"));
    updateTableChoice();
}

void DataPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataPage::updateTableChoice()
{
    const auto label = [this](TableKind t) {
        const auto& count = m_counts[slot(t)];
        switch (t) {
        case TableKind::Sessions:
            return count ? tr("Sessions (%L1)").arg(static_cast<qulonglong>(*count))
                         : tr("Sessions");
        case TableKind::Users:
            return count ? tr("Users (%L1)").arg(static_cast<qulonglong>(*count)) : tr("Users");
        case TableKind::Content:
            return count ? tr("Titles (%L1)").arg(static_cast<qulonglong>(*count)) : tr("Titles");
        case TableKind::Events:
            return count ? tr("Events (%L1)").arg(static_cast<qulonglong>(*count)) : tr("Events");
        }
        return QString();
    };
    for (TableKind t : table::kAllTables)
        m_tableChoice->setItemText(static_cast<int>(slot(t)), label(t));
    // Users and titles are not filtered by themselves: say which ones are listed.
    switch (m_table) {
    case TableKind::Sessions:
        m_scope->setText(tr("Sessions that match the filter."));
        break;
    case TableKind::Users:
        m_scope->setText(tr("Users with at least one session that matches the filter."));
        break;
    case TableKind::Content:
        m_scope->setText(tr("Titles played in at least one session that matches the filter."));
        break;
    case TableKind::Events:
        m_scope->setText(tr("Player events of the sessions that match the filter."));
        break;
    }
}

void DataPage::applyColumnWidths()
{
    // From the header and a typical value of the column's type, never from the rows: sizing
    // to contents would read cells of a 10-million-row model.
    const QFontMetrics fm = fontMetrics();
    const auto columns = table::columnsOf(m_table);
    for (size_t c = 0; c < columns.size(); ++c) {
        QString sample;
        switch (columns[c].type) {
        case table::ColumnType::Timestamp:
            sample = QStringLiteral("2026-03-01T18:22:05.123Z");
            break;
        case table::ColumnType::Text:
            sample = QString(28, QLatin1Char('n'));
            break;
        case table::ColumnType::Id:
        case table::ColumnType::Reference:
            sample = QStringLiteral("s000000000");
            break;
        case table::ColumnType::Date:
            sample = QStringLiteral("2026-03-01");
            break;
        case table::ColumnType::Category:
            sample = QStringLiteral("streaming_stick"); // the longest contract enum value
            break;
        default:
            sample = QStringLiteral("00000.000");
            break;
        }
        const int width = std::max(fm.horizontalAdvance(QString::fromLatin1(columns[c].name)) + 28,
                                   fm.horizontalAdvance(sample) + 16);
        m_view->setColumnWidth(static_cast<int>(c), width);
    }
}

void DataPage::setCurrentTable(TableKind table)
{
    if (m_tableChoice->currentIndex() != static_cast<int>(slot(table)))
        m_tableChoice->setCurrentIndex(static_cast<int>(slot(table))); // comes back here
    if (table == m_table && m_view->model() == model(table))
        return;
    m_table = table;
    m_view->setModel(model(table));
    const SortState& sort = m_sort[slot(table)];
    m_view->horizontalHeader()->setSortIndicator(sort.column, sort.order);
    applyColumnWidths();
    updateTableChoice();
    m_message->clear();
    // A model may still hold rows of an earlier filter whose job a table switch cancelled.
    const RowTableModel* shown = model(table);
    const bool upToDate = m_baseRows[slot(table)] && shown->rows() &&
                          shown->sortColumn() == sort.column && shown->sortOrder() == sort.order;
    if (upToDate)
        emit refreshed();
    else
        rebuild();
}

void DataPage::invalidate()
{
    m_selection.reset();
    m_baseRows = {};
    m_counts = {};
    // Other tables' models let go of the old dataset now; the shown one keeps its rows
    // until the new ones arrive.
    for (TableKind t : table::kAllTables)
        if (t != m_table)
            model(t)->clear();
    updateTableChoice();
    // A hidden tab does no row work for each filter click; it catches up when shown.
    if (parentWidget() && !isVisible()) {
        m_stale = true;
        return;
    }
    rebuild();
}

void DataPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
}

void DataPage::rebuild()
{
    auto data = m_data->dataset();
    if (!data) {
        model(m_table)->clear();
        return;
    }
    const query::Filter filter = m_data->filter();
    const TableKind table = m_table;
    const SortState sort = m_sort[slot(table)];
    auto selection = m_selection;
    auto base = m_baseRows[slot(table)];
    m_sorting = selection && base && sort.column >= 0;
    m_jobs->run<Rebuild>(
        [data, filter, table, sort, selection, base](const std::atomic<bool>& cancel) {
            Rebuild r;
            r.data = data;
            r.table = table;
            r.sortColumn = sort.column;
            r.order = sort.order;
            r.selection = selection;
            if (!r.selection) {
                std::string error;
                auto s = std::make_shared<query::Selection>(
                    query::select(*data, filter, &error, &cancel));
                if (!error.empty()) {
                    r.error = QString::fromStdString(error);
                    return r;
                }
                if (s->isCancelled())
                    return r;
                r.selection = s;
                std::array<std::optional<size_t>, 4> counts;
                for (TableKind t : table::kAllTables)
                    counts[slot(t)] = table::rowCountOverSelection(*data, t, *s, &cancel);
                r.counts = counts;
            }
            r.base = base;
            if (!r.base) {
                auto set = table::rowsOverSelection(*data, table, *r.selection, &cancel);
                if (set.cancelled)
                    return r;
                r.base = std::make_shared<const std::vector<uint32_t>>(std::move(set.rows));
            }
            r.shown = r.base;
            if (sort.column >= 0) {
                auto sorted = std::make_shared<std::vector<uint32_t>>(*r.base);
                if (!table::sortRows(*data, table, sort.column,
                                     sort.order == Qt::AscendingOrder
                                         ? table::SortOrder::Ascending
                                         : table::SortOrder::Descending,
                                     *sorted, &cancel))
                    return r;
                r.shown = std::move(sorted);
            }
            r.ok = true;
            return r;
        },
        [this](Rebuild r) { deliver(std::move(r)); });
}

void DataPage::deliver(Rebuild r)
{
    m_sorting = false;
    if (!r.ok) {
        if (!r.error.isEmpty())
            showMessage(tr("Cannot list the rows: %1").arg(r.error));
        return;
    }
    m_selection = r.selection;
    if (r.counts)
        m_counts = *r.counts;
    m_baseRows[slot(r.table)] = r.base;
    model(r.table)->setRows(r.data, r.shown, r.sortColumn, r.order);
    if (r.table == m_table)
        m_view->horizontalHeader()->setSortIndicator(r.sortColumn, r.order);
    updateTableChoice();
    emit refreshed();
}

void DataPage::sortBy(int column, Qt::SortOrder order)
{
    SortState& sort = m_sort[slot(m_table)];
    sort.column = column;
    sort.order = order;
    m_view->horizontalHeader()->setSortIndicator(column, order);
    rebuild();
}

void DataPage::onHeaderClicked(int section)
{
    // Ascending, then descending, then back to table order.
    const SortState sort = m_sort[slot(m_table)];
    if (sort.column != section)
        sortBy(section, Qt::AscendingOrder);
    else if (sort.order == Qt::AscendingOrder)
        sortBy(section, Qt::DescendingOrder);
    else
        sortBy(-1, Qt::AscendingOrder);
}

std::vector<table::CellRange> DataPage::selectedRanges() const
{
    std::vector<table::CellRange> ranges;
    if (!m_view->selectionModel())
        return ranges;
    // Ranges, not indexes: Ctrl+A over 10 million rows is one range.
    for (const QItemSelectionRange& r : m_view->selectionModel()->selection())
        if (r.isValid() && !r.isEmpty())
            ranges.push_back({static_cast<size_t>(r.top()), static_cast<size_t>(r.bottom()),
                              r.left(), r.right()});
    return ranges;
}

void DataPage::copySelection()
{
    RowTableModel* shown = model(m_table);
    const auto ranges = selectedRanges();
    if (ranges.empty() || !shown->rows())
        return;
    size_t cells = 0;
    for (const auto& r : ranges)
        cells += (r.bottom - r.top + 1) * static_cast<size_t>(r.right - r.left + 1);
    if (cells > table::kMaxCopyCells) {
        showMessage(tr("Too many cells to copy (at most %L1); use Export… for large selections.")
                        .arg(static_cast<qulonglong>(table::kMaxCopyCells)));
        return;
    }
    auto data = shown->dataset();
    auto rows = shown->rows();
    const TableKind table = m_table;
    m_copyJobs->run<table::CopyResult>(
        [data, rows, ranges, table](const std::atomic<bool>& cancel) {
            return table::copyText(*data, table, *rows, ranges, &cancel);
        },
        [this](table::CopyResult result) {
            if (!result.error.empty()) {
                showMessage(tr("Nothing copied: %1").arg(QString::fromStdString(result.error)));
                return;
            }
            QApplication::clipboard()->setText(QString::fromStdString(result.text));
            showMessage(tr("Copied %Ln row(s).", nullptr, static_cast<int>(result.rows)));
            emit copied(static_cast<int>(result.rows));
        });
}

void DataPage::exportTo(const QString& path, bool selectedOnly)
{
    const auto format = rowexport::formatForPath(path.toStdString());
    RowTableModel* shown = model(m_table);
    auto data = shown->dataset();
    auto rows = shown->rows();
    QString refusal;
    if (!format)
        refusal = tr("Choose a file name ending in .csv or .xlsx.");
    else if (!data || !rows)
        refusal = tr("The rows are not ready yet.");
    if (!refusal.isEmpty()) {
        showMessage(refusal);
        emit exportFinished(false, refusal);
        return;
    }
    const auto ranges = selectedOnly ? selectedRanges() : std::vector<table::CellRange>{};
    const TableKind table = m_table;

    delete m_exportProgress;
    m_exportProgress =
        new QProgressDialog(tr("Exporting to %1…").arg(path), tr("Cancel"), 0, 1000, this);
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(400);
    m_exportProgress->setAutoClose(false);
    m_exportProgress->setAutoReset(false);
    connect(m_exportProgress, &QProgressDialog::canceled, this, [this] {
        m_exportJobs->cancel();
        const QString message = tr("Export cancelled.");
        showMessage(message);
        emit exportFinished(false, message);
    });
    QPointer<DataPage> self(this);
    m_exportJobs->run<rowexport::ExportResult>(
        [self, data, rows, ranges, table, selectedOnly, path,
         format](const std::atomic<bool>& cancel) {
            QElapsedTimer throttle;
            throttle.start();
            auto progress = [&](double fraction) {
                // At most every 100 ms, so the GUI's event queue is not flooded.
                if (throttle.elapsed() > 100) {
                    throttle.restart();
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, value = static_cast<int>(fraction * 1000)] {
                            if (self && self->m_exportProgress)
                                self->m_exportProgress->setValue(value);
                        },
                        Qt::QueuedConnection);
                }
                return !cancel.load();
            };
            if (selectedOnly)
                return rowexport::exportRows(*data, table, table::selectedRows(*rows, ranges),
                                             path.toStdString(), *format, progress);
            return rowexport::exportRows(*data, table, *rows, path.toStdString(), *format,
                                         progress);
        },
        [this, path](rowexport::ExportResult result) {
            if (m_exportProgress) {
                m_exportProgress->hide();
                m_exportProgress->deleteLater();
                m_exportProgress = nullptr;
            }
            QString message;
            if (result.ok && result.sheets > 1)
                message = tr("Wrote %L1 rows to %2 (%3 sheets).")
                              .arg(static_cast<qulonglong>(result.rows))
                              .arg(path)
                              .arg(result.sheets);
            else if (result.ok)
                message =
                    tr("Wrote %L1 rows to %2.").arg(static_cast<qulonglong>(result.rows)).arg(path);
            else
                message = tr("Export failed: %1").arg(QString::fromStdString(result.error));
            showMessage(message);
            emit exportFinished(result.ok, message);
        });
}

void DataPage::chooseExport()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export rows"), QString::fromLatin1(table::tableName(m_table).data()),
        tr("CSV file (*.csv);;Excel workbook (*.xlsx)"), &filter);
    if (path.isEmpty())
        return;
    if (!rowexport::formatForPath(path.toStdString()))
        path += filter.contains(QLatin1String("xlsx")) ? QStringLiteral(".xlsx")
                                                       : QStringLiteral(".csv");
    bool selectedOnly = false;
    size_t selected = 0;
    for (const auto& r : selectedRanges())
        selected += r.bottom - r.top + 1;
    if (selected > 0) {
        QMessageBox ask(QMessageBox::Question, tr("Export rows"),
                        tr("Export all rows listed, or only the selected ones?"),
                        QMessageBox::Cancel, this);
        auto* all = ask.addButton(tr("All %L1 rows").arg(model(m_table)->rowCount()),
                                  QMessageBox::AcceptRole);
        auto* some = ask.addButton(tr("%Ln selected row(s)", nullptr, static_cast<int>(selected)),
                                   QMessageBox::AcceptRole);
        ask.setDefaultButton(all);
        ask.exec();
        if (ask.clickedButton() != all && ask.clickedButton() != some)
            return;
        selectedOnly = ask.clickedButton() == some;
    }
    exportTo(path, selectedOnly);
}

void DataPage::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    m_copyAction->setEnabled(!selectedRanges().empty());
    menu.addAction(m_copyAction);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
    m_copyAction->setEnabled(true);
}

void DataPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

} // namespace streamlens::ui
