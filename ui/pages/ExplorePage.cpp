// SPDX-License-Identifier: MIT
#include "pages/ExplorePage.h"

#include "charts/BreakdownChart.h"
#include "charts/CrosstabChart.h"
#include "charts/StartupDistributionChart.h"
#include "charts/TimeSeriesChart.h"
#include "data/DataController.h"
#include "filters/FilterEditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace streamlens::ui {

ExplorePage::ExplorePage(DataController* data, FilterEditor* filters, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_filters(filters)
    , m_scroll(new QScrollArea(this))
{
    m_timeSeries = new TimeSeriesChart;

    BreakdownChart::Options breakdown;
    m_breakdown = new BreakdownChart(breakdown);

    m_startup = new StartupDistributionChart;

    CrosstabChart::Options heat;
    heat.id = QStringLiteral("heatmap");
    m_heatmap = new CrosstabChart(heat);

    CrosstabChart::Options matrix;
    matrix.id = QStringLiteral("matrix");
    matrix.rows = query::DimensionId::DeviceType;
    matrix.columns = query::DimensionId::Cdn;
    matrix.chooseMetric = true;
    matrix.writeValues = true;
    // Written values need room: at most 8 × 8 cells.
    matrix.maxRows = 8;
    matrix.maxColumns = 8;
    m_matrix = new CrosstabChart(matrix);

    BreakdownChart::Options titles;
    titles.id = QStringLiteral("toptitles");
    titles.dimension = query::DimensionId::Title;
    titles.metric = QStringLiteral("playing_hours");
    titles.chooseDimension = false;
    titles.chooseMetric = false;
    titles.groups.limit = 12;
    titles.groups.rankBy = "playing_hours";
    titles.groups.foldOthers = false;
    m_topTitles = new BreakdownChart(titles);

    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setSpacing(12);
    // Two columns: at 1366×768 a row of two cards fits above the fold.
    addChart(m_timeSeries);
    addChart(m_breakdown);
    addChart(m_heatmap);
    addChart(m_matrix);
    addChart(m_startup);
    addChart(m_topTitles);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts[i], i / 2, i % 2);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);

    m_pool.setMaxThreadCount(1);
    retranslateUi();
    connect(m_data, &DataController::selectionChanged, this, [this] { refresh(); });
    refresh();
}

ExplorePage::~ExplorePage()
{
    // Queued jobs are dropped; deleting the charts cancels the running one, so the pool's
    // destructor does not wait for work nobody will see.
    m_pool.clear();
    qDeleteAll(m_charts);
    m_charts.clear();
}

void ExplorePage::retranslateUi()
{
    // The charts retranslate their own texts; these titles are the page's.
    m_heatmap->setTitle(tr("Rebuffering ratio by weekday and hour (UTC)"));
    m_matrix->setTitle(tr("Device type × CDN"));
    m_topTitles->setTitle(tr("Top titles by playing hours"));
}

void ExplorePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExplorePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ExplorePage::addChart(ExploreChart* chart)
{
    m_charts.append(chart);
    chart->setParent(this);
    chart->setJobPool(&m_pool);
    connect(chart, &ExploreChart::toggleRequested, m_filters, &FilterEditor::toggleValue);
    connect(chart, &ExploreChart::cellRequested, this, &ExplorePage::applyCell);
    connect(chart, &ExploreChart::refreshed, this, [this] {
        if (m_pending > 0 && --m_pending == 0)
            emit refreshed();
    });
}

ExploreChart* ExplorePage::chart(const QString& id) const
{
    for (ExploreChart* c : m_charts)
        if (c->chartId() == id)
            return c;
    return nullptr;
}

void ExplorePage::whenCurrent(std::function<void()> ready)
{
    if (!m_data->selection() || (!m_stale && m_pending == 0)) {
        ready();
        return;
    }
    connect(
        this, &ExplorePage::refreshed, this, [ready = std::move(ready)] { ready(); },
        Qt::SingleShotConnection);
    if (m_stale)
        refresh(true);
}

void ExplorePage::refresh(bool evenHidden)
{
    auto dataset = m_data->dataset();
    auto selection = m_data->selection();
    if (!dataset || !selection)
        return;
    if (!isVisible() && !evenHidden) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_pending = static_cast<int>(m_charts.size());
    // Charts on screen are queued first.
    QList<ExploreChart*> order;
    for (ExploreChart* c : m_charts)
        if (!c->visibleRegion().isEmpty())
            order.append(c);
    for (ExploreChart* c : m_charts)
        if (!order.contains(c))
            order.append(c);
    for (ExploreChart* c : order)
        c->refresh(dataset, m_data->selectionFilter(), selection);
}

void ExplorePage::applyCell(query::DimensionId rowDimension, const QString& rowValue,
                            query::DimensionId columnDimension, const QString& columnValue)
{
    const QStringList rowKept = m_filters->values(rowDimension);
    const QStringList columnKept = m_filters->values(columnDimension);
    const bool already = rowKept == QStringList{rowValue} && columnKept == QStringList{columnValue};
    // Other conditions and the time range stay; the two dimensions are replaced.
    query::Filter filter = m_filters->filter();
    for (size_t i = filter.conditions().size(); i-- > 0;) {
        const auto dimension = filter.conditions()[i].dimension;
        if (dimension == rowDimension || dimension == columnDimension)
            filter.removeCondition(i);
    }
    if (!already) {
        filter.addCondition(rowDimension, {rowValue.toStdString()}, false, nullptr);
        filter.addCondition(columnDimension, {columnValue.toStdString()}, false, nullptr);
    }
    const QString what = already ? tr("Clear %1 × %2").arg(rowValue, columnValue)
                                 : tr("Filter on %1 × %2").arg(rowValue, columnValue);
    m_filters->apply(filter, what);
}

} // namespace streamlens::ui
