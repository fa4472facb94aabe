// SPDX-License-Identifier: MIT
#include "filters/FilterPanel.h"

#include "data/DataController.h"
#include "filters/DateRangeGroup.h"
#include "filters/FacetGroup.h"
#include "filters/FacetListModel.h"
#include "filters/FilterEditor.h"
#include "jobs/JobTracker.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {
QFrame* separator(QWidget* parent)
{
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}
} // namespace

const std::vector<query::DimensionId>& FilterPanel::dimensions()
{
    using D = query::DimensionId;
    static const std::vector<D> dims = {D::DeviceType,  D::Os,      D::ConnectionType, D::Cdn,
                                        D::Isp,         D::Country, D::StreamType,     D::Plan,
                                        D::ContentType, D::Genre};
    return dims;
}

FilterPanel::FilterPanel(DataController* data, FilterEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_editor(editor)
    , m_extentJob(new JobTracker(this))
    , m_countJob(new JobTracker(this))
    , m_dateRange(new DateRangeGroup(this))
    , m_clearAll(new QPushButton(this))
{
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(10, 8, 10, 8);
    column->setSpacing(6);
    column->addWidget(m_dateRange);
    for (const auto dimension : dimensions()) {
        const bool longList =
            dimension == query::DimensionId::Isp || dimension == query::DimensionId::Country;
        auto* group = new FacetGroup(dimension, longList, content);
        m_groups.push_back(group);
        column->addWidget(separator(content));
        column->addWidget(group);
        connect(group, &FacetGroup::valuesEdited, m_editor, &FilterEditor::setValues);
        connect(group, &FacetGroup::clearRequested, m_editor, &FilterEditor::clearDimension);
    }
    column->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(10, 6, 10, 8);
    footer->addWidget(m_clearAll);
    layout->addLayout(footer);
    setMinimumWidth(240);

    connect(m_dateRange, &DateRangeGroup::rangeEdited, m_editor,
            [this](std::optional<qint64> from, std::optional<qint64> to) {
                m_editor->setTimeRange(from, to);
            });
    connect(m_clearAll, &QPushButton::clicked, m_editor, &FilterEditor::clearAll);
    connect(m_data, &DataController::datasetChanged, this, &FilterPanel::onDatasetChanged);
    connect(m_data, &DataController::filterChanged, this, [this] {
        syncFromFilter();
        refreshCounts();
    });
    // Counts are secondary to the charts a filter change redraws: they run in the
    // background and take the CPU the charts leave.
    m_countJob->setBackground(true);
    retranslateUi();
    onDatasetChanged();
}

void FilterPanel::retranslateUi()
{
    m_clearAll->setText(tr("Clear all filters"));
}

void FilterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

FacetGroup* FilterPanel::group(query::DimensionId dimension) const
{
    for (auto* g : m_groups)
        if (g->dimension() == dimension)
            return g;
    return nullptr;
}

void FilterPanel::onDatasetChanged()
{
    auto dataset = m_data->dataset();
    if (!dataset)
        return;
    m_extentJob->run<facets::TimeExtent>(
        [dataset](const std::atomic<bool>& cancel) {
            return facets::computeTimeExtent(*dataset, &cancel);
        },
        [this](facets::TimeExtent extent) {
            m_dateRange->setExtent(extent);
            syncFromFilter();
        });
    syncFromFilter();
    refreshCounts();
}

void FilterPanel::syncFromFilter()
{
    const auto& filter = m_data->filter();
    for (auto* g : m_groups)
        g->setCheckedValues(m_editor->values(g->dimension()));
    m_dateRange->setRange(filter.fromMs() ? std::optional<qint64>(*filter.fromMs()) : std::nullopt,
                          filter.toMs() ? std::optional<qint64>(*filter.toMs()) : std::nullopt);
    m_clearAll->setEnabled(!filter.isEmpty());
}

void FilterPanel::refreshCounts()
{
    auto dataset = m_data->dataset();
    if (!dataset)
        return;
    const query::Filter filter = m_data->filter();
    m_countJob->run<facets::FacetCounts>(
        [dataset, filter](const std::atomic<bool>& cancel) {
            return facets::computeFacets(*dataset, filter, dimensions(), &cancel);
        },
        [this](facets::FacetCounts counts) {
            if (counts.cancelled)
                return;
            m_counts = std::move(counts);
            for (auto* g : m_groups)
                if (const auto* facet = m_counts.find(g->dimension()))
                    g->model()->setFacet(*facet);
            emit countsRefreshed();
        });
}

} // namespace streamlens::ui
