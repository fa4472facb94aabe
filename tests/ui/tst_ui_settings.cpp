// SPDX-License-Identifier: MIT
// The settings dialog loads and saves every field through the application's QSettings (sent
// to a temp folder), keeps passwords out of that file, tests PostgreSQL connections off the
// GUI thread, and falls back to session passwords with a prompt when there is no keyring.
#include "settings/AppearanceTab.h"
#include "settings/ConnInfo.h"
#include "settings/ConnectionsEditor.h"
#include "settings/CsvImportTab.h"
#include "settings/DataSourcesTab.h"
#include "settings/ExportTab.h"
#include "settings/PasswordVault.h"
#include "settings/SettingsDialog.h"
#include "style/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace streamlens;
using namespace streamlens::settings;

namespace {
const char kSecret[] = "s3cr3t-'pa ss\\word";

AppSettings sampleSettings(const QString& storePath)
{
    AppSettings s = AppSettings::defaults();
    s.sqlitePath = storePath;
    ConnectionProfile a;
    a.name = QStringLiteral("Warehouse");
    a.host = QStringLiteral("db.example.org");
    a.port = 6543;
    a.database = QStringLiteral("qoe");
    a.user = QStringLiteral("analyst");
    a.sslMode = SslMode::VerifyFull;
    ConnectionProfile b = a;
    b.name = QStringLiteral("Local");
    b.host = QStringLiteral("127.0.0.1");
    b.port = 5433;
    b.sslMode = SslMode::Disable;
    s.connections = {a, b};
    s.activeConnection = QStringLiteral("Local");
    s.csvFormat.delimiter = ';';
    s.csvFormat.quote = '\'';
    s.csvFormat.encoding = "ISO-8859-1";
    s.csvFormat.decimalSeparator = ',';
    s.csvFormat.dateFormat = "dd.MM.yyyy HH:mm";
    s.csvFormat.hasHeader = false;
    s.csvFormat.maxRejectRate = 0.025;
    s.appearance.theme = QStringLiteral("dark");
    s.appearance.language = QStringLiteral("de");
    s.appearance.fontScale = 1.25;
    s.exportDefaults.width = 1280;
    s.exportDefaults.height = 720;
    s.exportDefaults.dpi = 300;
    s.exportDefaults.format = QStringLiteral("pdf");
    return s;
}

QByteArray settingsFileText()
{
    QSettings().sync();
    QFile file(QSettings().fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Marks every string it translates, so a test sees which texts went through tr() and were
// set again on QEvent::LanguageChange.
class MarkingTranslator : public QTranslator {
public:
    static constexpr char16_t kMark = u'\u00bb';
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QChar(kMark) + QString::fromUtf8(source);
    }
};

// Text that holds no letters (a "×" between two spin boxes) needs no translation.
bool needsTranslation(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

void resetSettings()
{
    QSettings settings;
    settings.clear();
    settings.sync();
}
} // namespace

class TestUiSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<ConnectionProfile> m_server; // from STREAMLENS_TEST_PG
    QString m_serverPassword;

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.db")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("StreamLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("UiSettings"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("cfg"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("cfg"));
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
        const QByteArray conninfo = qgetenv("STREAMLENS_TEST_PG");
        if (!conninfo.isEmpty()) {
            QString error;
            m_server = ConnInfo::toProfile(QString::fromLocal8Bit(conninfo), "CI server",
                                           &m_serverPassword, &error);
            QVERIFY2(m_server, qPrintable(error));
        }
    }

    void init() { resetSettings(); }

    void loadsEveryField()
    {
        const AppSettings saved = sampleSettings(storePath());
        QVERIFY(saved.save());
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestLoad");
        ui::SettingsDialog dialog(&vault);
        QCOMPARE(dialog.editedSettings(), saved);
        QVERIFY(dialog.messageText().isEmpty());

        // The widgets themselves show the values, not only the model behind them.
        auto* data = dialog.dataSourcesTab();
        QCOMPARE(data->sqlitePathEdit()->text(), storePath());
        auto* connections = data->connectionsEditor();
        QCOMPARE(connections->list()->count(), 2);
        QCOMPARE(connections->list()->currentRow(), 0);
        QCOMPARE(connections->nameEdit()->text(), QStringLiteral("Warehouse"));
        QCOMPARE(connections->hostEdit()->text(), QStringLiteral("db.example.org"));
        QCOMPARE(connections->portBox()->value(), 6543);
        QCOMPARE(connections->databaseEdit()->text(), QStringLiteral("qoe"));
        QCOMPARE(connections->userEdit()->text(), QStringLiteral("analyst"));
        QCOMPARE(connections->sslModeBox()->currentData().toString(),
                 QStringLiteral("verify-full"));
        QCOMPARE(connections->activeBox()->currentData().toString(), QStringLiteral("Local"));
        connections->selectConnection(1);
        QCOMPARE(connections->portBox()->value(), 5433);
        QCOMPARE(connections->sslModeBox()->currentData().toString(), QStringLiteral("disable"));

        auto* csv = dialog.csvImportTab();
        QCOMPARE(csv->delimiterBox()->currentData().toString(), QStringLiteral(";"));
        QCOMPARE(csv->quoteBox()->currentData().toString(), QStringLiteral("'"));
        QCOMPARE(csv->encodingBox()->currentData().toString(), QStringLiteral("ISO-8859-1"));
        QCOMPARE(csv->decimalBox()->currentData().toString(), QStringLiteral(","));
        QCOMPARE(csv->dateFormatBox()->currentText(), QStringLiteral("dd.MM.yyyy HH:mm"));
        QVERIFY(csv->dateExampleLabel()->text().contains("29.03.2026 14:05"));
        QVERIFY(!csv->headerBox()->isChecked());
        QCOMPARE(csv->rejectBox()->value(), 2.5);

        auto* look = dialog.appearanceTab();
        QCOMPARE(look->themeBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(look->languageBox()->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(look->fontScaleBox()->value(), 1.25);

        auto* exporting = dialog.exportTab();
        QCOMPARE(exporting->presetBox()->currentIndex(), 1); // 1280 × 720
        QCOMPARE(exporting->widthBox()->value(), 1280);
        QCOMPARE(exporting->heightBox()->value(), 720);
        QCOMPARE(exporting->dpiBox()->value(), 300);
        QCOMPARE(exporting->formatBox()->currentData().toString(), QStringLiteral("pdf"));
    }

    // Edits made in the widgets reach the settings file on Apply, and a new connection's
    // password reaches the vault but not the file.
    void savesEveryField()
    {
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestSave");
        ui::SettingsDialog dialog(&vault);
        QSignalSpy applied(&dialog, &ui::SettingsDialog::applied);

        auto* data = dialog.dataSourcesTab();
        data->sqlitePathEdit()->setText(storePath());
        auto* connections = data->connectionsEditor();
        connections->addConnection();
        connections->nameEdit()->clear();
        QTest::keyClicks(connections->nameEdit(), "Reporting");
        connections->hostEdit()->clear();
        QTest::keyClicks(connections->hostEdit(), "pg.internal");
        connections->portBox()->setValue(15432);
        QTest::keyClicks(connections->databaseEdit(), "reports");
        QTest::keyClicks(connections->userEdit(), "viewer");
        QTest::keyClicks(connections->passwordEdit(), kSecret);
        connections->sslModeBox()->setCurrentIndex(
            connections->sslModeBox()->findData(QStringLiteral("require")));
        connections->activeBox()->setCurrentIndex(
            connections->activeBox()->findData(QStringLiteral("Reporting")));

        auto* csv = dialog.csvImportTab();
        csv->delimiterBox()->setCurrentIndex(csv->delimiterBox()->findData(QStringLiteral("\t")));
        csv->quoteBox()->setCurrentIndex(csv->quoteBox()->findData(QStringLiteral("'")));
        csv->encodingBox()->setCurrentIndex(
            csv->encodingBox()->findData(QStringLiteral("UTF-16LE")));
        csv->decimalBox()->setCurrentIndex(csv->decimalBox()->findData(QStringLiteral(",")));
        csv->dateFormatBox()->setCurrentText(QStringLiteral("MM/dd/yyyy"));
        csv->headerBox()->setChecked(false);
        csv->rejectBox()->setValue(5.5);

        auto* look = dialog.appearanceTab();
        look->themeBox()->setCurrentIndex(look->themeBox()->findData(QStringLiteral("light")));
        look->languageBox()->setCurrentIndex(look->languageBox()->findData(QStringLiteral("en")));
        look->fontScaleBox()->setValue(1.5);

        auto* exporting = dialog.exportTab();
        exporting->presetBox()->setCurrentIndex(2); // 1080 × 1080
        exporting->dpiBox()->setValue(96);
        exporting->formatBox()->setCurrentIndex(
            exporting->formatBox()->findData(QStringLiteral("svg")));

        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QVERIFY2(dialog.messageText().isEmpty(), qPrintable(dialog.messageText()));

        QStringList warnings;
        const AppSettings loaded = AppSettings::load(&warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QCOMPARE(loaded.sqlitePath, storePath());
        QCOMPARE(loaded.connections.size(), size_t(1));
        const ConnectionProfile& p = loaded.connections[0];
        QCOMPARE(p.name, QStringLiteral("Reporting"));
        QCOMPARE(p.host, QStringLiteral("pg.internal"));
        QCOMPARE(p.port, 15432);
        QCOMPARE(p.database, QStringLiteral("reports"));
        QCOMPARE(p.user, QStringLiteral("viewer"));
        QCOMPARE(p.sslMode, SslMode::Require);
        QCOMPARE(loaded.activeConnection, QStringLiteral("Reporting"));
        QCOMPARE(loaded.csvFormat.delimiter, '\t');
        QCOMPARE(loaded.csvFormat.quote, '\'');
        QCOMPARE(loaded.csvFormat.encoding, std::string("UTF-16LE"));
        QCOMPARE(loaded.csvFormat.decimalSeparator, ',');
        QCOMPARE(loaded.csvFormat.dateFormat, std::string("MM/dd/yyyy"));
        QCOMPARE(loaded.csvFormat.hasHeader, false);
        QCOMPARE(loaded.csvFormat.maxRejectRate, 0.055);
        QCOMPARE(loaded.appearance.theme, QStringLiteral("light"));
        QCOMPARE(loaded.appearance.language, QStringLiteral("en"));
        QCOMPARE(loaded.appearance.fontScale, 1.5);
        QCOMPARE(loaded.exportDefaults.width, 1080);
        QCOMPARE(loaded.exportDefaults.height, 1080);
        QCOMPARE(loaded.exportDefaults.dpi, 96);
        QCOMPARE(loaded.exportDefaults.format, QStringLiteral("svg"));

        const QByteArray file = settingsFileText();
        QVERIFY(file.contains("pg.internal"));
        QVERIFY(!file.contains("s3cr3t"));
        QVERIFY(!file.toLower().contains("password"));

        std::optional<QString> stored;
        vault.lookup(QStringLiteral("Reporting"), [&](std::optional<QString> pw) { stored = pw; });
        QCOMPARE(stored.value_or(QString()), QString::fromLatin1(kSecret));
    }

    void invalidInputIsNotSaved()
    {
        QVERIFY(sampleSettings(storePath()).save());
        const QByteArray before = settingsFileText();
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestInvalid");
        ui::SettingsDialog dialog(&vault);
        dialog.show();
        QSignalSpy applied(&dialog, &ui::SettingsDialog::applied);
        auto* connections = dialog.dataSourcesTab()->connectionsEditor();
        connections->selectConnection(1);
        connections->nameEdit()->clear();
        QTest::keyClicks(connections->nameEdit(), "Warehouse"); // now a duplicate
        dialog.csvImportTab()->dateFormatBox()->setCurrentText(QStringLiteral("HH:mm"));
        QVERIFY(!dialog.apply());
        QCOMPARE(applied.count(), 0);
        const QString message = dialog.messageText();
        QVERIFY2(message.contains("unique") && message.contains("HH:mm"), qPrintable(message));
        QCOMPARE(settingsFileText(), before);
        // OK with invalid input keeps the dialog open.
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
    }

    // The vault follows the list: a renamed connection's password moves to the new name,
    // a removed connection's password is forgotten.
    void renameMovesAndRemoveForgetsPasswords()
    {
        QVERIFY(sampleSettings(storePath()).save());
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestRename");
        vault.store(QStringLiteral("Warehouse"), QStringLiteral("wh-pass"));
        vault.store(QStringLiteral("Local"), QStringLiteral("local-pass"));
        ui::SettingsDialog dialog(&vault);
        auto* connections = dialog.dataSourcesTab()->connectionsEditor();
        QCOMPARE(connections->passwordEdit()->text(), QStringLiteral("wh-pass"));
        connections->nameEdit()->clear();
        QTest::keyClicks(connections->nameEdit(), "Warehouse EU");
        QCOMPARE(connections->list()->item(0)->text(), QStringLiteral("Warehouse EU"));
        connections->selectConnection(1);
        QCOMPARE(connections->passwordEdit()->text(), QStringLiteral("local-pass"));
        connections->removeSelectedConnection();
        QCOMPARE(connections->activeConnection(), QString()); // "Local" was active
        QVERIFY(dialog.apply());

        const auto passwordOf = [&](const QString& name) {
            std::optional<QString> found;
            vault.lookup(name, [&](std::optional<QString> pw) { found = pw; });
            return found;
        };
        QCOMPARE(passwordOf("Warehouse EU").value_or(QString()), QStringLiteral("wh-pass"));
        QVERIFY(!passwordOf("Warehouse"));
        QVERIFY(!passwordOf("Local"));
        const AppSettings saved = AppSettings::load();
        QCOMPARE(saved.connections.size(), size_t(1));
        QCOMPARE(saved.connections[0].name, QStringLiteral("Warehouse EU"));
        QCOMPARE(saved.activeConnection, QString());
    }

    // A kept dialog shows the file's current values each time it opens; Cancel drops edits.
    void reopenedDialogShowsSavedValues()
    {
        QVERIFY(sampleSettings(storePath()).save());
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestReopen");
        ui::SettingsDialog dialog(&vault);
        dialog.show();
        dialog.appearanceTab()->fontScaleBox()->setValue(1.75);
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QSettings().setValue("appearance/theme", "light"); // changed elsewhere meanwhile
        dialog.show();
        QCOMPARE(dialog.appearanceTab()->fontScaleBox()->value(), 1.25);
        QCOMPARE(dialog.appearanceTab()->themeBox()->currentData().toString(),
                 QStringLiteral("light"));
        QCOMPARE(AppSettings::load().appearance.fontScale, 1.25);
    }

    // Switching the language at run time reaches every text of every tab.
    void everyTextIsRetranslated()
    {
        QVERIFY(sampleSettings(storePath()).save());
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestTr");
        ui::SettingsDialog dialog(&vault);
        dialog.show();
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::processEvents(); // delivers LanguageChange to every widget
        QStringList untranslated;
        const auto check = [&](const QString& where, const QString& text) {
            if (needsTranslation(text) && !text.startsWith(QChar(MarkingTranslator::kMark)))
                untranslated << where + ": " + text;
        };
        check("window title", dialog.windowTitle());
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            check("tab", dialog.tabs()->tabText(i));
        for (auto* label : dialog.findChildren<QLabel*>())
            if (label->objectName() != "settingsMessage")
                check("label", label->text());
        for (auto* button : dialog.findChildren<QAbstractButton*>())
            check("button", button->text());
        for (auto* group : dialog.findChildren<QGroupBox*>())
            check("group", group->title());
        // Encodings and connection names are data, not words to translate.
        for (auto* combo : dialog.findChildren<QComboBox*>()) {
            if (combo->objectName() == "encoding" || combo->objectName() == "dateFormat")
                continue;
            const int first = combo->objectName() == "activeConnection" ? 0 : -1;
            for (int i = 0; i < combo->count(); ++i)
                if (first < 0 || i == first)
                    check(combo->objectName(), combo->itemText(i));
        }
        for (auto* spin : dialog.findChildren<QAbstractSpinBox*>())
            if (auto* dbl = qobject_cast<QDoubleSpinBox*>(spin))
                check(spin->objectName(), dbl->suffix());
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCoreApplication::processEvents();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join('\n')));
        QCOMPARE(dialog.tabs()->tabText(0), QStringLiteral("Data sources"));
    }

    void createDemoAsksWithThePathShown()
    {
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestDemo");
        ui::SettingsDialog dialog(&vault);
        QSignalSpy demo(&dialog, &ui::SettingsDialog::createDemoRequested);
        dialog.dataSourcesTab()->sqlitePathEdit()->setText(storePath());
        QTest::mouseClick(dialog.dataSourcesTab()->createDemoButton(), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        QCOMPARE(demo.at(0).at(0).toString(), storePath());
    }

    void exportPresetsAndCustomSize()
    {
        ui::ExportTab tab;
        tab.presetBox()->setCurrentIndex(2);
        QCOMPARE(tab.values().width, 1080);
        QCOMPARE(tab.values().height, 1080);
        tab.widthBox()->setValue(1500);
        QCOMPARE(tab.presetBox()->currentIndex(), 3); // Custom
        tab.heightBox()->setValue(1080);
        tab.widthBox()->setValue(1920);
        QCOMPARE(tab.presetBox()->currentIndex(), 0); // back to 1920 × 1080
    }

    void dateExamples()
    {
        QCOMPARE(ui::CsvImportTab::dateExample("iso"), QStringLiteral("2026-03-29T14:05:09Z"));
        QCOMPARE(ui::CsvImportTab::dateExample("unix_s"), QStringLiteral("1774793109"));
        QCOMPARE(ui::CsvImportTab::dateExample("MM/dd/yyyy hh:mm AP"),
                 QStringLiteral("03/29/2026 02:05 PM"));
        ui::CsvImportTab tab;
        tab.delimiterBox()->setCurrentIndex(4); // Other
        tab.otherDelimiterEdit()->setText(QStringLiteral("#"));
        QCOMPARE(tab.values().delimiter, '#');
    }

    void testConnectionShowsServerVersion()
    {
        if (!m_server)
            QSKIP("STREAMLENS_TEST_PG is not set: no PostgreSQL server to test against");
        AppSettings s = AppSettings::defaults();
        s.connections = {*m_server};
        QVERIFY(s.save());
        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestPg");
        if (!m_serverPassword.isEmpty())
            vault.store(m_server->name, m_serverPassword);
        ui::SettingsDialog dialog(&vault);
        auto* connections = dialog.dataSourcesTab()->connectionsEditor();
        if (m_serverPassword.isEmpty()) // a trust server: no prompt wanted
            vault.setPrompt([](const QString&, const QString&, QWidget*) { return QString(); });
        QSignalSpy finished(connections, &ui::ConnectionsEditor::testFinished);
        QTest::mouseClick(connections->testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY2(connections->testResultLabel()->text().contains("PostgreSQL "),
                 qPrintable(connections->testResultLabel()->text()));

        // Unsaved edits are what is tested: a wrong database gives the server's words.
        connections->databaseEdit()->clear();
        QTest::keyClicks(connections->databaseEdit(), "no_such_db");
        QTest::mouseClick(connections->testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY2(connections->testResultLabel()->text().contains(
                     "database \"no_such_db\" does not exist"),
                 qPrintable(connections->testResultLabel()->text()));
    }

    // Without a keyring, a saved connection's password is asked (saying why) when needed,
    // kept for the session, shown by the next dialog, and never written to the file.
    void keyringFallbackAsksOncePerSession()
    {
        AppSettings s = AppSettings::defaults();
        ConnectionProfile closed;
        closed.name = QStringLiteral("Closed port");
        closed.host = QStringLiteral("127.0.0.1");
        closed.port = 1; // refused at once, no server needed
        closed.database = QStringLiteral("x");
        closed.user = QStringLiteral("x");
        s.connections = {closed};
        QVERIFY(s.save());

        ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "StreamLensTestFallback");
        QStringList asked;
        vault.setPrompt([&](const QString& connection, const QString& why, QWidget*) {
            asked << connection + ": " + why;
            return std::optional<QString>(QString::fromLatin1(kSecret));
        });
        {
            ui::SettingsDialog dialog(&vault);
            auto* connections = dialog.dataSourcesTab()->connectionsEditor();
            QVERIFY(connections->passwordNoteLabel()->text().contains("No system keyring"));
            QVERIFY(connections->passwordEdit()->text().isEmpty());
            QSignalSpy finished(connections, &ui::ConnectionsEditor::testFinished);
            QTest::mouseClick(connections->testButton(), Qt::LeftButton);
            QVERIFY(finished.wait(15000));
            QCOMPARE(asked.size(), 1);
            QVERIFY2(asked[0].startsWith("Closed port: ") && asked[0].contains("keyring"),
                     qPrintable(asked[0]));
            QVERIFY2(connections->testResultLabel()->text().contains("refused"),
                     qPrintable(connections->testResultLabel()->text()));
            QVERIFY(!connections->testResultLabel()->text().contains("s3cr3t"));
            QCOMPARE(connections->passwordEdit()->text(), QString::fromLatin1(kSecret));
            QVERIFY(dialog.apply());
        }
        QVERIFY(!settingsFileText().contains("s3cr3t"));
        {
            // The same session: the next dialog has it without asking again.
            ui::SettingsDialog dialog(&vault);
            auto* connections = dialog.dataSourcesTab()->connectionsEditor();
            QCOMPARE(connections->passwordEdit()->text(), QString::fromLatin1(kSecret));
            QSignalSpy finished(connections, &ui::ConnectionsEditor::testFinished);
            QTest::mouseClick(connections->testButton(), Qt::LeftButton);
            QVERIFY(finished.wait(15000));
            QCOMPARE(asked.size(), 1);
        }
        // Cancelling the prompt tests nothing and says so.
        vault.clearSession();
        vault.setPrompt([](const QString&, const QString&, QWidget*) { return std::nullopt; });
        ui::SettingsDialog dialog(&vault);
        auto* connections = dialog.dataSourcesTab()->connectionsEditor();
        QSignalSpy finished(connections, &ui::ConnectionsEditor::testFinished);
        QTest::mouseClick(connections->testButton(), Qt::LeftButton);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(connections->testResultLabel()->text().contains("no password"));
    }

    // The real keyring when there is one, the session store otherwise: either way the
    // password comes back and the reason for a fallback is given.
    void systemKeyringOrReportedFallback()
    {
        const QString service =
            QStringLiteral("StreamLensTest-%1").arg(QCoreApplication::applicationPid());
        ui::PasswordVault vault(ui::PasswordVault::Backend::SystemKeyring, service);
        QSignalSpy unavailable(&vault, &ui::PasswordVault::keyringUnavailable);
        std::optional<bool> persistent;
        vault.store(QStringLiteral("probe"), QString::fromLatin1(kSecret),
                    [&](bool p) { persistent = p; });
        QTRY_VERIFY_WITH_TIMEOUT(persistent.has_value(), 30000);
        QCOMPARE(*persistent, vault.keyringAvailable());
        if (!*persistent) {
            QCOMPARE(unavailable.count(), 1);
            QVERIFY(!vault.keyringProblem().isEmpty());
        }
        vault.clearSession(); // so the lookup must go to the keyring when there is one
        if (!*persistent)
            vault.store(QStringLiteral("probe"), QString::fromLatin1(kSecret));
        std::optional<std::optional<QString>> found;
        vault.lookup(QStringLiteral("probe"), [&](std::optional<QString> pw) { found = pw; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 30000);
        QCOMPARE(found->value_or(QString()), QString::fromLatin1(kSecret));
        vault.forget(QStringLiteral("probe"));
        qInfo("keyring: %s",
              vault.keyringAvailable() ? "system keyring" : qPrintable(vault.keyringProblem()));
    }

    // Screenshots for reviewing the layout: STREAMLENS_SCREENSHOT_DIR=/some/dir.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("STREAMLENS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("STREAMLENS_SCREENSHOT_DIR is not set: no screenshots wanted");
        AppSettings s = sampleSettings(storePath());
        if (m_server)
            s.connections.insert(s.connections.begin(), *m_server);
        QVERIFY(s.save());
        for (const ui::Theme theme : {ui::Theme::Light, ui::Theme::Dark}) {
            ui::applyTheme(theme);
            const QString name = theme == ui::Theme::Dark ? "dark" : "light";
            ui::PasswordVault vault(ui::PasswordVault::Backend::SessionOnly, "Shots" + name);
            vault.setPrompt([](const QString&, const QString&, QWidget*) { return QString(); });
            ui::SettingsDialog dialog(&vault);
            dialog.show();
            auto* connections = dialog.dataSourcesTab()->connectionsEditor();
            QSignalSpy finished(connections, &ui::ConnectionsEditor::testFinished);
            QTest::mouseClick(connections->testButton(), Qt::LeftButton);
            QVERIFY(finished.wait(15000));
            for (int i = 0; i < dialog.tabs()->count(); ++i) {
                dialog.tabs()->setCurrentIndex(i);
                QVERIFY(dialog.grab().save(
                    QStringLiteral("%1/settings-%2-%3.png").arg(dir, name).arg(i)));
            }
        }
        ui::applyTheme(ui::Theme::Light);
    }
};

QTEST_MAIN(TestUiSettings)
#include "tst_ui_settings.moc"
