// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::ui {

// Applies theme, language and font scale from QSettings (settings::keys::kTheme, kLanguage,
// kFontScale, as the settings dialog writes them) to the running application, at start-up
// and whenever the settings dialog applies: the palette (charts redraw in it), the
// translators and default locale (every widget retranslates), and the fonts of all windows.
// Unknown or out-of-range values fall back to the defaults (system theme, system language,
// scale 1) with a warning, never an error.
void applyAppearanceFromSettings();

} // namespace streamlens::ui
