// SPDX-License-Identifier: MIT
// The Data page: QAbstractItemModelTester on every table model through table switches, filter
// changes and sorts; sorting, copy text, export and row counts against the core; a timing of
// the rows and the first paint (STREAMLENS_DATA_BENCH_SESSIONS scales it, e.g. 10000000).
#include "data/DataController.h"
#include "generator/SyntheticGenerator.h"
#include "pages/DataPage.h"
#include "query/Filter.h"
#include "query/Selection.h"
#include "style/Theme.h"
#include "table/ColumnSpec.h"
#include "table/CopyText.h"
#include "table/RowSet.h"
#include "table/RowSorter.h"
#include "tables/CellText.h"
#include "tables/RowTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using table::TableKind;

namespace {

std::shared_ptr<const Dataset> makeData(int64_t sessions)
{
    generator::GeneratorOptions options;
    options.sessions = sessions;
    options.seed = 3;
    return std::make_shared<const Dataset>(generator::generate(options));
}

query::Filter where(const std::vector<std::string>& clauses)
{
    std::string error;
    auto filter = query::Filter::parseWhere(clauses, &error);
    if (!filter)
        qFatal("bad filter: %s", error.c_str());
    return *filter;
}

std::vector<uint32_t> coreRows(const Dataset& data, TableKind table, const query::Filter& filter)
{
    return table::rowsOverSelection(data, table, query::select(data, filter)).rows;
}

std::vector<uint32_t> modelRows(const ui::RowTableModel* model)
{
    return model->rows() ? *model->rows() : std::vector<uint32_t>{};
}

} // namespace

class TestUiData : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = makeData(5000);
    }

    void everyModelPassesTheTester()
    {
        ui::DataController data;
        data.setDataset(m_data, "test");
        ui::DataPage page(&data);
        for (TableKind t : table::kAllTables)
            new QAbstractItemModelTester(
                page.model(t), QAbstractItemModelTester::FailureReportingMode::QtTest, &page);
        QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        const query::Filter filter = where({"connection_type=wifi"});
        for (TableKind t : table::kAllTables) {
            page.setCurrentTable(t);
            if (!page.model(t)->rows())
                QVERIFY(refreshed.wait(20000));
            QCOMPARE(modelRows(page.model(t)), coreRows(*m_data, t, query::Filter{}));
            QCOMPARE(*page.rowCount(t), coreRows(*m_data, t, query::Filter{}).size());
            page.sortBy(2, Qt::DescendingOrder);
            QVERIFY(refreshed.wait(20000));
            data.setFilter(filter);
            QVERIFY(refreshed.wait(20000));
            data.setFilter(query::Filter{});
            QVERIFY(refreshed.wait(20000));
            // Every cell of a few rows, in every role the view asks for.
            auto* model = page.model(t);
            for (int r : {0, model->rowCount() / 2, model->rowCount() - 1})
                for (int c = 0; c < model->columnCount(); ++c)
                    for (int role : {int(Qt::DisplayRole), int(Qt::TextAlignmentRole),
                                     ui::RowTableModel::ContractTextRole})
                        model->data(model->index(r, c), role);
        }
    }

    void filterChangeUpdatesRowsAndCounts()
    {
        ui::DataController data;
        data.setDataset(m_data, "test");
        ui::DataPage page(&data);
        QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page.model(TableKind::Sessions)->rowCount(), int(m_data->sessions.size()));

        const query::Filter filter = where({"device_type=smart_tv", "cdn=cdn_b"});
        data.setFilter(filter);
        QVERIFY(refreshed.wait(20000));
        const auto sessions = coreRows(*m_data, TableKind::Sessions, filter);
        QVERIFY(!sessions.empty() && sessions.size() < m_data->sessions.size());
        QCOMPARE(modelRows(page.model(TableKind::Sessions)), sessions);
        for (TableKind t : table::kAllTables)
            QCOMPARE(*page.rowCount(t), coreRows(*m_data, t, filter).size());

        page.setCurrentTable(TableKind::Events);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(modelRows(page.model(TableKind::Events)),
                 coreRows(*m_data, TableKind::Events, filter));

        // Switching away before the rows arrive cancels that job; coming back recomputes
        // rather than showing the rows of the previous filter.
        const query::Filter next = where({"device_type=desktop"});
        data.setFilter(next);
        page.setCurrentTable(TableKind::Users);
        page.setCurrentTable(TableKind::Events);
        if (modelRows(page.model(TableKind::Events)) != coreRows(*m_data, TableKind::Events, next))
            QVERIFY(refreshed.wait(20000));
        QCOMPARE(modelRows(page.model(TableKind::Events)),
                 coreRows(*m_data, TableKind::Events, next));
        data.setFilter(filter);
        QVERIFY(refreshed.wait(20000));

        // A dataset change lists the new data.
        auto other = makeData(1200);
        data.setDataset(other, "other");
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(modelRows(page.model(TableKind::Events)),
                 coreRows(*other, TableKind::Events, filter));
        QVERIFY(page.model(TableKind::Events)->dataset() == other);
    }

    void headerClicksCycleTheOrder()
    {
        ui::DataController data;
        data.setDataset(m_data, "test");
        ui::DataPage page(&data);
        QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        auto* model = page.model(TableKind::Sessions);
        const int column = table::columnIndex(TableKind::Sessions, "playing_time_s");
        const auto base = modelRows(model);
        QHeaderView* header = page.view()->horizontalHeader();

        emit header->sectionClicked(column);
        QVERIFY(refreshed.wait(20000));
        auto expected = base;
        QVERIFY(table::sortRows(*m_data, TableKind::Sessions, column, table::SortOrder::Ascending,
                                expected));
        QCOMPARE(modelRows(model), expected);
        QCOMPARE(model->sortColumn(), column);
        QCOMPARE(header->sortIndicatorSection(), column);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(model->data(model->index(0, column)).toString() <=
                    model->data(model->index(1, column)).toString() ||
                m_data->sessions.playingTimeMs[expected[0]] <=
                    m_data->sessions.playingTimeMs[expected[1]]);

        emit header->sectionClicked(column);
        QVERIFY(refreshed.wait(20000));
        expected = base;
        QVERIFY(table::sortRows(*m_data, TableKind::Sessions, column, table::SortOrder::Descending,
                                expected));
        QCOMPARE(modelRows(model), expected);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        emit header->sectionClicked(column);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(modelRows(model), base);
        QCOMPARE(model->sortColumn(), -1);

        // sort() on a model that is not shown applies when its table is chosen.
        page.model(TableKind::Content)->sort(1, Qt::DescendingOrder); // title
        QCOMPARE(model->sortColumn(), -1);
        page.setCurrentTable(TableKind::Content);
        QVERIFY(refreshed.wait(20000));
        auto titles = coreRows(*m_data, TableKind::Content, query::Filter{});
        QVERIFY(
            table::sortRows(*m_data, TableKind::Content, 1, table::SortOrder::Descending, titles));
        QCOMPARE(modelRows(page.model(TableKind::Content)), titles);
        page.setCurrentTable(TableKind::Sessions);
        QCOMPARE(modelRows(model), base);

        // The sort survives a filter change: rows of the new selection, in the same order.
        page.sortBy(column, Qt::DescendingOrder);
        QVERIFY(refreshed.wait(20000));
        const query::Filter filter = where({"device_type=mobile"});
        data.setFilter(filter);
        QVERIFY(refreshed.wait(20000));
        expected = coreRows(*m_data, TableKind::Sessions, filter);
        QVERIFY(table::sortRows(*m_data, TableKind::Sessions, column, table::SortOrder::Descending,
                                expected));
        QCOMPARE(modelRows(model), expected);
    }

    void copyPutsTsvOnTheClipboard()
    {
        ui::DataController data;
        data.setDataset(m_data, "test");
        ui::DataPage page(&data);
        QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        page.sortBy(3, Qt::DescendingOrder); // start_ts: view order differs from table order
        QVERIFY(refreshed.wait(20000));
        auto* model = page.model(TableKind::Sessions);
        page.view()->selectionModel()->select(
            QItemSelection(model->index(2, 0), model->index(5, 3)), QItemSelectionModel::Select);
        QSignalSpy copied(&page, &ui::DataPage::copied);
        page.copySelection();
        QVERIFY(copied.wait(20000));
        QCOMPARE(copied.first().first().toInt(), 4);
        const auto expected =
            table::copyText(*m_data, TableKind::Sessions, *model->rows(), {{2, 5, 0, 3}});
        QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(expected.text));
        const QStringList lines = QApplication::clipboard()->text().split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], QString("session_id\tuser_id\tcontent_id\tstart_ts"));
        QCOMPARE(lines[1].split('\t').value(0),
                 model->data(model->index(2, 0), ui::RowTableModel::ContractTextRole).toString());
    }

    void exportWritesAllOrSelectedRows()
    {
        ui::DataController data;
        data.setDataset(m_data, "test");
        data.setFilter(where({"device_type=desktop"}));
        ui::DataPage page(&data);
        QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
        QVERIFY(refreshed.wait(20000));
        page.setCurrentTable(TableKind::Users);
        QVERIFY(refreshed.wait(20000));
        auto* model = page.model(TableKind::Users);
        QSignalSpy finished(&page, &ui::DataPage::exportFinished);

        const QString all = m_dir.filePath("users.csv");
        page.exportTo(all, false);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
        QFile f(all);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count('\n'), model->rowCount() + 1);

        page.view()->selectionModel()->select(
            QItemSelection(model->index(1, 0), model->index(3, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString some = m_dir.filePath("some.xlsx");
        page.exportTo(some, true);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().last().toString()));
        QVERIFY(finished.last().last().toString().contains(QLatin1String(" 3 ")));
        QFile x(some);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QCOMPARE(x.read(2), QByteArray("PK"));

        page.exportTo(m_dir.filePath("wrong.txt"), false);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!QFile::exists(m_dir.filePath("wrong.txt")));
    }

    void hiddenTabCatchesUpWhenShown()
    {
        ui::DataController data;
        QTabWidget tabs;
        tabs.addTab(new QWidget, "other");
        auto* page = new ui::DataPage(&data);
        tabs.addTab(page, page->windowTitle());
        QCOMPARE(tabs.tabText(1), QString("Data"));
        tabs.show();
        QSignalSpy refreshed(page, &ui::DataPage::refreshed);
        data.setDataset(m_data, "test");
        data.setFilter(where({"device_type=console"}));
        QVERIFY(!refreshed.wait(300)); // no row work behind another tab
        QVERIFY(!page->isBusy());
        tabs.setCurrentWidget(page);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(modelRows(page->model(TableKind::Sessions)),
                 coreRows(*m_data, TableKind::Sessions, where({"device_type=console"})));
    }

    void cellsFollowTheLocale()
    {
        using Kind = table::CellValue::Kind;
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale c(QLocale::C);
        c.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(ui::cellDisplayText(table::CellValue::of(Kind::Milli, 1500), german),
                 QString("1,5"));
        QCOMPARE(ui::cellDisplayText(table::CellValue::of(Kind::Milli, 1234567), c),
                 QString("1234.567"));
        QCOMPARE(ui::cellDisplayText(table::CellValue::of(Kind::Milli, -20), c), QString("-0.02"));
        QCOMPARE(ui::cellDisplayText(table::CellValue::of(Kind::Milli, 7000), c), QString("7"));
        QCOMPARE(ui::cellDisplayText(table::CellValue::of(Kind::Integer, 2160), c),
                 QString("2160"));
        QCOMPARE(ui::cellDisplayText(table::CellValue::null(), german), QString());
        QCOMPARE(ui::cellDisplayText(table::CellValue::of(Kind::Timestamp, 1772389325123), german),
                 QString("2026-03-01T18:22:05.123Z"));
    }

    void rendersAtBothSizesAndThemes()
    {
        const QByteArray out = qgetenv("STREAMLENS_DATA_SCREENSHOTS"); // a folder, to look at
        for (auto theme : {ui::Theme::Light, ui::Theme::Dark}) {
            // As the screenshot command does: the theme first, then the widgets.
            ui::applyTheme(theme);
            ui::DataController data;
            data.setDataset(m_data, "test");
            ui::DataPage page(&data);
            QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
            QVERIFY(refreshed.wait(20000));
            QCOMPARE(page.objectName(), QString("data"));
            for (QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
                page.resize(size);
                const QPixmap shot = page.grab();
                QCOMPARE(shot.size(), size);
                if (!out.isEmpty())
                    shot.save(QStringLiteral("%1/data-%2-%3.png")
                                  .arg(QString::fromLocal8Bit(out))
                                  .arg(theme == ui::Theme::Dark ? "dark" : "light")
                                  .arg(size.width()));
            }
            // The other tables at the small size, where their columns must still read.
            page.resize(1366, 768);
            for (TableKind t : {TableKind::Users, TableKind::Content, TableKind::Events}) {
                page.setCurrentTable(t);
                QVERIFY(refreshed.wait(20000));
                QVERIFY(!page.grab().isNull());
                if (!out.isEmpty())
                    page.grab().save(QStringLiteral("%1/data-%2-%3.png")
                                         .arg(QString::fromLocal8Bit(out))
                                         .arg(theme == ui::Theme::Dark ? "dark" : "light")
                                         .arg(table::tableName(t).data()));
            }
        }
        ui::applyTheme(ui::Theme::Light);
    }

    void rowsAndFirstPaintTiming()
    {
        // Wall times of what a user waits for; 20k sessions by default, more on request.
        const qint64 sessions =
            qEnvironmentVariableIsSet("STREAMLENS_DATA_BENCH_SESSIONS")
                ? qEnvironmentVariable("STREAMLENS_DATA_BENCH_SESSIONS").toLongLong()
                : 20000;
        QElapsedTimer timer;
        timer.start();
        auto big = makeData(sessions);
        const qint64 generateMs = timer.elapsed();
        ui::DataController data;
        ui::DataPage page(&data);
        page.resize(1920, 1080);
        QSignalSpy refreshed(&page, &ui::DataPage::refreshed);
        timer.restart();
        data.setDataset(big, "bench");
        QVERIFY(refreshed.wait(600000));
        const qint64 rowsMs = timer.elapsed();
        timer.restart();
        page.grab();
        const qint64 paintMs = timer.elapsed();
        QCOMPARE(page.model(TableKind::Sessions)->rowCount(), int(big->sessions.size()));

        const int column = table::columnIndex(TableKind::Sessions, "start_ts");
        timer.restart();
        page.sortBy(column, Qt::DescendingOrder);
        QVERIFY(refreshed.wait(600000));
        const qint64 sortMs = timer.elapsed();
        timer.restart();
        page.grab();
        const qint64 repaintMs = timer.elapsed();
        timer.restart();
        page.setCurrentTable(TableKind::Events);
        QVERIFY(refreshed.wait(600000));
        const qint64 eventsMs = timer.elapsed();
        qInfo("%lld sessions (%zu events; generated in %lld ms): rows + counts + reset %lld ms, "
              "first paint %lld ms, sort by start_ts desc %lld ms, repaint %lld ms, events "
              "table %lld ms",
              sessions, big->events.size(), generateMs, rowsMs, paintMs, sortMs, repaintMs,
              eventsMs);
    }
};

QTEST_MAIN(TestUiData)
#include "tst_ui_data.moc"
