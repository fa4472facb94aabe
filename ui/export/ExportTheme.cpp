// SPDX-License-Identifier: MIT
#include "export/ExportTheme.h"

#include "export/ExportableChart.h"

#include <QApplication>

namespace streamlens::ui {

ExportTheme::ExportTheme(Theme wanted, QList<ExportableChart*> charts)
    : m_charts(std::move(charts))
{
    if (wanted == Theme::System || (wanted == Theme::Dark) == isDark())
        return;
    m_switched = true;
    m_previousTheme = currentTheme();
    m_previousPalette = QApplication::palette();
    applyTheme(wanted);
    for (ExportableChart* chart : m_charts)
        chart->applyPalette();
}

ExportTheme::~ExportTheme()
{
    if (!m_switched)
        return;
    applyTheme(m_previousTheme);
    // The palette on screen may carry more than the theme (e.g. a system palette).
    if (QApplication::palette() != m_previousPalette)
        QApplication::setPalette(m_previousPalette);
    for (ExportableChart* chart : m_charts)
        chart->applyPalette();
}

} // namespace streamlens::ui
