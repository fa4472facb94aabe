// SPDX-License-Identifier: MIT
#pragma once

#include "style/Theme.h"

#include <QList>
#include <QPalette>

namespace streamlens::ui {

class ExportableChart;

// Switches the application to the theme an export asks for while the export draws, and back
// afterwards: chart colours come from the application palette (ChartPalette). The charts are
// re-coloured both ways. Nothing happens when the export wants the theme on screen.
class ExportTheme {
public:
    ExportTheme(Theme wanted, QList<ExportableChart*> charts);
    ~ExportTheme();
    ExportTheme(const ExportTheme&) = delete;
    ExportTheme& operator=(const ExportTheme&) = delete;

private:
    QList<ExportableChart*> m_charts;
    bool m_switched = false;
    Theme m_previousTheme = Theme::System;
    QPalette m_previousPalette;
};

} // namespace streamlens::ui
