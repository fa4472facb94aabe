// SPDX-License-Identifier: MIT
#include "settings/AppSettings.h"

#include "settings/CsvFormatRules.h"
#include "settings/SettingsKeys.h"
#include "store/SqliteStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSettings>

namespace streamlens::settings {

namespace {
QString key(const char* k)
{
    return QLatin1String(k);
}

// Reads an int key; keeps `fallback` and notes a warning when the text is not a number.
int readInt(const QSettings& settings, const char* k, int fallback, QStringList* warnings)
{
    const QVariant value = settings.value(key(k));
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok)
        return number;
    if (warnings)
        *warnings << AppSettings::tr("Setting %1: \"%2\" is not a whole number; using %3.")
                         .arg(key(k), value.toString(), QLocale().toString(fallback));
    return fallback;
}

double readDouble(const QSettings& settings, const char* k, double fallback, QStringList* warnings)
{
    const QVariant value = settings.value(key(k));
    if (!value.isValid())
        return fallback;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok)
        return number;
    if (warnings)
        *warnings << AppSettings::tr("Setting %1: \"%2\" is not a number; using %3.")
                         .arg(key(k), value.toString(), QLocale().toString(fallback));
    return fallback;
}

QString readText(const QSettings& settings, const char* k, const QString& fallback)
{
    const QVariant value = settings.value(key(k));
    return value.isValid() ? value.toString() : fallback;
}

void warnAll(QStringList* warnings, const QStringList& problems, const QString& consequence)
{
    if (!warnings)
        return;
    for (const QString& problem : problems)
        *warnings << problem + QLatin1Char(' ') + consequence;
}
} // namespace

AppSettings AppSettings::defaults()
{
    AppSettings out;
    out.sqlitePath = QString::fromStdString(store::SqliteStore::defaultPath());
    return out;
}

AppSettings AppSettings::load(QSettings& settings, QStringList* warnings)
{
    AppSettings out = defaults();
    const QString sqlitePath = readText(settings, keys::kSqlitePath, QString()).trimmed();
    if (!sqlitePath.isEmpty())
        out.sqlitePath = sqlitePath;

    const int count = settings.beginReadArray(key(keys::kConnections));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = readText(settings, keys::kConnectionName, QString());
        profile.host = readText(settings, keys::kConnectionHost, profile.host);
        profile.port = readInt(settings, keys::kConnectionPort, profile.port, warnings);
        profile.database = readText(settings, keys::kConnectionDatabase, QString());
        profile.user = readText(settings, keys::kConnectionUser, QString());
        const QString ssl = readText(settings, keys::kConnectionSslMode, QString());
        if (const auto mode = sslModeFromKeyword(ssl))
            profile.sslMode = *mode;
        else if (!ssl.isEmpty() && warnings)
            *warnings << tr("Connection \"%1\": unknown SSL mode \"%2\"; using prefer.")
                             .arg(profile.name, ssl);
        // An unusable profile is still loaded so the user can repair it in the dialog.
        out.connections.push_back(std::move(profile));
    }
    settings.endArray();
    out.activeConnection = readText(settings, keys::kActiveConnection, QString());

    const QString csvText = readText(settings, keys::kCsvFormat, QString());
    if (!csvText.isEmpty()) {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(csvText.toUtf8(), &parseError);
        std::string error;
        io::CsvFormat format;
        if (!document.isObject())
            error = parseError.errorString().toStdString();
        else
            format = io::CsvFormat::fromJson(document.object(), &error);
        if (error.empty() && CsvFormatRules::problems(format).isEmpty())
            out.csvFormat = format;
        else if (warnings)
            *warnings << tr("Setting %1 is invalid (%2); using the contract's CSV format.")
                             .arg(key(keys::kCsvFormat),
                                  error.empty() ? CsvFormatRules::problems(format).join(' ')
                                                : QString::fromStdString(error));
    }

    // Each invalid field falls back to its default alone; the warnings name the file's value.
    const AppearanceSettings appearanceDefaults;
    AppearanceSettings appearance;
    appearance.theme = readText(settings, keys::kTheme, appearanceDefaults.theme);
    appearance.language = readText(settings, keys::kLanguage, appearanceDefaults.language);
    appearance.fontScale =
        readDouble(settings, keys::kFontScale, appearanceDefaults.fontScale, warnings);
    warnAll(warnings, appearance.problems(), tr("The default is used instead."));
    if (!AppearanceSettings::themes().contains(appearance.theme))
        appearance.theme = appearanceDefaults.theme;
    if (!AppearanceSettings::languages().contains(appearance.language))
        appearance.language = appearanceDefaults.language;
    if (!(appearance.fontScale >= AppearanceSettings::kMinFontScale &&
          appearance.fontScale <= AppearanceSettings::kMaxFontScale))
        appearance.fontScale = appearanceDefaults.fontScale;
    out.appearance = appearance;

    const ExportDefaults exportFallback;
    ExportDefaults exportDefaults;
    exportDefaults.width = readInt(settings, keys::kExportWidth, exportFallback.width, warnings);
    exportDefaults.height = readInt(settings, keys::kExportHeight, exportFallback.height, warnings);
    exportDefaults.dpi = readInt(settings, keys::kExportDpi, exportFallback.dpi, warnings);
    exportDefaults.format = readText(settings, keys::kExportFormat, exportFallback.format);
    warnAll(warnings, exportDefaults.problems(), tr("The default is used instead."));
    const auto sideOk = [](int side) {
        return side >= ExportDefaults::kMinSide && side <= ExportDefaults::kMaxSide;
    };
    if (!sideOk(exportDefaults.width) || !sideOk(exportDefaults.height)) {
        exportDefaults.width = exportFallback.width;
        exportDefaults.height = exportFallback.height;
    }
    if (exportDefaults.dpi < ExportDefaults::kMinDpi ||
        exportDefaults.dpi > ExportDefaults::kMaxDpi)
        exportDefaults.dpi = exportFallback.dpi;
    if (!ExportDefaults::formats().contains(exportDefaults.format))
        exportDefaults.format = exportFallback.format;
    out.exportDefaults = exportDefaults;
    return out;
}

AppSettings AppSettings::load(QStringList* warnings)
{
    QSettings settings;
    return load(settings, warnings);
}

QStringList AppSettings::problems() const
{
    QStringList out;
    if (sqlitePath.trimmed().isEmpty())
        out << tr("The SQLite store path is empty.");
    QSet<QString> names;
    for (const ConnectionProfile& profile : connections) {
        out << profile.problems();
        if (!profile.name.trimmed().isEmpty() && names.contains(profile.name))
            out << tr("Two connections are named \"%1\"; names must be unique.").arg(profile.name);
        names.insert(profile.name);
    }
    if (!activeConnection.isEmpty() && !connection(activeConnection))
        out << tr("The active connection \"%1\" does not exist.").arg(activeConnection);
    out << CsvFormatRules::problems(csvFormat);
    out << appearance.problems();
    out << exportDefaults.problems();
    return out;
}

bool AppSettings::save(QSettings& settings, QStringList* problemsOut) const
{
    const QStringList found = problems();
    if (!found.isEmpty()) {
        if (problemsOut)
            *problemsOut = found;
        return false;
    }
    settings.setValue(key(keys::kSqlitePath), sqlitePath);

    // Rewritten whole, so a removed or renamed profile leaves nothing behind.
    settings.remove(key(keys::kConnections));
    settings.beginWriteArray(key(keys::kConnections), int(connections.size()));
    for (int i = 0; i < int(connections.size()); ++i) {
        const ConnectionProfile& profile = connections[size_t(i)];
        settings.setArrayIndex(i);
        settings.setValue(key(keys::kConnectionName), profile.name);
        settings.setValue(key(keys::kConnectionHost), profile.host);
        settings.setValue(key(keys::kConnectionPort), profile.port);
        settings.setValue(key(keys::kConnectionDatabase), profile.database);
        settings.setValue(key(keys::kConnectionUser), profile.user);
        settings.setValue(key(keys::kConnectionSslMode), sslModeKeyword(profile.sslMode));
    }
    settings.endArray();
    settings.setValue(key(keys::kActiveConnection), activeConnection);

    settings.setValue(
        key(keys::kCsvFormat),
        QString::fromUtf8(QJsonDocument(csvFormat.toJson()).toJson(QJsonDocument::Compact)));
    settings.setValue(key(keys::kTheme), appearance.theme);
    settings.setValue(key(keys::kLanguage), appearance.language);
    settings.setValue(key(keys::kFontScale), appearance.fontScale);
    settings.setValue(key(keys::kExportWidth), exportDefaults.width);
    settings.setValue(key(keys::kExportHeight), exportDefaults.height);
    settings.setValue(key(keys::kExportDpi), exportDefaults.dpi);
    settings.setValue(key(keys::kExportFormat), exportDefaults.format);

    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (problemsOut)
            *problemsOut = {
                tr("The settings could not be written to %1.").arg(settings.fileName())};
        return false;
    }
    return true;
}

bool AppSettings::save(QStringList* problemsOut) const
{
    QSettings settings;
    return save(settings, problemsOut);
}

const ConnectionProfile* AppSettings::connection(const QString& name) const
{
    for (const ConnectionProfile& profile : connections)
        if (profile.name == name)
            return &profile;
    return nullptr;
}

} // namespace streamlens::settings
