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
#include "store/SqliteStore.h"

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
