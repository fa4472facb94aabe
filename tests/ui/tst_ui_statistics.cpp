// SPDX-License-Identifier: MIT
// The Statistics page: each kind of question shows the same numbers as the core runner (the
// CLI's `streamlens stats`) for the same inputs and filter, edge cases come as messages
// without NaN, a filter change re-runs a shown answer, the table model passes
// QAbstractItemModelTester, and every chart draws into an image.
#include "analysis/ClusterRunner.h"
#include "analysis/GroupDistribution.h"
#include "analysis/ModelRunner.h"
#include "analysis/QuestionRunner.h"
#include "analysis/ScatterSample.h"
#include "analysis/TestRunner.h"
#include "data/DataController.h"
#include "export/ChartExportMenu.h"
#include "generator/SyntheticGenerator.h"
#include "pages/StatisticsPage.h"
#include "query/Filter.h"
#include "query/Selection.h"
#include "stats/ClusterProfileChart.h"
#include "stats/CompareGroupsForm.h"
#include "stats/GroupComparisonChart.h"
#include "stats/KScanChart.h"
#include "stats/LevelCombo.h"
#include "stats/PredictForm.h"
#include "stats/QuestionChooser.h"
#include "stats/ReadyMadeForm.h"
#include "stats/RelateVariablesForm.h"
#include "stats/ResultView.h"
#include "stats/RocChart.h"
#include "stats/ScatterFitChart.h"
#include "stats/SegmentViewersForm.h"
#include "stats/StatsTableModel.h"
#include "stats/VariableCombo.h"
#include "stats/VariableList.h"
#include "style/Theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QListWidget>
#include <QPainter>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <qcustomplot.h>

using namespace streamlens;
using namespace streamlens::analysis;
using ui::StatsQuestionKind;

class TestUiStatistics : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

    struct Fixture {
        ui::DataController data;
        ui::StatisticsPage page{&data};
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->page.resize(1366, 768);
        f->page.show();
        QSignalSpy listed(f->page.chooser()->compareForm(), &ui::CompareGroupsForm::groupsListed);
        f->data.setDataset(m_data, "test");
        if (!listed.wait(20000))
            return nullptr;
        return f;
    }

    static bool runAndWait(ui::StatisticsPage& page)
    {
        QSignalSpy spy(&page, &ui::StatisticsPage::refreshed);
        page.run();
        return spy.wait(30000);
    }

    query::Selection selection(const query::Filter& filter = {})
    {
        return query::select(*m_data, filter);
    }

    // The raw value of a table cell: the number the view formats.
    static double raw(ui::StatsTableModel* model, int row, int column)
    {
        return model->data(model->index(row, column), ui::StatsTableModel::RawValueRole).toDouble();
    }
    static QString text(ui::StatsTableModel* model, int row, int column)
    {
        return model->data(model->index(row, column)).toString();
    }
    // The row of the details table whose first cell starts with label.
    static int detailsRow(ui::StatsTableModel* model, const QString& label)
    {
        for (int r = 0; r < model->rowCount(); ++r)
            if (text(model, r, 0).startsWith(label))
                return r;
        return -1;
    }

    // With STREAMLENS_STATS_SHOTS=DIR the page is saved there to be looked at.
    static void shot(QWidget& page, const QString& name)
    {
        if (const QByteArray dir = qgetenv("STREAMLENS_STATS_SHOTS"); !dir.isEmpty()) {
            QCoreApplication::processEvents();
            page.grab().save(QString::fromUtf8(dir) + "/page-" + name + ".png");
        }
    }

    // Charts draw into an image with more than the background in it.
    static void checkRenders(ui::StatsChart* chart, const QString& name)
    {
        QVERIFY2(chart->hasContent(), qPrintable(name));
        QVERIFY(!chart->title().isEmpty());
        QVERIFY(!chart->chartId().isEmpty());
        QVERIFY(!chart->caption().isEmpty()); // the sentence goes under it in a report
        // Right-click export and copy, as on every chart.
        auto* menu = chart->findChild<ui::ChartExportMenu*>();
        QVERIFY(menu);
        QVERIFY(menu->exportAction() && menu->copyAction());
        QImage image(900, 560, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            chart->render(&painter, QRectF(0, 0, 900, 560));
        }
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name));
        if (const QByteArray dir = qgetenv("STREAMLENS_STATS_SHOTS"); !dir.isEmpty())
            image.save(QString::fromUtf8(dir) + "/" + name + ".png");
    }

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 20000;
        options.days = 20;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
    }

    void compareGroupsAsTheCore()
    {
        auto f = open();
        QVERIFY(f);
        auto* form = f->page.chooser()->compareForm();
        QVERIFY(form->metricCombo()->setKey("startup_time_ms"));
        QVERIFY(form->dimensionCombo()->setKey("device_type"));
        form->setCheckedGroups({"smart_tv", "mobile"});
        ui::StatsTableModel* model = f->page.resultView()->mainModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(runAndWait(f->page));
        const auto& shown = f->page.lastResult();
        QVERIFY(shown && shown->ok());
        // Two large groups: the automatic choice is Welch's t test.
        QVERIFY(shown->choice);
        QCOMPARE(shown->choice->kind, TestKind::WelchT);

        TestRequest r;
        r.kind = TestKind::WelchT;
        r.metric = "startup_time_ms";
        r.by = "device_type";
        // The list shows groups largest first; the request keeps that order.
        r.groups = shown->request.test.groups;
        QCOMPARE(r.groups.size(), size_t(2));
        const auto core = TestRunner::run(*m_data, selection(), r);
        QVERIFY2(core, core.error().c_str());
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));
        QVERIFY(f->page.resultView()->sentence().contains("t("));
        QCOMPARE(model->rowCount(), 2);
        for (int g = 0; g < 2; ++g) {
            QCOMPARE(text(model, g, 0), QString::fromStdString(core->groups[size_t(g)].label));
            QCOMPARE(raw(model, g, 1), double(core->groups[size_t(g)].n));
            QCOMPARE(raw(model, g, 2), *core->groups[size_t(g)].mean);
        }
        auto* details = f->page.resultView()->detailsModel();
        QCOMPARE(raw(details, detailsRow(details, "p-value"), 1), core->result.p_value);
        QCOMPARE(raw(details, detailsRow(details, "Statistic"), 1), core->result.statistic);

        // The box plot draws the core's quartiles.
        DescribeRequest d;
        d.metric = r.metric;
        d.by = r.by;
        d.groups = r.groups;
        const auto boxes = GroupDistributionRunner::run(*m_data, selection(), d);
        QVERIFY(boxes);
        auto* chart = f->page.resultView()->groupChart();
        QVERIFY(!chart->showsRates());
        auto* box = qobject_cast<QCPStatisticalBox*>(chart->plot()->plottable(0));
        QVERIFY(box);
        QCOMPARE(box->data()->size(), 2);
        QCOMPARE(box->data()->at(0)->median, boxes->groups[0].median);
        QCOMPARE(box->data()->at(1)->upperQuartile, boxes->groups[1].q3);
        QCOMPARE(f->page.charts().size(), size_t(1));
        checkRenders(chart, "boxplot");
        shot(f->page, "compare");
    }

    void compareRatesAsTheCore()
    {
        auto f = open();
        QVERIFY(f);
        auto* form = f->page.chooser()->compareForm();
        QVERIFY(form->metricCombo()->setKey("start_failure"));
        QVERIFY(form->dimensionCombo()->setKey("cdn"));
        QVERIFY(runAndWait(f->page));
        const auto& shown = f->page.lastResult();
        QVERIFY(shown && shown->ok());
        QCOMPARE(shown->choice->kind, TestKind::ChiSquare); // a 0/1 outcome, three CDNs
        TestRequest r;
        r.kind = TestKind::ChiSquare;
        r.metric = "start_failure";
        r.by = "cdn";
        const auto core = TestRunner::run(*m_data, selection(), r);
        QVERIFY2(core, core.error().c_str());
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));
        QCOMPARE(shown->test->result.statistic, core->result.statistic);
        auto* model = f->page.resultView()->mainModel();
        QCOMPARE(model->rowCount(), int(core->groups.size()));
        QCOMPARE(raw(model, 0, 2), double(*core->groups[0].successes));
        QVERIFY(f->page.resultView()->groupChart()->showsRates());
        checkRenders(f->page.resultView()->groupChart(), "rates");

        // A test picked by hand is used as picked.
        form->testCombo()->setCurrentIndex(form->testCombo()->findData(int(TestKind::Kruskal)));
        QVERIFY(runAndWait(f->page));
        QVERIFY(!f->page.lastResult()->choice);
        QCOMPARE(f->page.lastResult()->test->request.kind, TestKind::Kruskal);
    }

    void relateAsTheCore()
    {
        auto f = open();
        QVERIFY(f);
        f->page.chooser()->setKind(StatsQuestionKind::RelateVariables);
        auto* form = f->page.chooser()->relateForm();
        QVERIFY(form->xCombo()->setKey("startup_time_ms"));
        QVERIFY(form->yCombo()->setKey("playing_time_s"));
        form->methodCombo()->setCurrentIndex(1); // Spearman
        QVERIFY(runAndWait(f->page));
        const auto& shown = f->page.lastResult();
        QVERIFY2(shown && shown->ok(), shown ? shown->error.c_str() : "");
        TestRequest r;
        r.kind = TestKind::Spearman;
        r.metric = "startup_time_ms";
        r.with = "playing_time_s";
        const auto core = TestRunner::run(*m_data, selection(), r);
        QVERIFY2(core, core.error().c_str());
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));
        QCOMPARE(*shown->test->result.effect_size, *core->result.effect_size);
        // ~19,000 started sessions: the chart draws 5,000 and says the fit uses all.
        const auto scatter = ScatterSampler::run(*m_data, selection(), Level::Session,
                                                 "startup_time_ms", "playing_time_s");
        QVERIFY(scatter && scatter->sampled);
        QCOMPARE(shown->scatter->n, scatter->n);
        QCOMPARE(*shown->scatter->slope, *scatter->slope);
        QVERIFY(f->page.resultView()->notes().contains(QLocale().toString(qlonglong(scatter->n))));
        auto* chart = f->page.resultView()->scatterChart();
        QCOMPARE(chart->plot()->graph(0)->dataCount(), int(ScatterSampler::kDefaultPoints));
        checkRenders(chart, "scatter");
        shot(f->page, "relate");
    }

    void segmentAsTheCore()
    {
        auto f = open();
        QVERIFY(f);
        f->page.chooser()->setKind(StatsQuestionKind::SegmentViewers);
        auto* form = f->page.chooser()->segmentForm();
        form->features()->setCheckedKeys({"sessions", "playing_hours", "rebuffer_pct"});
        form->kSpin()->setValue(3);
        form->seedSpin()->setValue(5);
        QVERIFY(runAndWait(f->page));
        const auto& shown = f->page.lastResult();
        QVERIFY2(shown && shown->ok(), shown ? shown->error.c_str() : "");
        ClusterRequest r;
        r.features = {"sessions", "playing_hours", "rebuffer_pct"};
        r.k = 3;
        r.seed = 5;
        r.scan = true;
        const auto core = ClusterRunner::run(*m_data, selection(), r);
        QVERIFY2(core, core.error().c_str());
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));
        auto* model = f->page.resultView()->mainModel();
        QCOMPARE(model->rowCount(), 4); // three segments and "all"
        for (int c = 0; c < 3; ++c)
            QCOMPARE(raw(model, c, 1), double(core->clusters[size_t(c)].size));
        QCOMPARE(f->page.resultView()->detailsModel()->rowCount(), int(core->scan.size()));
        checkRenders(f->page.resultView()->profileChart(), "clusterprofile");
        checkRenders(f->page.resultView()->kScanChart(), "kscan");
        QCOMPARE(f->page.charts().size(), size_t(2));
        shot(f->page, "segment");

        // A click on k = 4 in the scan chart segments anew with k = 4.
        QSignalSpy spy(&f->page, &ui::StatisticsPage::refreshed);
        emit f->page.resultView()->kScanChart()->kRequested(4);
        QVERIFY(spy.wait(30000));
        QCOMPARE(f->page.lastResult()->cluster->clusters.size(), size_t(4));
        QCOMPARE(form->kSpin()->value(), 4);

        // Without the scan: the profile alone, and the fit measures instead of the k table.
        form->scanCheck()->setChecked(false);
        QVERIFY(runAndWait(f->page));
        QVERIFY(f->page.lastResult()->cluster->scan.empty());
        QCOMPARE(f->page.charts().size(), size_t(1));
        QVERIFY(!f->page.resultView()->kScanChart()->isVisible());
        QCOMPARE(f->page.resultView()->detailsModel()->rowCount(), 3);
    }

    void predictAsTheCore()
    {
        auto f = open();
        QVERIFY(f);
        f->page.chooser()->setKind(StatsQuestionKind::Predict);
        auto* form = f->page.chooser()->predictForm();
        form->seedSpin()->setValue(9);
        form->thresholdSpin()->setValue(0.3);
        ui::StatsTableModel* model = f->page.resultView()->mainModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(runAndWait(f->page));
        const auto& shown = f->page.lastResult();
        QVERIFY2(shown && shown->ok(), shown ? shown->error.c_str() : "");
        ModelRequest r;
        r.kind = ModelKind::Logistic;
        r.target = "churned";
        // The feature list is in catalogue order.
        r.features = {"mean_startup_s", "rebuffer_pct", "plan"};
        r.references = {{"plan", "free"}};
        r.seed = 9;
        r.threshold = 0.3;
        const auto core = ModelRunner::run(*m_data, selection(), r);
        QVERIFY2(core, core.error().c_str());
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));
        QCOMPARE(model->rowCount(), int(core->terms.size()));
        for (int t = 0; t < model->rowCount(); ++t) {
            QCOMPARE(raw(model, t, 1), core->terms[size_t(t)].coefficient.estimate);
            QCOMPARE(raw(model, t, 4), core->terms[size_t(t)].coefficient.pValue);
        }
        auto* confusion = f->page.resultView()->confusionModel();
        QCOMPARE(confusion->rowCount(), 2);
        QCOMPARE(raw(confusion, 0, 1), double(core->holdout.confusion->truePositive));
        QCOMPARE(raw(confusion, 1, 2), double(core->holdout.confusion->trueNegative));
        auto* details = f->page.resultView()->detailsModel();
        QCOMPARE(raw(details, detailsRow(details, "AUC"), 1), *core->holdout.auc);
        checkRenders(f->page.resultView()->rocChart(), "roc");
        shot(f->page, "predict");
    }

    void readyMadeAsTheCore()
    {
        auto f = open();
        QVERIFY(f);
        f->page.chooser()->setKind(StatsQuestionKind::ReadyMade);
        auto* form = f->page.chooser()->readyMadeForm();
        form->questionCombo()->setCurrentIndex(
            form->questionCombo()->findData(int(Question::PlayingTimeFromRebuffering)));
        QVERIFY(runAndWait(f->page));
        const auto core =
            QuestionRunner::run(*m_data, selection(), Question::PlayingTimeFromRebuffering, 1);
        QVERIFY2(core, core.error().c_str());
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));
        QVERIFY(f->page.resultView()->sentence().contains("less played"));
        // A linear model has no ROC curve: no chart rather than an empty one.
        QVERIFY(f->page.charts().empty());
        shot(f->page, "readymade");
    }

    void edgeCasesAreMessages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one group") << int(StatsQuestionKind::CompareGroups) << "two groups";
        QTest::newRow("zero variance") << int(StatsQuestionKind::RelateVariables) << "";
        QTest::newRow("single class") << int(StatsQuestionKind::Predict) << "";
    }
    void edgeCasesAreMessages()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        auto f = open();
        QVERIFY(f);
        auto* chooser = f->page.chooser();
        chooser->setKind(StatsQuestionKind(kind));
        query::Filter filter;
        std::string error;
        std::string coreError;
        switch (StatsQuestionKind(kind)) {
        case StatsQuestionKind::CompareGroups: {
            // Only smart_tv sessions are left: device_type has one group.
            filter.addCondition(query::DimensionId::DeviceType, {"smart_tv"}, false, &error);
            chooser->compareForm()->dimensionCombo()->setKey("device_type");
            break;
        }
        case StatsQuestionKind::RelateVariables: {
            // Every session with a startup time started: `started` is constant there.
            chooser->relateForm()->xCombo()->setKey("started");
            chooser->relateForm()->yCombo()->setKey("startup_time_ms");
            TestRequest r;
            r.kind = TestKind::Pearson;
            r.metric = "started";
            r.with = "startup_time_ms";
            coreError = TestRunner::run(*m_data, selection(), r).error();
            break;
        }
        default: {
            // Only premium viewers: a plan feature has a single level.
            filter.addCondition(query::DimensionId::Plan, {"premium"}, false, &error);
            ModelRequest r;
            r.kind = ModelKind::Logistic;
            r.target = "churned";
            r.features = {"rebuffer_pct", "mean_startup_s", "plan"};
            r.references = {{"plan", "free"}};
            coreError = ModelRunner::run(*m_data, selection(filter), r).error();
            break;
        }
        }
        QVERIFY(error.empty());
        f->data.setFilter(filter);
        QVERIFY(runAndWait(f->page));
        auto* view = f->page.resultView();
        QVERIFY(view->showsError());
        QVERIFY2(!f->page.lastResult()->error.empty(), "an error is expected");
        QVERIFY(view->sentence().contains(expected));
        if (!coreError.empty())
            QVERIFY2(view->sentence().contains(QString::fromStdString(coreError)),
                     qPrintable(view->sentence()));
        QVERIFY(!view->sentence().contains("nan", Qt::CaseInsensitive));
        QCOMPARE(view->mainModel()->rowCount(), 0);
        QVERIFY(f->page.charts().empty());
        shot(f->page, QStringLiteral("error-%1").arg(kind));
    }

    void filterChangeRunsTheShownQuestionAgain()
    {
        auto f = open();
        QVERIFY(f);
        auto* form = f->page.chooser()->compareForm();
        QVERIFY(form->metricCombo()->setKey("rebuffer_pct"));
        QVERIFY(form->dimensionCombo()->setKey("cdn"));
        QVERIFY(runAndWait(f->page));
        QSignalSpy spy(&f->page, &ui::StatisticsPage::refreshed);
        query::Filter filter;
        filter.addCondition(query::DimensionId::DeviceType, {"mobile"}, false, nullptr);
        f->data.setFilter(filter);
        QVERIFY(spy.wait(30000));
        TestRequest r;
        r.kind = f->page.lastResult()->test->request.kind;
        r.metric = "rebuffer_pct";
        r.by = "cdn";
        const auto core = TestRunner::run(*m_data, selection(filter), r);
        QVERIFY(core);
        QCOMPARE(f->page.resultView()->sentence(), QString::fromStdString(core->sentence));

        // After an edit the screen no longer answers the form: a filter change waits for Run.
        form->metricCombo()->setKey("startup_time_ms");
        QSignalSpy quiet(&f->page, &ui::StatisticsPage::refreshed);
        f->data.setFilter(query::Filter{});
        QVERIFY(!quiet.wait(1500));
    }

    void cancelStopsTheBusyState()
    {
        auto f = open();
        QVERIFY(f);
        f->page.chooser()->setKind(StatsQuestionKind::SegmentViewers);
        f->page.run();
        QVERIFY(f->page.isBusy());
        f->page.cancel();
        QVERIFY(!f->page.isBusy());
    }

    void languageAndThemeChangesRedraw()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(runAndWait(f->page));
        const QString sentence = f->page.resultView()->sentence();
        QEvent change(QEvent::LanguageChange);
        for (QWidget* w : f->page.findChildren<QWidget*>())
            QCoreApplication::sendEvent(w, &change);
        QCoreApplication::sendEvent(&f->page, &change);
        QCOMPARE(f->page.resultView()->sentence(), sentence);
        QCOMPARE(f->page.resultView()->mainModel()->rowCount(),
                 int(f->page.lastResult()->test->groups.size()));
        ui::applyTheme(ui::Theme::Dark);
        QCoreApplication::processEvents();
        // The plot follows the palette: its labels are in the dark theme's text colour.
        QCOMPARE(f->page.resultView()->groupChart()->plot()->xAxis->tickLabelColor(),
                 QApplication::palette().color(QPalette::WindowText));
        checkRenders(f->page.resultView()->groupChart(), "boxplot-dark");
        f->page.resize(1920, 1080);
        shot(f->page, "compare-dark-1920");
        ui::applyTheme(ui::Theme::Light);
    }
};

QTEST_MAIN(TestUiStatistics)
#include "tst_ui_statistics.moc"
