// SPDX-License-Identifier: MIT
#pragma once

// Every key StreamLens keeps in QSettings, in one place, so readers elsewhere (theme,
// translations, export) and the settings model cannot drift apart on a spelling.
namespace streamlens::settings::keys {

inline constexpr char kSqlitePath[] = "store/sqlitePath";
// An array (QSettings::beginWriteArray) of profiles with the fields below; no password.
inline constexpr char kConnections[] = "connections/profiles";
inline constexpr char kConnectionName[] = "name";
inline constexpr char kConnectionHost[] = "host";
inline constexpr char kConnectionPort[] = "port";
inline constexpr char kConnectionDatabase[] = "database";
inline constexpr char kConnectionUser[] = "user";
inline constexpr char kConnectionSslMode[] = "sslMode";
inline constexpr char kActiveConnection[] = "connections/active";
// io::CsvFormat::toJson() as compact JSON text.
inline constexpr char kCsvFormat[] = "import/csvFormat";
inline constexpr char kTheme[] = "appearance/theme";
inline constexpr char kLanguage[] = "appearance/language";
inline constexpr char kFontScale[] = "appearance/fontScale";
inline constexpr char kExportWidth[] = "export/width";
inline constexpr char kExportHeight[] = "export/height";
inline constexpr char kExportDpi[] = "export/dpi";
inline constexpr char kExportFormat[] = "export/format";

} // namespace streamlens::settings::keys
