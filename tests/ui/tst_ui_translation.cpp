// SPDX-License-Identifier: MIT
// Switching the language while the window is open changes the visible strings (menus, tabs,
// the filter panel) and the number format; the translation files are complete: no unfinished
// or obsolete entry, and every German text keeps its source's placeholders.
#include "MainWindow.h"
#include "data/DataController.h"
#include "filters/DateRangeGroup.h"
#include "filters/FacetGroup.h"
#include "filters/FilterPanel.h"
#include "filters/FilterText.h"
#include "generator/SyntheticGenerator.h"
#include "i18n/LanguageManager.h"
#include "pages/OverviewPage.h"
#include "present/PresentationOverlay.h"

#include <QDate>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace streamlens;

namespace {
const QString kTranslationsDir = QStringLiteral(STREAMLENS_TEST_DATA_DIR "/../../translations");

QStringList menuTitles(const ui::MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList tabTitles(const ui::MainWindow& window)
{
    QStringList titles;
    for (int i = 0; i < window.pages()->count(); ++i)
        titles << window.pages()->tabText(i);
    return titles;
}

QStringList labelTexts(const QWidget* root)
{
    QStringList texts;
    for (const QLabel* label : root->findChildren<QLabel*>())
        texts << label->text();
    return texts;
}

// The placeholders of a text, sorted: "%2 of %1" and "%1 von %2" have the same.
QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "" (finished), "unfinished", "vanished", "obsolete"
};

QList<TsMessage> readTs(const QString& path, QString* language)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS"))
            *language = xml.attributes().value(QLatin1String("language")).toString();
        else if (name == QLatin1String("name"))
            context = xml.readElementText();
        else if (name == QLatin1String("message"))
            current = TsMessage{context, {}, {}, {}};
        else if (name == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A numerus translation holds <numerusform> children; a plain one only text.
            QString text;
            QStringList forms;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            }
            current.translations = forms.isEmpty() ? QStringList{text} : forms;
            messages << current;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}
} // namespace

class TestUiTranslation : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;

private slots:
    void initTestCase()
    {
        generator::GeneratorOptions options;
        options.sessions = 5000;
        m_data = std::make_shared<const Dataset>(generator::generate(options));
    }

    void cleanup()
    {
        ui::LanguageManager::instance().setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void compiledTranslationsAreEmbedded()
    {
        for (const QString& language : ui::LanguageManager::availableLanguages())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/streamlens_%1.qm").arg(language)),
                     qPrintable(language));
    }

    void switchChangesVisibleStrings()
    {
        auto& languages = ui::LanguageManager::instance();
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        ui::DataController data;
        ui::MainWindow window(&data);
        QSignalSpy overview(window.overviewPage(), &ui::OverviewPage::refreshed);
        window.show();
        data.setDataset(m_data, QStringLiteral("test"));
        QVERIFY(overview.wait(20000));
        const QStringList englishMenus = menuTitles(window);
        QCOMPARE(englishMenus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                            QStringLiteral("&View")}));
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("Overview"), QStringLiteral("Explore"),
                              QStringLiteral("Data"), QStringLiteral("Statistics")}));
        auto* panel = window.filterPanel();
        QVERIFY(labelTexts(panel).contains(QStringLiteral("Date range")));
        QCOMPARE(panel->clearAllButton()->text(), QStringLiteral("Clear all filters"));

        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(languages.language(), QStringLiteral("de"));
        // LanguageChange reaches the widgets through posted events.
        QTRY_COMPARE(menuTitles(window),
                     (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("&Ansicht")}));
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("Übersicht"), QStringLiteral("Erkunden"),
                              QStringLiteral("Daten"), QStringLiteral("Statistik")}));
        QCOMPARE(window.windowTitle(), QStringLiteral("StreamLens"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("action-present"))->text(),
                 QStringLiteral("&Präsentationsmodus"));
        QTRY_VERIFY2(labelTexts(panel).contains(QStringLiteral("Zeitraum")),
                     qPrintable(labelTexts(panel).join(QStringLiteral(" | "))));
        QCOMPARE(panel->clearAllButton()->text(), QStringLiteral("Alle Filter entfernen"));
        QCOMPARE(ui::PresentationOverlay::describe({}), QStringLiteral("Alle Sitzungen"));
        // To look at the German window: STREAMLENS_SCREENSHOT_DIR=/some/dir.
        if (const QString dir = qEnvironmentVariable("STREAMLENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            for (const QString& page : {QStringLiteral("overview"), QStringLiteral("explore")}) {
                window.showPage(page);
                QTest::qWait(page == QLatin1String("explore") ? 1500 : 300);
                QVERIFY(window.grab().save(dir + "/german-" + page + ".png"));
            }
            window.showPage(QStringLiteral("overview"));
        }

        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(menuTitles(window), englishMenus);
        QCOMPARE(tabTitles(window),
                 (QStringList{QStringLiteral("Overview"), QStringLiteral("Explore"),
                              QStringLiteral("Data"), QStringLiteral("Statistics")}));
        QTRY_VERIFY(labelTexts(panel).contains(QStringLiteral("Date range")));
    }

    void textsOfFileLocalHelpersAreTranslated()
    {
        // FilterText's tr() helper asks with context "FilterText"; lupdate files its texts
        // under the namespace. The chips and the presentation overlay use them.
        auto& languages = ui::LanguageManager::instance();
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(ui::timeChipText(0, std::nullopt), QStringLiteral("ab 1970-01-01"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(ui::timeChipText(0, std::nullopt), QStringLiteral("from 1970-01-01"));
    }

    void numbersAndDatesFollowTheLanguage()
    {
        auto& languages = ui::LanguageManager::instance();
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(QLocale().toString(QDate(2026, 11, 24), QLocale::ShortFormat),
                 QStringLiteral("24.11.26"));
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1,234.5"));
    }

    void unknownLanguageChangesNothing()
    {
        auto& languages = ui::LanguageManager::instance();
        QVERIFY(languages.setLanguage(QStringLiteral("de")));
        QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
        QCOMPARE(languages.language(), QStringLiteral("de"));
        QVERIFY(ui::LanguageManager::availableLanguages().contains(
            ui::LanguageManager::systemLanguage()));
    }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("streamlens_de.ts") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("streamlens_en.ts") << QStringLiteral("en");
    }

    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QString fileLanguage;
        const auto messages = readTs(kTranslationsDir + QLatin1Char('/') + file, &fileLanguage);
        QVERIFY2(messages.size() > 100, qPrintable(file));
        QCOMPARE(fileLanguage.left(2), language);
        QStringList problems;
        for (const auto& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(" — ") + where;
            for (const QString& t : m.translations) {
                if (t.isEmpty())
                    problems << QStringLiteral("empty — ") + where;
                else if (placeholders(m.source).filter(QStringLiteral("n")).isEmpty() &&
                         placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ — ") + where + " → " + t;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestUiTranslation)
#include "tst_ui_translation.moc"
