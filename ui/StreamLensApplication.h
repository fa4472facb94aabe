// SPDX-License-Identifier: MIT
#pragma once

namespace streamlens::ui {

// Starts the desktop application (QApplication, main window, data on the embedded store)
// and returns its exit code. Options: --db STORE, --no-demo.
int runDesktopApplication(int argc, char** argv);

} // namespace streamlens::ui
