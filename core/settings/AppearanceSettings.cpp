// SPDX-License-Identifier: MIT
#include "settings/AppearanceSettings.h"

#include <QLocale>

namespace streamlens::settings {

const QStringList& AppearanceSettings::themes()
{
    static const QStringList values = {QStringLiteral("system"), QStringLiteral("light"),
                                       QStringLiteral("dark")};
    return values;
}

const QStringList& AppearanceSettings::languages()
{
    static const QStringList values = {QString(), QStringLiteral("en"), QStringLiteral("de")};
    return values;
}

QStringList AppearanceSettings::problems() const
{
    QStringList out;
    if (!themes().contains(theme))
        out << tr("Unknown theme \"%1\" (light, dark or system).").arg(theme);
    if (!languages().contains(language))
        out << tr("Unknown language \"%1\" (en, de, or empty for the system's).").arg(language);
    if (!(fontScale >= kMinFontScale && fontScale <= kMaxFontScale))
        out << tr("The font scale must be between %1 and %2 (it is %3).")
                   .arg(QLocale().toString(kMinFontScale), QLocale().toString(kMaxFontScale),
                        QLocale().toString(fontScale));
    return out;
}

} // namespace streamlens::settings
