// SPDX-License-Identifier: MIT
// The filter panel and chips: every edit lands in the filter through the FilterEditor (and
// is undoable), facet counts equal the engine's attempts under the filter without the
// dimension's own condition, chips remove exactly their part, and the filter survives a
// QSettings round trip.
#include "data/DataController.h"
#include "facets/FacetCounts.h"
#include "filters/DateRangeGroup.h"
#include "filters/FacetGroup.h"
#include "filters/FacetListModel.h"
#include "filters/FilterChip.h"
#include "filters/FilterChipsBar.h"
#include "filters/FilterEditor.h"
#include "filters/FilterPanel.h"
#include "filters/FilterState.h"
#include "generator/SyntheticGenerator.h"
#include "pages/OverviewPage.h"
#include "query/DimensionLabels.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"
#include "style/Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace streamlens;
using query::DimensionId;

namespace {
query::Filter parse(const std::vector<std::string>& clauses)
{
    std::string error;
    auto f = query::Filter::parseWhere(clauses, &error);
    if (!f)
        qFatal("bad filter: %s", error.c_str());
    return *f;
}

// The filter's clauses except those on one dimension, parsed anew: independent of the
// facet code's own "without" helper.
query::Filter withoutClausesOf(const query::Filter& filter, DimensionId dimension)
{
    const std::string prefix(query::dimensionInfo(dimension).name);
    std::vector<std::string> kept;
    for (const auto& c : filter.clauses())
        if (c.rfind(prefix + "=", 0) != 0 && c.rfind(prefix + "!=", 0) != 0)
            kept.push_back(c);
    return parse(kept);
}

// Checks a value the way a click on its check box does (through the view's proxy).
void check(ui::FacetGroup* group, const QString& value, bool on)
{
    auto* proxy = group->view()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex index = proxy->index(r, ui::FacetListModel::ValueColumn);
        if (index.data(ui::FacetListModel::ValueRole).toString() == value) {
            QVERIFY(proxy->setData(index, on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole));
            return;
        }
    }
    QFAIL(qPrintable("value not listed: " + value));
}
} // namespace

class TestUiFilters : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;
    std::unique_ptr<ui::DataController> m_controller;
    std::unique_ptr<ui::FilterEditor> m_editor;
    std::unique_ptr<ui::FilterPanel> m_panel;

    bool waitCounts()
    {
        QSignalSpy spy(m_panel.get(), &ui::FilterPanel::countsRefreshed);
        return spy.wait(20000);
    }
    // Sets the filter as another widget would, and waits for the panel's counts.
    bool setFilterElsewhere(const query::Filter& filter)
    {
        QSignalSpy spy(m_panel.get(), &ui::FilterPanel::countsRefreshed);
        m_editor->apply(filter, QStringLiteral("test"));
        return spy.wait(20000);
    }

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 20000;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
    }

    void init()
    {
        m_controller = std::make_unique<ui::DataController>();
        m_editor = std::make_unique<ui::FilterEditor>(m_controller.get());
        m_panel = std::make_unique<ui::FilterPanel>(m_controller.get(), m_editor.get());
        QSignalSpy spy(m_panel.get(), &ui::FilterPanel::countsRefreshed);
        m_controller->setDataset(m_data, QStringLiteral("test"));
        QVERIFY(spy.wait(20000));
        // The data's date extent arrives from a job of its own.
        QTRY_VERIFY(m_panel->dateRange()->isEnabled());
    }

    void cleanup()
    {
        m_panel.reset();
        m_editor.reset();
        m_controller.reset();
    }

    void modelsPassTester()
    {
        for (auto dimension : ui::FilterPanel::dimensions()) {
            auto* group = m_panel->group(dimension);
            QVERIFY(group);
            QAbstractItemModelTester tester(group->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QAbstractItemModelTester proxyTester(
                group->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(group->model()->rowCount() > 0);
            // Counts change in place and rows get added for unknown checked values, under
            // the testers' eyes.
            QVERIFY(setFilterElsewhere(parse({"device_type=smart_tv", "cdn=cdn_a"})));
            group->setCheckedValues({QStringLiteral("no_such_value")});
            group->setCheckedValues({});
            QVERIFY(setFilterElsewhere({}));
        }
    }

    void unfilteredCountsAreEngineAttempts()
    {
        const auto all = query::select(*m_data, query::Filter{});
        for (auto dimension : ui::FilterPanel::dimensions()) {
            const auto name = query::dimensionInfo(dimension).name;
            const auto grouped = query::computeKpisBy(*m_data, all, name);
            QVERIFY(grouped);
            auto* model = m_panel->group(dimension)->model();
            for (size_t i = 0; i < grouped->size(); ++i)
                QCOMPARE(model->count(QString::fromStdString(grouped->keys[i])),
                         static_cast<qint64>(grouped->values[i].attempts));
        }
    }

    void countsIgnoreTheDimensionsOwnCondition()
    {
        const auto filter =
            parse({"device_type=smart_tv,mobile", "cdn=cdn_b", "start_ts>=2026-10-01"});
        QVERIFY(setFilterElsewhere(filter));
        int nonZero = 0;
        for (auto dimension : ui::FilterPanel::dimensions()) {
            const auto name = query::dimensionInfo(dimension).name;
            const auto selection = query::select(*m_data, withoutClausesOf(filter, dimension));
            const auto grouped = query::computeKpisBy(*m_data, selection, name);
            QVERIFY(grouped);
            auto* model = m_panel->group(dimension)->model();
            for (int r = 0; r < model->rowCount(); ++r) {
                const QString value = model->value(r);
                const auto expected = grouped->find(value.toStdString());
                QCOMPARE(model->count(value),
                         expected ? static_cast<qint64>(expected->attempts) : qint64(0));
                nonZero += model->count(value) > 0;
            }
        }
        QVERIFY(nonZero > 20);
        // The checked device types keep their counts, and the other types show theirs, so
        // the device list sums to more than the selection.
        const auto* facet = m_panel->counts().find(DimensionId::DeviceType);
        QVERIFY(facet);
        const auto selected = query::select(*m_data, filter).count();
        QVERIFY(facet->total > selected);
    }

    void checkingValuesSetsTheFilter()
    {
        auto* devices = m_panel->group(DimensionId::DeviceType);
        check(devices, QStringLiteral("smart_tv"), true);
        check(devices, QStringLiteral("mobile"), true);
        auto* plans = m_panel->group(DimensionId::Plan);
        const QString plan = plans->model()->value(0);
        check(plans, plan, true);
        QCOMPARE(m_controller->filter(),
                 parse({"device_type=mobile,smart_tv", "plan=" + plan.toStdString()}));
        check(devices, QStringLiteral("mobile"), false);
        QCOMPARE(m_controller->filter(),
                 parse({"plan=" + plan.toStdString(), "device_type=smart_tv"}));
        QVERIFY(devices->clearButton()->isEnabled());
        devices->clearButton()->click();
        QCOMPARE(m_controller->filter(), parse({"plan=" + plan.toStdString()}));
        m_panel->clearAllButton()->click();
        QVERIFY(m_controller->filter().isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 6);
    }

    void clickOnRowTogglesValue()
    {
        m_panel->resize(300, 900);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        auto* view = m_panel->group(DimensionId::ConnectionType)->view();
        const QModelIndex first = view->model()->index(0, ui::FacetListModel::CountColumn);
        const QString value = first.data(ui::FacetListModel::ValueRole).toString();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
        QCOMPARE(m_editor->values(DimensionId::ConnectionType), QStringList{value});
        const QModelIndex label = view->model()->index(0, ui::FacetListModel::ValueColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(label).center());
        QVERIFY(m_editor->values(DimensionId::ConnectionType).isEmpty());
        QCOMPARE(m_editor->undoStack()->count(), 2);
    }

    void datePresetsFollowTheDataLastDay()
    {
        const auto& ts = m_data->sessions.startTs;
        const int64_t first =
            query::floorDiv(*std::min_element(ts.begin(), ts.end()), query::kMsPerDay);
        const int64_t last =
            query::floorDiv(*std::max_element(ts.begin(), ts.end()), query::kMsPerDay);
        QTRY_VERIFY(m_panel->dateRange()->isEnabled());
        QCOMPARE(*m_panel->dateRange()->extent().firstDay, first);
        QCOMPARE(*m_panel->dateRange()->extent().lastDay, last);
        m_panel->dateRange()->applyPreset(7);
        QCOMPARE(m_controller->filter().fromMs().value_or(-1), (last - 6) * query::kMsPerDay);
        QCOMPARE(m_controller->filter().toMs().value_or(-1), (last + 1) * query::kMsPerDay);
        QVERIFY(waitCounts());
        // Counts follow the date range: every facet sums to the sessions of those 7 days.
        const auto week = query::select(*m_data, m_controller->filter()).count();
        QCOMPARE(m_panel->counts().find(DimensionId::Cdn)->total, week);
        QCOMPARE(m_panel->dateRange()->fromEdit()->date(), QDate(1970, 1, 1).addDays(last - 6));

        // Editing a date edit commits after a pause.
        m_panel->dateRange()->fromEdit()->setDate(QDate(1970, 1, 1).addDays(last - 29));
        QTRY_COMPARE(m_controller->filter().fromMs().value_or(-1), (last - 29) * query::kMsPerDay);
        m_panel->dateRange()->applyPreset(0);
        QVERIFY(!m_controller->filter().fromMs() && !m_controller->filter().toMs());
    }

    void undoRedoRestoresFilterAndPanel()
    {
        auto* devices = m_panel->group(DimensionId::DeviceType);
        auto* cdns = m_panel->group(DimensionId::Cdn);
        check(devices, QStringLiteral("smart_tv"), true);
        const query::Filter afterFirst = m_controller->filter();
        check(cdns, cdns->model()->value(0), true);
        m_panel->dateRange()->applyPreset(30);
        const query::Filter afterAll = m_controller->filter();
        QVERIFY(afterAll.fromMs());

        auto* undo = m_editor->undoStack();
        undo->undo();
        undo->undo();
        QCOMPARE(m_controller->filter(), afterFirst);
        QCOMPARE(devices->model()->checkedValues(), QStringList{"smart_tv"});
        QVERIFY(cdns->model()->checkedValues().isEmpty());
        QCOMPARE(m_panel->dateRange()->toEdit()->date(),
                 QDate(1970, 1, 1).addDays(*m_panel->dateRange()->extent().lastDay));
        undo->redo();
        undo->redo();
        QCOMPARE(m_controller->filter(), afterAll);
        QCOMPARE(cdns->model()->checkedValues(), QStringList{cdns->model()->value(0)});
        // Mirroring the filter did not push anything of its own.
        QCOMPARE(undo->count(), 3);
        QVERIFY(waitCounts());
        QCOMPARE(undo->count(), 3);
    }

    void chipRemovesExactlyItsCondition()
    {
        ui::FilterChipsBar chips(m_controller.get(), m_editor.get());
        const auto filter =
            parse({"device_type=smart_tv,mobile", "cdn=cdn_b", "start_ts>=2026-10-01",
                   "start_ts<2026-10-15", "startup_time_ms<2000"});
        m_editor->apply(filter, QStringLiteral("test"));
        QCOMPARE(chips.chips().size(), size_t(4));
        // Display labels, not column names and raw values.
        QVERIFY(chips.chipTexts().contains(QStringLiteral("Device type: Mobile, Smart TV")));
        QVERIFY(chips.chipTexts().contains(QStringLiteral("2026-10-01 – 2026-10-14")));
        // The chips wrap to more lines rather than clipping when the bar is narrow.
        QVERIFY(chips.heightForWidth(320) > chips.heightForWidth(3000));

        const auto chipFor = [&](const QString& start) -> ui::FilterChip* {
            for (auto* c : chips.chips())
                if (c->text().startsWith(start))
                    return c;
            return nullptr;
        };
        QSignalSpy changed(m_controller.get(), &ui::DataController::filterChanged);
        QTest::mouseClick(chipFor(QStringLiteral("Device type"))->removeButton(), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QCOMPARE(m_controller->filter(), parse({"cdn=cdn_b", "start_ts>=2026-10-01",
                                                "start_ts<2026-10-15", "startup_time_ms<2000"}));
        QCOMPARE(chips.chips().size(), size_t(3));

        QTest::mouseClick(chipFor(QStringLiteral("2026-10-01"))->removeButton(), Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QCOMPARE(m_controller->filter(), parse({"cdn=cdn_b", "startup_time_ms<2000"}));
        QTest::mouseClick(chipFor(QStringLiteral("startup_time_ms"))->removeButton(),
                          Qt::LeftButton);
        QVERIFY(changed.wait(5000));
        QCOMPARE(m_controller->filter(), parse({"cdn=cdn_b"}));
        QCOMPARE(m_panel->group(DimensionId::Cdn)->model()->checkedValues(), QStringList{"cdn_b"});

        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_controller->filter(), filter);
        QCOMPARE(chips.chips().size(), size_t(4));
    }

    void searchNarrowsLongLists()
    {
        auto* isp = m_panel->group(DimensionId::Isp);
        QVERIFY(isp->searchBox());
        QVERIFY(!m_panel->group(DimensionId::DeviceType)->searchBox());
        const int all = isp->view()->model()->rowCount();
        const QString needle = isp->model()->value(0).left(4);
        isp->searchBox()->setText(needle);
        const int shown = isp->view()->model()->rowCount();
        QVERIFY(shown >= 1);
        QVERIFY(shown < all);
        for (int r = 0; r < shown; ++r)
            QVERIFY(isp->view()->model()->index(r, 0).data().toString().contains(
                needle, Qt::CaseInsensitive));
    }

    void valuesShowReadableLabels()
    {
        auto* devices = m_panel->group(DimensionId::DeviceType);
        const QModelIndex tv = [&] {
            for (int r = 0; r < devices->model()->rowCount(); ++r)
                if (devices->model()->value(r) == QLatin1String("smart_tv"))
                    return devices->model()->index(r, ui::FacetListModel::ValueColumn);
            return QModelIndex();
        }();
        QVERIFY(tv.isValid());
        QCOMPARE(tv.data().toString(), QStringLiteral("Smart TV"));
        QCOMPARE(tv.data(ui::FacetListModel::ValueRole).toString(), QStringLiteral("smart_tv"));

        // Countries read as names; the search finds a country by name and by code.
        auto* countries = m_panel->group(DimensionId::Country);
        QString code;
        for (int r = 0; r < countries->model()->rowCount() && code.isEmpty(); ++r)
            if (countries->model()->value(r) == QLatin1String("DE"))
                code = QStringLiteral("DE");
        QCOMPARE(code, QStringLiteral("DE"));
        for (const QString& needle : {QStringLiteral("germ"), QStringLiteral("DE")}) {
            countries->searchBox()->setText(needle);
            const auto* view = countries->view()->model();
            bool found = false;
            for (int r = 0; r < view->rowCount(); ++r)
                found |= view->index(r, 0).data(ui::FacetListModel::ValueRole).toString() ==
                             QLatin1String("DE") &&
                         view->index(r, 0).data().toString() == QLatin1String("Germany");
            QVERIFY2(found, qPrintable(needle));
        }
        countries->searchBox()->clear();

        // The editor's undo text reads the same way.
        check(devices, QStringLiteral("smart_tv"), true);
        QCOMPARE(m_editor->undoStack()->undoText(),
                 QStringLiteral("Filter Device type = Smart TV"));
    }

    void panelScrollsInsteadOfSqueezing_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768 dock") << QSize(280, 640);
        QTest::newRow("1920x1080 dock") << QSize(280, 950);
    }
    void panelScrollsInsteadOfSqueezing()
    {
        QFETCH(QSize, size);
        m_panel->resize(size);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QApplication::processEvents();
        // Every list shows all its rows up to eight whole ones (the panel scrolls instead).
        for (auto dimension : ui::FilterPanel::dimensions()) {
            auto* view = m_panel->group(dimension)->view();
            const int rows = std::min(8, view->model()->rowCount());
            QVERIFY2(view->height() >= rows * view->sizeHintForRow(0),
                     qPrintable(query::dimensionLabel(dimension)));
        }
        // The date edits are never narrower than a whole date.
        auto* from = m_panel->dateRange()->fromEdit();
        QVERIFY(from->width() >= from->minimumSizeHint().width());
        QVERIFY(from->height() >= from->minimumSizeHint().height());
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("settings.ini");
        const auto filter = parse({"device_type=smart_tv", "isp=\"a, b\"", "country!=DE",
                                   "start_ts>=2026-10-01", "rebuffer_time_ms>=1500"});
        {
            QSettings settings(path, QSettings::IniFormat);
            ui::FilterState::save(settings, filter);
        }
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("filter/current")));
        const auto restored = ui::FilterState::restore(settings);
        QVERIFY(restored);
        QCOMPARE(*restored, filter);
        settings.setValue(QStringLiteral("filter/current"), QStringLiteral("{broken"));
        QVERIFY(!ui::FilterState::restore(settings));
        settings.remove(QStringLiteral("filter/current"));
        QVERIFY(!ui::FilterState::restore(settings));
    }
};

QTEST_MAIN(TestUiFilters)
#include "tst_ui_filters.moc"
