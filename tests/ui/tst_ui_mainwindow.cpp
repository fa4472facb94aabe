// SPDX-License-Identifier: MIT
// The window's start-up behaviour: without a saved filter the data's last 30 days are
// selected; a saved filter wins. Appearance from the settings (theme, language, font scale)
// applies to a running window, and bad values fall back to the defaults.
#include "MainWindow.h"
#include "data/DataController.h"
#include "facets/TimeExtent.h"
#include "filters/FilterState.h"
#include "generator/SyntheticGenerator.h"
#include "i18n/LanguageManager.h"
#include "pages/OverviewPage.h"
#include "present/PresentationController.h"
#include "query/UtcCalendar.h"
#include "settings/SettingsKeys.h"
#include "style/Appearance.h"
#include "style/FontScale.h"
#include "style/Theme.h"

#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace streamlens;
namespace keys = streamlens::settings::keys;

class TestUiMainWindow : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

private slots:
    void initTestCase()
    {
        // Settings of this test go to a throw-away location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StreamLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_ui_mainwindow"));
        generator::GeneratorOptions options;
        options.sessions = 20000;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
    }

    void init() { QSettings().clear(); }

    void cleanupTestCase()
    {
        QSettings().clear();
        ui::FontScale::applyToApplication(1.0);
        ui::LanguageManager::instance().setLanguage(QStringLiteral("en"));
    }

    void firstRunSelectsTheLast30Days()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        QSignalSpy changed(&data, &ui::DataController::filterChanged);
        window.restoreSession();
        data.setDataset(m_data, QStringLiteral("test"));
        QVERIFY(changed.count() > 0 || changed.wait(10000));

        const auto extent = facets::computeTimeExtent(*m_data);
        QVERIFY(!extent.isEmpty());
        QVERIFY2(*extent.lastDay - *extent.firstDay + 1 > ui::MainWindow::kFirstRunDays,
                 "the test data must span more days than the first-run range");
        const query::Filter& filter = data.filter();
        QVERIFY(filter.conditions().empty());
        QCOMPARE(filter.fromMs(),
                 std::optional<int64_t>((*extent.lastDay - 29) * query::kMsPerDay));
        QCOMPARE(filter.toMs(), std::optional<int64_t>((*extent.lastDay + 1) * query::kMsPerDay));
    }

    void savedFilterWinsOverTheFirstRunRange()
    {
        std::string error;
        const auto saved = query::Filter::parseWhere({"device_type=mobile"}, &error);
        QVERIFY2(saved, error.c_str());
        {
            QSettings settings;
            ui::FilterState::save(settings, *saved);
        }
        ui::DataController data;
        ui::MainWindow window(&data);
        QSignalSpy overview(window.overviewPage(), &ui::OverviewPage::refreshed);
        window.restoreSession();
        data.setDataset(m_data, QStringLiteral("test"));
        QVERIFY(overview.wait(20000));
        QTest::qWait(50); // a first-run range would be set by now (its job takes ~1 ms)
        QCOMPARE(data.filter(), *saved);
    }

    void emptySavedFilterStaysEmpty()
    {
        // A user who cleared every filter and closed the window sees all days again.
        {
            QSettings settings;
            ui::FilterState::save(settings, query::Filter{});
        }
        ui::DataController data;
        ui::MainWindow window(&data);
        QSignalSpy overview(window.overviewPage(), &ui::OverviewPage::refreshed);
        window.restoreSession();
        data.setDataset(m_data, QStringLiteral("test"));
        QVERIFY(overview.wait(20000));
        QTest::qWait(50);
        QVERIFY(data.filter().isEmpty());
    }

    void appearanceAppliesToARunningWindow()
    {
        ui::DataController data;
        ui::MainWindow window(&data);
        window.show();
        const double points = window.font().pointSizeF();
        {
            QSettings settings;
            settings.setValue(keys::kTheme, QStringLiteral("dark"));
            settings.setValue(keys::kLanguage, QStringLiteral("de"));
            settings.setValue(keys::kFontScale, 1.25);
        }
        ui::applyAppearanceFromSettings();
        QVERIFY(ui::isDark());
        QCOMPARE(ui::currentTheme(), ui::Theme::Dark);
        QCOMPARE(ui::LanguageManager::instance().language(), QStringLiteral("de"));
        QTRY_COMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("&Bearbeiten"));
        QCOMPARE(ui::FontScale::applicationScale(), 1.25);
        QCOMPARE(window.font().pointSizeF(), points * 1.25);

        // Presentation grows on top of the user's scale and returns to it.
        window.presentation()->enter();
        QCOMPARE(window.font().pointSizeF(),
                 points * 1.25 * ui::PresentationController::kFontFactor);
        window.presentation()->leave();
        QCOMPARE(window.font().pointSizeF(), points * 1.25);

        {
            QSettings settings;
            settings.setValue(keys::kTheme, QStringLiteral("light"));
            settings.setValue(keys::kLanguage, QStringLiteral("en"));
            settings.setValue(keys::kFontScale, 1.0);
        }
        ui::applyAppearanceFromSettings();
        QVERIFY(!ui::isDark());
        QTRY_COMPARE(window.menuBar()->actions().at(1)->text(), QStringLiteral("&Edit"));
        QCOMPARE(window.font().pointSizeF(), points);
    }

    void badAppearanceValuesFallBackToDefaults()
    {
        {
            QSettings settings;
            settings.setValue(keys::kTheme, QStringLiteral("purple"));
            settings.setValue(keys::kLanguage, QStringLiteral("xx"));
            settings.setValue(keys::kFontScale, 5.0);
        }
        ui::applyAppearanceFromSettings();
        QCOMPARE(ui::currentTheme(), ui::Theme::System);
        QCOMPARE(ui::LanguageManager::instance().requestedLanguage(), QString());
        QCOMPARE(ui::LanguageManager::instance().language(), ui::LanguageManager::systemLanguage());
        QCOMPARE(ui::FontScale::applicationScale(), 1.0);
    }
};

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
