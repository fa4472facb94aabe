// SPDX-License-Identifier: MIT
#include "pages/StatisticsPage.h"

#include "data/DataController.h"
#include "jobs/JobTracker.h"
#include "stats/KScanChart.h"
#include "stats/QuestionChooser.h"
#include "stats/ResultView.h"
#include "stats/SegmentViewersForm.h"
#include "stats/StatsChart.h"
#include "stats/StatsComputation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace streamlens::ui {

StatisticsPage::StatisticsPage(DataController* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_jobs(new JobTracker(this))
    , m_heading(new QLabel(this))
    , m_chooser(new QuestionChooser)
    , m_run(new QPushButton(this))
    , m_result(new ResultView(this))
{
    setObjectName(QStringLiteral("statistics"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_heading->setFont(font);
    m_run->setDefault(true);

    // The forms are taller than 768 px screens allow once the feature lists are open.
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_chooser);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* left = new QWidget;
    left->setMinimumWidth(300);
    left->setMaximumWidth(380);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_run);

    auto* body = new QHBoxLayout;
    body->setSpacing(16);
    body->addWidget(left);
    body->addWidget(m_result, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);

    connect(m_run, &QPushButton::clicked, this, &StatisticsPage::run);
    connect(m_result, &ResultView::cancelRequested, this, &StatisticsPage::cancel);
    connect(m_jobs, &JobTracker::busyChanged, this, &StatisticsPage::setBusy);
    connect(m_chooser, &QuestionChooser::edited, this, [this] { m_showsAnswer = false; });
    // A click on another k in the "choosing k" chart segments anew with that k.
    connect(m_result->kScanChart(), &KScanChart::kRequested, this, [this](int k) {
        m_chooser->segmentForm()->kSpin()->setValue(k);
        run();
    });
    connect(m_data, &DataController::datasetChanged, this, &StatisticsPage::sourceChanged);
    connect(m_data, &DataController::filterChanged, this, &StatisticsPage::sourceChanged);
    retranslateUi();
    sourceChanged();
}

std::vector<ExportableChart*> StatisticsPage::charts() const
{
    std::vector<ExportableChart*> out;
    for (StatsChart* chart : m_result->visibleCharts())
        out.push_back(chart);
    return out;
}

bool StatisticsPage::isBusy() const
{
    return m_jobs->isBusy();
}

void StatisticsPage::sourceChanged()
{
    m_chooser->setSource(m_data->dataset(), m_data->filter());
    if (m_showsAnswer)
        run();
}

void StatisticsPage::run()
{
    const auto dataset = m_data->dataset();
    if (!dataset) {
        StatsResult none;
        none.error = tr("no data is loaded yet").toStdString();
        m_last = none;
        m_result->showResult(none);
        emit refreshed();
        return;
    }
    const StatsRequest request = m_chooser->request();
    const query::Filter filter = m_data->filter();
    m_jobs->run<StatsResult>(
        [dataset, filter, request](const std::atomic<bool>& cancel) {
            return StatsComputation::run(*dataset, filter, request, cancel);
        },
        [this](StatsResult result) {
            m_last = result;
            m_result->showResult(result);
            m_showsAnswer = result.ok();
            emit refreshed();
        });
}

void StatisticsPage::cancel()
{
    m_jobs->cancel();
}

void StatisticsPage::setBusy(bool busy)
{
    m_result->showBusy(busy);
    m_run->setEnabled(true); // a new run cancels the running one
}

void StatisticsPage::retranslateUi()
{
    m_heading->setText(tr("Statistics"));
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Answer the question on the sessions under the current filter"));
}

void StatisticsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace streamlens::ui
