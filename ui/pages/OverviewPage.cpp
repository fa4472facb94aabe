// SPDX-License-Identifier: MIT
#include "pages/OverviewPage.h"

#include "data/DataController.h"
#include "data/MetricText.h"
#include "jobs/JobTracker.h"
#include "query/Filter.h"
#include "query/KpiEngine.h"
#include "query/Selection.h"
#include "widgets/KpiTile.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {
// The tiles of the executive summary, in reading order.
const char* const kTileKeys[] = {
    "attempts",
    "playing_hours",
    "startup_time_ms_median",
    "startup_time_ms_p95",
    "rebuffer_ratio",
    "vsf_rate",
    "ebvs_rate",
    "playback_failure_rate",
    "avg_bitrate_kbps",
    "completion_rate",
    "churn_rate",
    "smoothness_score",
};
} // namespace

OverviewPage::OverviewPage(DataController* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_jobs(new JobTracker(this))
    , m_heading(new QLabel(tr("Executive summary"), this))
    , m_scope(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_scope->setForegroundRole(QPalette::PlaceholderText);

    auto* grid = new QGridLayout;
    grid->setSpacing(12);
    const int columns = 4;
    int i = 0;
    for (const char* key : kTileKeys) {
        auto* tile = new KpiTile(metricName(QString::fromLatin1(key)), this);
        m_tiles.insert(QString::fromLatin1(key), tile);
        grid->addWidget(tile, i / columns, i % columns);
        ++i;
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_heading);
    layout->addWidget(m_scope);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch();

    connect(m_data, &DataController::datasetChanged, this, &OverviewPage::refresh);
    connect(m_data, &DataController::filterChanged, this, &OverviewPage::refresh);
    connect(m_data, &DataController::loadingStarted, this,
            [this](const QString& what) { m_scope->setText(what); });
    refresh();
}

QString OverviewPage::tileText(const QString& key) const
{
    auto* tile = m_tiles.value(key);
    return tile ? tile->value() : QString();
}

void OverviewPage::refresh()
{
    auto dataset = m_data->dataset();
    if (!dataset)
        return;
    const query::Filter filter = m_data->filter();
    m_jobs->run<QJsonObject>(
        [dataset, filter](const std::atomic<bool>& cancel) {
            const auto selection = query::select(*dataset, filter, nullptr, &cancel);
            return query::computeKpis(*dataset, selection, &cancel).toJson();
        },
        [this](QJsonObject kpis) { showKpis(kpis); });
}

void OverviewPage::showKpis(const QJsonObject& kpis)
{
    m_kpis = kpis;
    const QLocale locale;
    const auto attempts = static_cast<qlonglong>(kpis.value("attempts").toDouble());
    const auto started = static_cast<qlonglong>(kpis.value("started").toDouble());
    m_scope->setText(
        tr("%1 · %2 sessions, %3 started")
            .arg(m_data->sourceDescription(), locale.toString(attempts), locale.toString(started)));
    for (auto it = m_tiles.begin(); it != m_tiles.end(); ++it)
        it.value()->setValue(formatMetric(it.key(), kpis.value(it.key())));
    emit refreshed();
}

} // namespace streamlens::ui
