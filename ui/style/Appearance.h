// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace streamlens::ui {

// The settings keys of the appearance, as the settings dialog writes them.
namespace AppearanceKeys {
inline const QString kTheme = QStringLiteral("appearance/theme");         // light|dark|system
inline const QString kLanguage = QStringLiteral("appearance/language");   // en|de|"" (system)
inline const QString kFontScale = QStringLiteral("appearance/fontScale"); // 0.75 – 2.0
} // namespace AppearanceKeys

inline constexpr double kMinFontScale = 0.75;
inline constexpr double kMaxFontScale = 2.0;

// Applies theme, language and font scale from QSettings to the running application, at
// start-up and whenever the settings dialog applies: the palette (charts redraw in it), the
// translators and default locale (every widget retranslates), and the fonts of all windows.
// Unknown or out-of-range values fall back to the defaults (system theme, system language,
// scale 1) with a warning, never an error.
void applyAppearanceFromSettings();

} // namespace streamlens::ui
