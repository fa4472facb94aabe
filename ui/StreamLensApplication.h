// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::ui {

// Starts the desktop application (QApplication, appearance from the settings, main window,
// data on the embedded store) and returns its exit code. Options: --db STORE, --demo,
// --no-demo, --present (start in presentation mode).
int runDesktopApplication(int argc, char** argv);

} // namespace streamlens::ui
