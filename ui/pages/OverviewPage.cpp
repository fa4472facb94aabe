// SPDX-License-Identifier: MIT
#include "pages/OverviewPage.h"

#include "data/DataController.h"
#include "data/MetricText.h"
#include "jobs/JobTracker.h"
#include "query/UtcCalendar.h"
#include "summary/ExecutiveSummary.h"
#include "summary/KpiSignificance.h"
#include "summary/SummaryText.h"
#include "widgets/FindingsList.h"
#include "widgets/KpiTile.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace streamlens::ui {

namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString dateText(int64_t ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                              QLocale::ShortFormat);
}

// The last day of a period that ends at midnight is the day before its end.
QString rangeText(int64_t fromMs, int64_t toMs)
{
    const int64_t lastMs = toMs % query::kMsPerDay == 0 ? toMs - 1 : toMs;
    if (dateText(fromMs) == dateText(lastMs))
        return dateText(fromMs);
    return QStringLiteral("%1 – %2").arg(dateText(fromMs), dateText(lastMs));
}

} // namespace

OverviewPage::OverviewPage(DataController* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_jobs(new JobTracker(this))
    , m_heading(new QLabel(this))
    , m_scope(new QLabel(this))
    , m_period(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_findings(new FindingsList(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_scope->setForegroundRole(QPalette::PlaceholderText);
    m_scope->setWordWrap(true);
    m_period->setWordWrap(true);

    m_grid->setSpacing(10);
    for (std::string_view key : summary::KpiSignificance::tileKeys()) {
        const QString k = fromStd(key);
        auto* tile = new KpiTile(metricName(k), this);
        tile->setObjectName(QStringLiteral("tile-") + k);
        m_tiles.insert(k, tile);
        m_order << k;
    }

    // The page scrolls when the window is short (1366×768 with the filter panel open) instead
    // of squeezing tiles and findings.
    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 16, 24, 16);
    contentLayout->setSpacing(6);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_scope);
    contentLayout->addWidget(m_period);
    contentLayout->addSpacing(6);
    contentLayout->addLayout(m_grid);
    contentLayout->addSpacing(14);
    contentLayout->addWidget(m_findings);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layoutTiles();
    retranslateUi();

    connect(m_findings, &FindingsList::findingActivated, this, &OverviewPage::findingActivated);
    connect(m_data, &DataController::datasetChanged, this, &OverviewPage::refresh);
    connect(m_data, &DataController::filterChanged, this, &OverviewPage::refresh);
    connect(m_data, &DataController::loadingStarted, this,
            [this](const QString& what) { m_scope->setText(what); });
    refresh();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::retranslateUi()
{
    m_heading->setText(tr("Executive summary"));
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it)
        it.value()->setCaption(metricName(it.key()));
    showTiles();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings are sentences the core wrote in the old language: word them anew.
        if (m_summary)
            refresh();
    }
    QWidget::changeEvent(event);
}

void OverviewPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutTiles();
}

void OverviewPage::layoutTiles()
{
    // As many columns as fit at ~220 px a tile, choosing among 6, 4, 3 and 2 so that the 11
    // tiles fill their rows evenly (5 columns would leave one tile alone on the last row).
    const int available = std::max(0, width() - 48);
    int columns = 2;
    for (int c : {6, 4, 3})
        if (available >= c * 220) {
            columns = c;
            break;
        }
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (KpiTile* tile : m_tiles)
        m_grid->removeWidget(tile);
    for (int i = 0; i < m_order.size(); ++i)
        m_grid->addWidget(m_tiles.value(m_order[i]), i / columns, i % columns);
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

QString OverviewPage::tileText(const QString& key) const
{
    auto* tile = m_tiles.value(key);
    return tile ? tile->value() : QString();
}

QString OverviewPage::tileChangeText(const QString& key) const
{
    auto* tile = m_tiles.value(key);
    return tile ? tile->changeText() : QString();
}

void OverviewPage::refresh()
{
    auto dataset = m_data->dataset();
    if (!dataset)
        return;
    const query::Filter filter = m_data->filter();
    using Result = std::shared_ptr<summary::ExecutiveSummaryResult>;
    m_jobs->run<std::pair<Result, QString>>(
        [dataset, filter](const std::atomic<bool>& cancel) {
            summary::ExecutiveSummaryOptions options;
            options.cancel = &cancel;
            std::string error;
            auto r = summary::ExecutiveSummary::run(*dataset, filter, options, &error);
            if (!r)
                return std::make_pair(Result(), QString::fromStdString(error));
            return std::make_pair(std::make_shared<summary::ExecutiveSummaryResult>(std::move(*r)),
                                  QString());
        },
        [this](std::pair<Result, QString> result) {
            m_error = result.second;
            present(result.first);
        });
}

void OverviewPage::present(std::shared_ptr<summary::ExecutiveSummaryResult> result)
{
    if (result && result->cancelled)
        return;
    m_summary = std::move(result);
    m_kpis = m_summary ? m_summary->current.toJson() : QJsonObject();
    showTiles();
    emit refreshed();
}

QString OverviewPage::changeLine(const summary::KpiChange& c) const
{
    const summary::ExecutiveSummaryResult& r = *m_summary;
    if (!r.window || !r.window->hasPrevious)
        return tr("no previous period (no date range set)");
    const QString period = summary::SummaryText::periodLength(r.window->lengthMs());
    if (!c.previous)
        return tr("no data in the previous %1").arg(period);
    if (!c.relativeChange)
        return tr("previous %1: %2")
            .arg(period, formatMetric(QString::fromStdString(c.key), *c.previous));
    const double rel = *c.relativeChange;
    const QString arrow = rel > 0   ? QStringLiteral("▲")
                          : rel < 0 ? QStringLiteral("▼")
                                    : QStringLiteral("■");
    const QString number = tr("%1 %").arg(QLocale().toString(std::fabs(rel) * 100.0, 'f', 1));
    return tr("%1 %2 vs previous %3").arg(arrow, number, period);
}

QString OverviewPage::changeToolTip(const summary::KpiChange& c) const
{
    const QString key = QString::fromStdString(c.key);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(metricName(key).toHtmlEscaped());
    if (!c.previous) {
        lines << (c.testNote.empty() ? tr("No previous value to compare with.")
                                     : QString::fromStdString(c.testNote).toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    lines << tr("Previous period: %1").arg(formatMetric(key, *c.previous).toHtmlEscaped());
    if (c.test.empty()) {
        lines << tr("Not tested: %1").arg(QString::fromStdString(c.testNote).toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    lines << tr("Test: %1").arg(QString::fromStdString(c.test).toHtmlEscaped());
    lines << tr("p = %1, Holm-adjusted over %2 tiles: %3")
                 .arg(summary::SummaryText::pValue(*c.pValue).toHtmlEscaped(),
                      QLocale().toString(c.comparisons),
                      summary::SummaryText::pValue(*c.pAdjusted).toHtmlEscaped());
    if (c.significant)
        lines << tr("Significant and above the relevance floor of %1: coloured.")
                     .arg(summary::SummaryText::percent(
                         summary::KpiSignificance::relevanceFloor(c.key), 0));
    else if (c.statisticallySignificant)
        lines << tr("Significant, but smaller than the relevance floor of %1: not coloured.")
                     .arg(summary::SummaryText::percent(
                         summary::KpiSignificance::relevanceFloor(c.key), 0));
    else
        lines << tr("Not significant after Holm correction: not coloured.");
    if (!c.testNote.empty())
        lines << QStringLiteral("<small>%1</small>")
                     .arg(QString::fromStdString(c.testNote).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void OverviewPage::showTiles()
{
    if (!m_summary) {
        if (!m_error.isEmpty())
            m_scope->setText(tr("Could not compute the summary: %1").arg(m_error));
        return;
    }
    const summary::ExecutiveSummaryResult& r = *m_summary;
    const QLocale locale;
    m_scope->setText(tr("%1 · %2 sessions, %3 started")
                         .arg(m_data->sourceDescription(), locale.toString(r.current.attempts),
                              locale.toString(r.current.started)));
    if (r.window && r.window->hasPrevious)
        m_period->setText(tr("Current period %1 compared with the previous %2 (%3). A change is "
                             "coloured only when it is significant after Holm correction and "
                             "large enough to matter.")
                              .arg(rangeText(r.window->currentFromMs, r.window->currentToMs),
                                   summary::SummaryText::periodLength(r.window->lengthMs()),
                                   rangeText(r.window->previousFromMs, r.window->previousToMs)));
    else if (r.window)
        m_period->setText(tr("Whole data span %1. Set a date range to compare with the previous "
                             "period of equal length.")
                              .arg(rangeText(r.window->currentFromMs, r.window->currentToMs)));
    else
        m_period->setText(QString::fromStdString(r.note));

    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it) {
        const QString& key = it.key();
        KpiTile* tile = it.value();
        tile->setValue(formatMetric(key, m_kpis.value(key)));
        const summary::KpiChange* change = r.tile(key.toStdString());
        if (!change) {
            tile->setChange(QString(), KpiTile::ChangeTone::Neutral, QString());
            continue;
        }
        const auto tone =
            change->direction == summary::ChangeDirection::Good  ? KpiTile::ChangeTone::Good
            : change->direction == summary::ChangeDirection::Bad ? KpiTile::ChangeTone::Bad
                                                                 : KpiTile::ChangeTone::Neutral;
        tile->setChange(changeLine(*change), tone, changeToolTip(*change));
        tile->setSparkline(r.sparklines.series(change->key), r.sparklines.currentBegin);
    }

    QString note;
    if (r.findings.empty())
        note = r.segmentComparisons > 0
                   ? tr("Nothing stands out: none of %1 segment comparisons is significant after "
                        "Holm correction and at least 1.25× the rest.")
                         .arg(locale.toString(r.segmentComparisons))
                   : tr("Too few sessions to compare segments.");
    else if (r.findings.size() < 3)
        note = tr("Only %1 finding(s) are significant after correction; nothing else stands out.")
                   .arg(locale.toString(static_cast<int>(r.findings.size())));
    else
        note = tr("Ranked by impact. Segments were each tested against the rest of the selection "
                  "(%1 comparisons, Holm-corrected). Click a finding to select its segment.")
                   .arg(locale.toString(r.segmentComparisons));
    m_findings->setFindings(r.findings, note);
}

} // namespace streamlens::ui
