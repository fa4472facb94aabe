// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace streamlens::ui {

class ExportableChart;

// One headline figure of the executive-summary page ("Rebuffering ratio", "0.42 %", and how
// it moved against the previous period when that is known).
struct ReportFigure {
    QString label;
    QString value;
    QString change;
};

// Everything a report shows, computed beforehand (off the GUI thread where it costs): the
// writer only lays it out.
struct ReportContent {
    QString title;
    QString dataSource;
    QString filterText;
    QDateTime createdAt;
    QString scope; // "1,234,567 sessions, 1,100,000 started"
    QList<ReportFigure> figures;
    QStringList findings;
    QList<ExportableChart*> charts;
};

} // namespace streamlens::ui
