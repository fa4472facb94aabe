// SPDX-License-Identifier: MIT
// AppSettings written to an INI file and read back gives every field unchanged; a damaged
// file gives defaults with warnings; the file never holds a password.
#include "settings/AppSettings.h"
#include "settings/SettingsKeys.h"
#include "store/SqliteStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using namespace streamlens::settings;

namespace {
// Every field away from its default, so a field that is not saved or not loaded shows.
AppSettings everyFieldChanged()
{
    AppSettings s = AppSettings::defaults();
    s.sqlitePath = QStringLiteral("/data/qoe/Ströme 2026.db");
    ConnectionProfile warehouse;
    warehouse.name = QStringLiteral("Warehouse (prod)");
    warehouse.host = QStringLiteral("db.example.org");
    warehouse.port = 6543;
    warehouse.database = QStringLiteral("qoe wh");
    warehouse.user = QStringLiteral("o'brien");
    warehouse.sslMode = SslMode::VerifyFull;
    ConnectionProfile local;
    local.name = QStringLiteral("local");
    local.host = QStringLiteral("/var/run/postgresql");
    local.port = 5433;
    local.database = QStringLiteral("streamlens");
    local.user = QStringLiteral("analyst");
    local.sslMode = SslMode::Disable;
    s.connections = {warehouse, local};
    s.activeConnection = QStringLiteral("local");
    s.csvFormat.delimiter = '\t';
    s.csvFormat.quote = '\'';
    s.csvFormat.encoding = "Windows-1252";
    s.csvFormat.decimalSeparator = ',';
    s.csvFormat.dateFormat = "dd.MM.yyyy HH:mm";
    s.csvFormat.hasHeader = false;
    s.csvFormat.maxRejectRate = 0.125;
    s.appearance.theme = QStringLiteral("dark");
    s.appearance.language = QStringLiteral("de");
    s.appearance.fontScale = 1.35;
    s.exportDefaults.width = 1080;
    s.exportDefaults.height = 1080;
    s.exportDefaults.dpi = 300;
    s.exportDefaults.format = QStringLiteral("svg");
    return s;
}
} // namespace

class TestSettingsRoundTrip : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString iniPath(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultsWhenFileIsEmpty()
    {
        QSettings file(iniPath("empty.ini"), QSettings::IniFormat);
        QStringList warnings;
        const AppSettings loaded = AppSettings::load(file, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QCOMPARE(loaded, AppSettings::defaults());
        QCOMPARE(loaded.sqlitePath, QString::fromStdString(store::SqliteStore::defaultPath()));
        QCOMPARE(loaded.exportDefaults.width, 1920);
        QCOMPARE(loaded.exportDefaults.height, 1080);
        QCOMPARE(loaded.exportDefaults.dpi, 144);
        QCOMPARE(loaded.exportDefaults.format, QStringLiteral("png"));
        QCOMPARE(loaded.appearance.theme, QStringLiteral("system"));
        QCOMPARE(loaded.appearance.language, QString());
        QCOMPARE(loaded.appearance.fontScale, 1.0);
        QVERIFY(loaded.csvFormat.isContractDefault());
        QVERIFY(loaded.connections.empty());
        QVERIFY(loaded.problems().isEmpty());
    }

    void everyFieldRoundTrips()
    {
        const AppSettings original = everyFieldChanged();
        QVERIFY2(original.problems().isEmpty(), qPrintable(original.problems().join('\n')));
        {
            QSettings file(iniPath("full.ini"), QSettings::IniFormat);
            QStringList problems;
            QVERIFY2(original.save(file, &problems), qPrintable(problems.join('\n')));
        }
        QSettings file(iniPath("full.ini"), QSettings::IniFormat);
        QStringList warnings;
        const AppSettings loaded = AppSettings::load(file, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QCOMPARE(loaded.sqlitePath, original.sqlitePath);
        QCOMPARE(loaded.connections.size(), size_t(2));
        QCOMPARE(loaded.connections[0], original.connections[0]);
        QCOMPARE(loaded.connections[1], original.connections[1]);
        QCOMPARE(loaded.activeConnection, original.activeConnection);
        QVERIFY(loaded.csvFormat == original.csvFormat);
        QCOMPARE(loaded.appearance, original.appearance);
        QCOMPARE(loaded.exportDefaults, original.exportDefaults);
        QVERIFY(loaded == original);
    }

    // Other parts of the app read these keys directly; their spelling is the interface.
    void keysAreTheDocumentedOnes()
    {
        {
            QSettings file(iniPath("keys.ini"), QSettings::IniFormat);
            QVERIFY(everyFieldChanged().save(file));
        }
        QSettings file(iniPath("keys.ini"), QSettings::IniFormat);
        QCOMPARE(file.value("appearance/theme").toString(), QStringLiteral("dark"));
        QCOMPARE(file.value("appearance/language").toString(), QStringLiteral("de"));
        QCOMPARE(file.value("appearance/fontScale").toDouble(), 1.35);
        QCOMPARE(file.value("export/width").toInt(), 1080);
        QCOMPARE(file.value("export/height").toInt(), 1080);
        QCOMPARE(file.value("export/dpi").toInt(), 300);
        QCOMPARE(file.value("export/format").toString(), QStringLiteral("svg"));
        const auto json =
            QJsonDocument::fromJson(file.value("import/csvFormat").toString().toUtf8());
        QVERIFY(json.isObject());
        QCOMPARE(json.object().value("delimiter").toString(), QStringLiteral("\t"));
        QCOMPARE(json.object().value("max_reject_rate").toDouble(), 0.125);
    }

    // Removing a profile must not leave its old array entry behind.
    void fewerConnectionsLeaveNoStaleEntries()
    {
        const QString path = iniPath("shrink.ini");
        {
            QSettings file(path, QSettings::IniFormat);
            QVERIFY(everyFieldChanged().save(file));
        }
        AppSettings fewer = everyFieldChanged();
        fewer.connections.pop_back();
        fewer.activeConnection.clear();
        {
            QSettings file(path, QSettings::IniFormat);
            QVERIFY(fewer.save(file));
        }
        QSettings file(path, QSettings::IniFormat);
        QCOMPARE(AppSettings::load(file), fewer);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("analyst"));
    }

    void invalidSettingsAreNotWritten()
    {
        const QString path = iniPath("invalid.ini");
        AppSettings bad = everyFieldChanged();
        bad.connections[1].port = 70000;
        QSettings file(path, QSettings::IniFormat);
        QStringList problems;
        QVERIFY(!bad.save(file, &problems));
        QVERIFY2(problems.join(' ').contains("65535"), qPrintable(problems.join('\n')));
        file.sync();
        QVERIFY(file.allKeys().isEmpty());
    }

    // A hand-edited file with nonsense gives defaults for those fields, each with a warning,
    // and keeps the valid ones.
    void damagedValuesFallBackWithWarnings()
    {
        const QString path = iniPath("damaged.ini");
        {
            QSettings file(path, QSettings::IniFormat);
            file.setValue("appearance/theme", "purple");
            file.setValue("appearance/language", "fr");
            file.setValue("appearance/fontScale", "huge");
            file.setValue("export/width", 99999);
            file.setValue("export/height", 500);
            file.setValue("export/dpi", 10);
            file.setValue("export/format", "gif");
            file.setValue("import/csvFormat", "{not json");
            file.setValue("connections/profiles/size", 1);
            file.setValue("connections/profiles/1/name", "pg");
            file.setValue("connections/profiles/1/port", "abc");
            file.setValue("connections/profiles/1/sslMode", "sometimes");
            file.setValue("store/sqlitePath", "/tmp/kept.db");
        }
        QSettings file(path, QSettings::IniFormat);
        QStringList warnings;
        const AppSettings loaded = AppSettings::load(file, &warnings);
        const QString all = warnings.join('\n');
        for (const char* mention :
             {"purple", "fr", "huge", "99", "gif", "import/csvFormat", "abc", "sometimes", "DPI"})
            QVERIFY2(all.contains(QLatin1String(mention)), qPrintable(mention + ("\n" + all)));
        const AppSettings defaults = AppSettings::defaults();
        QCOMPARE(loaded.appearance, defaults.appearance);
        QCOMPARE(loaded.exportDefaults, defaults.exportDefaults);
        QVERIFY(loaded.csvFormat.isContractDefault());
        QCOMPARE(loaded.sqlitePath, QStringLiteral("/tmp/kept.db"));
        QCOMPARE(loaded.connections.size(), size_t(1));
        QCOMPARE(loaded.connections[0].port, ConnectionProfile::kDefaultPort);
        QCOMPARE(loaded.connections[0].sslMode, SslMode::Prefer);
    }

    // The application's own QSettings (organisation + application name) is used by the
    // overloads without a QSettings; QSettings::setPath sends it to the temp folder.
    void applicationSettingsRoundTrip()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("StreamLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("SettingsRoundTrip"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath("app"));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("app"));
        const AppSettings original = everyFieldChanged();
        QVERIFY(original.save());
        QVERIFY(QSettings().fileName().startsWith(m_dir.path()));
        QCOMPARE(AppSettings::load(), original);
    }

    // No password key and no password-like value can appear: the model has none to write.
    void fileHoldsNoPassword()
    {
        const QString path = iniPath("nopassword.ini");
        {
            QSettings file(path, QSettings::IniFormat);
            QVERIFY(everyFieldChanged().save(file));
        }
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray text = raw.readAll().toLower();
        QVERIFY(text.contains("warehouse"));
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("passwd"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsRoundTrip)
#include "tst_settings_roundtrip.moc"
