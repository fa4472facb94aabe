// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

namespace streamlens::ui::ChangePalette {

// Colours that say "better" and "worse" on the Overview: Okabe-Ito bluish green and
// vermillion (told apart with red-green colour blindness too), lightened on dark themes so
// they keep their contrast against the dark window.
QColor good();
QColor bad();
// Text that shows a change without judging it (not significant, or no better side).
QColor neutral();

} // namespace streamlens::ui::ChangePalette
