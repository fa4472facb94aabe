// SPDX-License-Identifier: MIT
#include "export/ReportSummary.h"

#include "data/Dataset.h"
#include "data/MetricText.h"
#include "summary/ExecutiveSummary.h"
#include "summary/SummaryText.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace streamlens::ui {

namespace {

// "+3.2 % vs previous period (significant, Holm p < 0.001)"
QString changeText(const summary::KpiChange& tile)
{
    if (!tile.relativeChange)
        return {};
    const QString change = summary::SummaryText::signedPercent(*tile.relativeChange);
    if (!tile.pAdjusted)
        return QCoreApplication::translate("ReportSummary", "%1 vs previous period").arg(change);
    const QString p = summary::SummaryText::pValue(*tile.pAdjusted);
    return tile.significant
               ? QCoreApplication::translate("ReportSummary",
                                             "%1 vs previous period (significant, p %2)")
                     .arg(change, p)
               : QCoreApplication::translate("ReportSummary",
                                             "%1 vs previous period (not significant, p %2)")
                     .arg(change, p);
}
} // namespace

ReportSummary computeReportSummary(const Dataset& dataset, const query::Filter& filter,
                                   const std::atomic<bool>* cancel)
{
    ReportSummary report;
    summary::ExecutiveSummaryOptions options;
    options.cancel = cancel;
    std::string error;
    const auto result = summary::ExecutiveSummary::run(dataset, filter, options, &error);
    if (!result || result->cancelled) {
        report.findings << (result ? QCoreApplication::translate("ReportSummary",
                                                                 "The summary was cancelled.")
                                   : QCoreApplication::translate("ReportSummary", "No summary: %1")
                                         .arg(QString::fromStdString(error)));
        return report;
    }
    // The Overview's figures: the engine's values of the current period, with the change
    // against the previous period where the filter has one.
    const QJsonObject kpis = result->current.toJson();
    const QLocale locale;
    report.scope = QCoreApplication::translate("ReportSummary", "%1 sessions, %2 started")
                       .arg(locale.toString(qlonglong(kpis.value("attempts").toDouble())),
                            locale.toString(qlonglong(kpis.value("started").toDouble())));
    for (const summary::KpiChange& tile : result->tiles) {
        const QString key = QString::fromStdString(tile.key);
        report.figures.append(
            {metricName(key), formatMetric(key, kpis.value(key)), changeText(tile)});
    }
    for (const summary::Finding& finding : result->findings)
        report.findings << QString::fromStdString(finding.sentence);
    if (!result->note.empty())
        report.findings << QString::fromStdString(result->note);
    return report;
}

} // namespace streamlens::ui
