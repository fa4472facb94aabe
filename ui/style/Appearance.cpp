// SPDX-License-Identifier: MIT
#include "style/Appearance.h"

#include "i18n/LanguageManager.h"
#include "settings/AppearanceSettings.h"
#include "settings/SettingsKeys.h"
#include "style/FontScale.h"
#include "style/Theme.h"

#include <QSettings>

namespace streamlens::ui {

namespace {
using settings::AppearanceSettings;
namespace keys = settings::keys;
} // namespace

void applyAppearanceFromSettings()
{
    const QSettings settings;

    bool themeOk = false;
    const QString themeText = settings.value(keys::kTheme, QStringLiteral("system")).toString();
    const Theme theme = themeFromString(themeText, &themeOk);
    if (!themeOk)
        qWarning("StreamLens: unknown theme '%s' in the settings, using the system's",
                 qPrintable(themeText));
    // Setting the palette again would make every chart redraw for nothing.
    static bool themeApplied = false;
    if (!themeApplied || theme != currentTheme()) {
        applyTheme(theme);
        themeApplied = true;
    }

    const QString language = settings.value(keys::kLanguage, QString()).toString();
    if (!LanguageManager::instance().setLanguage(language)) {
        qWarning("StreamLens: language '%s' is not available, using the system's",
                 qPrintable(language));
        LanguageManager::instance().setLanguage(QString());
    }

    bool scaleOk = false;
    double scale = settings.value(keys::kFontScale, 1.0).toDouble(&scaleOk);
    if (!scaleOk || scale < AppearanceSettings::kMinFontScale ||
        scale > AppearanceSettings::kMaxFontScale) {
        qWarning("StreamLens: font scale '%s' is outside %.2f – %.2f, using 1",
                 qPrintable(settings.value(keys::kFontScale).toString()),
                 AppearanceSettings::kMinFontScale, AppearanceSettings::kMaxFontScale);
        scale = 1.0;
    }
    if (scale != FontScale::applicationScale())
        FontScale::applyToApplication(scale);
}

} // namespace streamlens::ui
