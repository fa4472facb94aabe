// SPDX-License-Identifier: MIT
#pragma once

#include "export/ReportContent.h"
#include "query/Filter.h"

#include <atomic>

namespace streamlens {
struct Dataset;
}

namespace streamlens::ui {

// The executive-summary part of a report, from core/summary's ExecutiveSummary as the
// Overview shows it: the selection's size, the headline KPIs with their change against the
// previous period, and the "what changed" findings.
struct ReportSummary {
    QString scope;
    QList<ReportFigure> figures;
    QStringList findings;
};

// Reads every row of the selection: run it off the GUI thread (JobTracker) or from the CLI.
ReportSummary computeReportSummary(const Dataset& dataset, const query::Filter& filter,
                                   const std::atomic<bool>* cancel = nullptr);

} // namespace streamlens::ui
