// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace streamlens::settings {

// How the desktop app looks. The values are the settings file's own text ("light", "de"):
// the theme and translation code reads the same keys, so the words are the interface.
struct AppearanceSettings {
    Q_DECLARE_TR_FUNCTIONS(AppearanceSettings)
public:
    static constexpr double kMinFontScale = 0.75;
    static constexpr double kMaxFontScale = 2.0;

    QString theme = QStringLiteral("system"); // "light" | "dark" | "system"
    QString language;                         // "en" | "de" | "" (the system's)
    double fontScale = 1.0;

    static const QStringList& themes();
    static const QStringList& languages();
    QStringList problems() const;
    bool operator==(const AppearanceSettings&) const = default;
};

} // namespace streamlens::settings
