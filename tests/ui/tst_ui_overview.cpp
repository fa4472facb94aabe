// SPDX-License-Identifier: MIT
// The Overview shows the engine's KPIs for the opened store, computed off the GUI thread.
#include "MainWindow.h"
#include "data/DataController.h"
#include "data/MetricText.h"
#include "generator/SyntheticGenerator.h"
#include "pages/OverviewPage.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "query/UtcCalendar.h"
#include "store/SqliteStore.h"
#include "style/Theme.h"
#include "summary/ExecutiveSummary.h"
#include "widgets/FindingsList.h"
#include "widgets/KpiTile.h"
#include "widgets/Sparkline.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;

class TestUiOverview : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    Dataset m_data;
    std::shared_ptr<const Dataset> m_month; // 30 days with the planted incident
    std::string m_incidentDay;

    query::Filter incidentDayFilter() const
    {
        query::Filter f;
        std::string error;
        f.setFromDate(m_incidentDay, &error);
        f.setToDate(m_incidentDay, &error);
        return f;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        generator::GeneratorOptions options;
        options.sessions = 5000;
        m_data = generator::generate(options);
        m_db = m_dir.filePath("store.db");
        store::SqliteStore store;
        std::string error;
        QVERIFY2(store.open(m_db.toStdString(), true, &error), error.c_str());
        QVERIFY2(store.save(m_data, &error), error.c_str());

        generator::GeneratorOptions month;
        month.sessions = 400000;
        month.days = 30;
        month.withEvents = false;
        m_month = std::make_shared<const Dataset>(generator::generate(month));
        m_incidentDay =
            query::formatIsoDate(month.resolvedStartDate() + month.resolvedIncidentDay());
    }

    void tilesShowChangesAgainstThePreviousPeriod()
    {
        ui::DataController data;
        ui::OverviewPage page(&data);
        page.resize(1366, 900);
        QSignalSpy refreshed(&page, &ui::OverviewPage::refreshed);
        data.setDataset(m_month, QStringLiteral("month"));
        QVERIFY(refreshed.wait(20000));
        // No date range: no previous period, and the tiles say so instead of a delta.
        QVERIFY(page.tileChangeText("vsf_rate").contains("no previous period"));

        const query::Filter filter = incidentDayFilter();
        data.setFilter(filter);
        QVERIFY(refreshed.wait(20000));
        const QJsonObject expected =
            query::computeKpis(*m_month, query::select(*m_month, filter)).toJson();
        QCOMPARE(page.kpis(), expected);
        for (const char* key : {"attempts", "rebuffer_ratio", "vsf_rate", "startup_time_ms_median",
                                "startup_time_ms_p95", "avg_bitrate_kbps", "churn_rate"})
            QCOMPARE(page.tileText(key), ui::formatMetric(key, expected.value(key)));

        // The change line and the colour follow the core's decision tile by tile.
        const auto* summary = page.summary();
        QVERIFY(summary && summary->window && summary->window->hasPrevious);
        for (const auto& t : summary->tiles) {
            const QString key = QString::fromStdString(t.key);
            const QString line = page.tileChangeText(key);
            QVERIFY(t.relativeChange);
            QVERIFY2(line.contains("vs previous day"), qPrintable(key + ": " + line));
            QVERIFY(
                line.startsWith(*t.relativeChange > 0 ? QStringLiteral("▲") : QStringLiteral("▼")));
            const auto tone = page.tile(key)->changeTone();
            QCOMPARE(tone == ui::KpiTile::ChangeTone::Bad,
                     t.significant && t.direction == summary::ChangeDirection::Bad);
            QCOMPARE(tone == ui::KpiTile::ChangeTone::Good,
                     t.significant && t.direction == summary::ChangeDirection::Good);
            QVERIFY(page.tile(key)->toolTip().contains(QString::fromStdString(t.test)));
            QCOMPARE(page.tile(key)->sparkline()->values().size(), size_t(48));
        }
        // The incident lifts the day's start failures by ~40 % against the day before
        // (Holm-adjusted p ≈ 0.003 on this seed): painted bad.
        QCOMPARE(page.tile("vsf_rate")->changeTone(), ui::KpiTile::ChangeTone::Bad);
    }

    void findingsAreShownAndSelectTheirSegment()
    {
        ui::DataController data;
        ui::OverviewPage page(&data);
        page.resize(1920, 1000);
        QSignalSpy refreshed(&page, &ui::OverviewPage::refreshed);
        data.setDataset(m_month, QStringLiteral("month"));
        QVERIFY(refreshed.wait(20000));
        data.setFilter(incidentDayFilter());
        QVERIFY(refreshed.wait(20000));
        const auto* summary = page.summary();
        ui::FindingsList* list = page.findings();
        QCOMPARE(list->count(), int(summary->findings.size()));
        QVERIFY(list->count() >= 3 && list->count() <= 6);
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->text(i), QString::fromStdString(summary->findings[size_t(i)].sentence));

        std::vector<query::Filter> activated;
        connect(&page, &ui::OverviewPage::findingActivated,
                [&](const query::Filter& f) { activated.push_back(f); });
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The findings' frames (labels are frames too, but only the items change the cursor).
        QList<QFrame*> frames;
        for (QFrame* f : list->findChildren<QFrame*>())
            if (!qobject_cast<QLabel*>(f))
                frames << f;
        QCOMPARE(frames.size(), list->count());
        QTest::mouseClick(frames.front(), Qt::LeftButton, {}, QPoint(4, 4));
        QCOMPARE(activated.size(), size_t(1));
        QCOMPARE(activated.front(), summary->findings.front().filter);
        list->activate(list->count() - 1);
        QCOMPARE(activated.back(), summary->findings.back().filter);

        // Screens for a person to look at (light and dark, two sizes) when asked for.
        const QString dir = qEnvironmentVariable("STREAMLENS_OVERVIEW_GRAB");
        if (!dir.isEmpty()) {
            for (const char* theme : {"light", "dark"}) {
                ui::applyTheme(QString(theme) == "dark" ? ui::Theme::Dark : ui::Theme::Light);
                for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
                    page.resize(size);
                    QTest::qWait(50);
                    page.grab().save(
                        QStringLiteral("%1/overview-%2-%3.png").arg(dir, theme).arg(size.width()));
                }
            }
        }
    }

    void tilesShowEngineValues()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        QSignalSpy refreshed(window.overviewPage(), &ui::OverviewPage::refreshed);
        data.openStore(m_db, false);
        QVERIFY(refreshed.wait(20000));

        const QJsonObject expected =
            query::computeKpis(m_data, query::select(m_data, query::Filter{})).toJson();
        for (const char* key : {"attempts", "rebuffer_ratio", "vsf_rate", "startup_time_ms_median",
                                "avg_bitrate_kbps", "churn_rate"})
            QCOMPARE(window.overviewPage()->tileText(key),
                     ui::formatMetric(key, expected.value(key)));
        QCOMPARE(window.overviewPage()->kpis().value("attempts").toInteger(), 5000);
    }

    void filterChangeUpdatesTiles()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        QSignalSpy refreshed(window.overviewPage(), &ui::OverviewPage::refreshed);
        data.openStore(m_db, false);
        QVERIFY(refreshed.wait(20000));

        std::string error;
        auto filter = query::Filter::parseWhere({"device_type=smart_tv"}, &error);
        QVERIFY2(filter, error.c_str());
        data.setFilter(*filter);
        QVERIFY(refreshed.wait(20000));
        const QJsonObject expected =
            query::computeKpis(m_data, query::select(m_data, *filter)).toJson();
        QCOMPARE(window.overviewPage()->kpis(), expected);
        QVERIFY(expected.value("attempts").toInteger() < 5000);
    }

    void missingStoreIsReported()
    {
        ui::DataController data;
        QSignalSpy failed(&data, &ui::DataController::loadFailed);
        data.openStore(m_dir.filePath("nope.db"), false);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().contains("nope.db"));
    }
};

QTEST_MAIN(TestUiOverview)
#include "tst_ui_overview.moc"
