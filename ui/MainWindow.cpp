// SPDX-License-Identifier: MIT
#include "MainWindow.h"
namespace streamlens::ui {
MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}
} // namespace streamlens::ui
