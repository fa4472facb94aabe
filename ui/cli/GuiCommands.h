// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::ui {

// Adds the commands that render the GUI offscreen (screenshot, ...) to the CLI registry.
void registerGuiCommands();

} // namespace streamlens::ui
