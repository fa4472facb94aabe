// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace streamlens::ui {

enum class Theme { System, Light, Dark };

// Applies a theme to the whole application (Fusion style with a light or dark palette, so
// it looks the same on every desktop and offscreen).
void applyTheme(Theme theme);
Theme currentTheme();
bool isDark();
// "light" / "dark" / "system" ↔ Theme; unknown text gives nullopt-like System with ok=false.
Theme themeFromString(const QString& text, bool* ok = nullptr);

} // namespace streamlens::ui
