// SPDX-License-Identifier: MIT
#pragma once

#include "export/ReportContent.h"
#include "style/Theme.h"

#include <QCoreApplication>
#include <QRectF>
#include <QString>

class QPainter;

namespace streamlens::ui {

// Writes a report as a multi-page PDF (A4 landscape, vector): a title page with the data
// source, the date and the active filter; an executive-summary page with the headline
// figures and findings; then one chart per page with its title, caption and the active
// filter. Every page carries its number ("Page 3 of 8").
class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    explicit ReportWriter(ReportContent content);

    // Light by default: a report is read on paper and on projectors more than on screens.
    void setTheme(Theme theme) { m_theme = theme; }
    int pageCount() const { return 2 + static_cast<int>(m_content.charts.size()); }
    // False with a translated reason in *error; a failed report leaves no file behind.
    bool write(const QString& fileName, QString* error) const;

private:
    void paintTitlePage(QPainter& painter, const QRectF& body) const;
    void paintSummaryPage(QPainter& painter, const QRectF& body) const;
    void paintChartPage(QPainter& painter, const QRectF& body, ExportableChart& chart) const;
    void paintFooter(QPainter& painter, const QRectF& page, int pageNumber) const;

    ReportContent m_content;
    Theme m_theme = Theme::Light;
};

} // namespace streamlens::ui
