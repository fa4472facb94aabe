// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvFormat.h"
#include "settings/AppearanceSettings.h"
#include "settings/ConnectionProfile.h"
#include "settings/ExportDefaults.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QSettings;

namespace streamlens::settings {

// Everything the settings dialog edits, as typed values, read from and written to QSettings
// under the keys of SettingsKeys.h. Passwords are not part of it: see PasswordVault (ui).
struct AppSettings {
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    // The embedded SQLite store; store::SqliteStore::defaultPath() unless the user chose one.
    QString sqlitePath;
    std::vector<ConnectionProfile> connections;
    // Name of the connection the warehouse uses; empty for none.
    QString activeConnection;
    io::CsvFormat csvFormat;
    AppearanceSettings appearance;
    ExportDefaults exportDefaults;

    // Defaults with the default store path filled in.
    static AppSettings defaults();
    // Reads every key; a missing key gives its default, an invalid one its default plus a
    // sentence in *warnings (a hand-edited file never stops the app).
    static AppSettings load(QSettings& settings, QStringList* warnings = nullptr);
    // Same, from the application's QSettings (organisation and application name).
    static AppSettings load(QStringList* warnings = nullptr);

    // Sentences for users naming every problem; empty when the settings can be saved.
    QStringList problems() const;
    // Writes every key and flushes the file when problems() is empty; otherwise writes
    // nothing. False with the reasons in *problemsOut when invalid or the file is unwritable.
    bool save(QSettings& settings, QStringList* problemsOut = nullptr) const;
    bool save(QStringList* problemsOut = nullptr) const;

    const ConnectionProfile* connection(const QString& name) const;
    bool operator==(const AppSettings&) const = default;
};

} // namespace streamlens::settings
