// SPDX-License-Identifier: MIT
// Presentation mode: F5 enters (full screen, docks, bars and tab bar hidden, larger type, the
// overlay shows the filter and the page), PageDown/PageUp, Right/Left and Space change pages,
// Esc restores the window exactly as it was.
#include "MainWindow.h"
#include "charts/ExploreChart.h"
#include "data/DataController.h"
#include "filters/FilterPanel.h"
#include "filters/FilterText.h"
#include "generator/SyntheticGenerator.h"
#include "pages/ExplorePage.h"
#include "pages/OverviewPage.h"
#include "present/PresentationController.h"
#include "present/PresentationOverlay.h"
#include "query/Filter.h"
#include "style/FontScale.h"
#include "style/Theme.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>
#include <qcustomplot.h>

using namespace streamlens;

namespace {
query::Filter parse(const std::vector<std::string>& clauses)
{
    std::string error;
    auto f = query::Filter::parseWhere(clauses, &error);
    if (!f)
        qFatal("bad filter: %s", error.c_str());
    return *f;
}

// Point sizes of the labels that set a size of their own (headings, KPI values), by label.
QMap<const QLabel*, double> ownLabelSizes(const QWidget* root)
{
    QMap<const QLabel*, double> sizes;
    for (const QLabel* label : root->findChildren<QLabel*>())
        if (label->testAttribute(Qt::WA_SetFont) &&
            (label->font().resolveMask() & QFont::SizeResolved))
            sizes.insert(label, label->font().pointSizeF());
    return sizes;
}
} // namespace

class TestUiPresentation : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

    // A shown window on the test data, its Overview filled.
    void openWindow(ui::DataController& data, ui::MainWindow& window)
    {
        QSignalSpy overview(window.overviewPage(), &ui::OverviewPage::refreshed);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        data.setDataset(m_data, QStringLiteral("test"));
        QVERIFY(overview.count() > 0 || overview.wait(20000));
    }

    // The overlay words every part of the filter as the chips do.
    static void verifyOverlayShows(const ui::PresentationOverlay* overlay,
                                   const query::Filter& filter)
    {
        const QString text = overlay->filterText();
        QVERIFY(!filter.conditions().empty());
        for (const auto& condition : filter.conditions())
            QVERIFY2(text.contains(ui::conditionChipText(condition)), qPrintable(text));
    }

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 20000;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
    }

    void f5EntersAndEscRestores()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        openWindow(data, window);
        data.setFilter(parse({"device_type=smart_tv"}));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        const QSize size = window.size();
        const double windowPoints = window.font().pointSizeF();
        const auto labelSizes = ownLabelSizes(&window);
        QVERIFY2(!labelSizes.isEmpty(), "the Overview has headings with a size of their own");
        auto* plot = window.explorePage()->findChild<QCustomPlot*>();
        QVERIFY(plot);
        const double tickPoints = plot->xAxis->tickLabelFont().pointSizeF();
        auto* controller = window.presentation();
        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("filter-dock"));
        QVERIFY(dock && dock->isVisible());

        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(controller->isActive());
        QVERIFY(window.isFullScreen());
        QVERIFY(!dock->isVisible());
        QVERIFY(!window.filterPanel()->isVisible());
        QVERIFY(!window.menuBar()->isVisible());
        QVERIFY(!window.statusBar()->isVisible());
        QVERIFY(!window.pages()->tabBar()->isVisible());
        const double factor = ui::PresentationController::kFontFactor;
        QCOMPARE(window.font().pointSizeF(), windowPoints * factor);
        for (auto it = labelSizes.begin(); it != labelSizes.end(); ++it)
            QCOMPARE(it.key()->font().pointSizeF(), it.value() * factor);
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tickPoints * factor);

        auto* overlay = controller->overlay();
        QVERIFY(overlay->isVisible());
        verifyOverlayShows(overlay, data.filter());
        QCOMPARE(overlay->pageText(), QStringLiteral("1 / %1").arg(window.pages()->count()));
        // Top right, inside the window.
        QVERIFY(overlay->geometry().right() < window.width());
        QVERIFY(overlay->geometry().left() > window.width() / 2);
        // For the user guide and for looking at it: STREAMLENS_SCREENSHOT_DIR=/some/dir. Both
        // themes, switched while presenting (the charts redraw in the new palette).
        if (const QString dir = qEnvironmentVariable("STREAMLENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (const auto theme : {ui::Theme::Light, ui::Theme::Dark}) {
                const QString name =
                    theme == ui::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
                std::vector<std::unique_ptr<QSignalSpy>> redrawn;
                for (auto* chart : window.explorePage()->charts())
                    redrawn.push_back(
                        std::make_unique<QSignalSpy>(chart, &ui::ExploreChart::refreshed));
                ui::applyTheme(theme);
                for (auto& spy : redrawn)
                    QVERIFY(spy->count() > 0 || spy->wait(20000));
                window.showPage(QStringLiteral("explore"));
                QTest::qWait(300); // queued chart replots
                QVERIFY(window.grab().save(dir + "/presentation-explore-" + name + ".png"));
                window.showPage(QStringLiteral("overview"));
                QTest::qWait(100);
                QVERIFY(window.grab().save(dir + "/presentation-overview-" + name + ".png"));
            }
        }
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!controller->isActive());
        QVERIFY(!window.isFullScreen());
        QVERIFY(!overlay->isVisible());
        QVERIFY(dock->isVisible());
        QVERIFY(window.menuBar()->isVisible());
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.pages()->tabBar()->isVisible());
        QTRY_COMPARE(window.size(), size);
        QCOMPARE(window.font().pointSizeF(), windowPoints);
        for (auto it = labelSizes.begin(); it != labelSizes.end(); ++it)
            QCOMPARE(it.key()->font().pointSizeF(), it.value());
        QCOMPARE(plot->xAxis->tickLabelFont().pointSizeF(), tickPoints);
    }

    void keysChangePages()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        openWindow(data, window);
        auto* pages = window.pages();
        auto* overlay = window.presentation()->overlay();
        window.presentation()->enter();
        QCOMPARE(pages->currentIndex(), 0);

        // Keys go to whatever has the focus, as a presenter remote's do.
        QWidget* target = window.focusWidget() ? window.focusWidget() : &window;
        QTest::keyClick(target, Qt::Key_PageDown);
        QCOMPARE(pages->currentIndex(), 1);
        QCOMPARE(overlay->pageText(), QStringLiteral("2 / %1").arg(pages->count()));
        for (int i = 2; i < pages->count(); ++i)
            QTest::keyClick(target, Qt::Key_PageDown);
        QCOMPARE(pages->currentIndex(), pages->count() - 1);
        QTest::keyClick(target, Qt::Key_PageDown); // the last page stays
        QCOMPARE(pages->currentIndex(), pages->count() - 1);
        for (int i = 1; i < pages->count() - 1; ++i)
            QTest::keyClick(target, Qt::Key_PageUp);
        QCOMPARE(pages->currentIndex(), 1);
        QTest::keyClick(target, Qt::Key_PageUp);
        QCOMPARE(pages->currentIndex(), 0);
        QCOMPARE(overlay->pageText(), QStringLiteral("1 / %1").arg(pages->count()));
        QTest::keyClick(target, Qt::Key_Right);
        QCOMPARE(pages->currentIndex(), 1);
        QTest::keyClick(target, Qt::Key_Left);
        QCOMPARE(pages->currentIndex(), 0);
        QTest::keyClick(target, Qt::Key_Space);
        QCOMPARE(pages->currentIndex(), 1);

        // Out of presentation the keys are the widgets' own again.
        window.presentation()->leave();
        QTest::keyClick(target, Qt::Key_PageUp);
        QCOMPARE(pages->currentIndex(), 1);
    }

    void overlayFollowsTheFilter()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        openWindow(data, window);
        auto* overlay = window.presentation()->overlay();
        window.presentation()->enter();
        QCOMPARE(overlay->filterText(),
                 QStringLiteral("Filter: %1").arg(ui::PresentationOverlay::describe({})));
        const QString unfiltered = overlay->filterText();
        data.setFilter(parse({"cdn=cdn_a,cdn_b", "plan=premium"}));
        verifyOverlayShows(overlay, data.filter());
        QVERIFY(overlay->filterText() != unfiltered);
        window.presentation()->leave();
    }

    void presentActionIsF5InTheViewMenu()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        auto* action = window.findChild<QAction*>(QStringLiteral("action-present"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(window.viewMenu()->actions().contains(action));
        action->trigger();
        QVERIFY(window.presentation()->isActive());
        QVERIFY(action->isChecked());
        window.presentation()->leave();
        QVERIFY(!action->isChecked());
    }
};

QTEST_MAIN(TestUiPresentation)
#include "tst_ui_presentation.moc"
