// SPDX-License-Identifier: MIT
#include "stats/ResultView.h"

#include "analysis/VariableCatalog.h"
#include "charts/ChartPalette.h"
#include "stats/ClusterProfileChart.h"
#include "stats/GroupComparisonChart.h"
#include "stats/KScanChart.h"
#include "stats/RocChart.h"
#include "stats/ScatterFitChart.h"
#include "stats/StatsTableModel.h"
#include "stats/StatsTables.h"
#include "stats/StatsText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->setWordWrap(false);
    return view;
}

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ResultView::ResultView(QWidget* parent)
    : QWidget(parent)
    , m_sentence(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_busyLabel(new QLabel(this))
    , m_chartRow(new QWidget(this))
    , m_groups(new GroupComparisonChart)
    , m_scatter(new ScatterFitChart)
    , m_roc(new RocChart)
    , m_profile(new ClusterProfileChart)
    , m_kScan(new KScanChart)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_mainModel(new StatsTableModel(this))
    , m_detailsModel(new StatsTableModel(this))
    , m_confusionModel(new StatsTableModel(this))
{
    m_main = makeTable(m_mainModel, this);
    m_details = makeTable(m_detailsModel, this);
    m_confusion = makeTable(m_confusionModel, this);
    m_confusion->setMaximumHeight(110);

    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_sentence->setFont(big);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentence->setCursor(Qt::IBeamCursor);
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_busy->setRange(0, 0); // indeterminate: the runners do not report progress
    m_busy->setMaximumWidth(220);
    m_busy->setTextVisible(false);
    auto* busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_cancel);
    busyRow->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, &ResultView::cancelRequested);

    auto* chartLayout = new QHBoxLayout(m_chartRow);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    for (StatsChart* chart : charts())
        chartLayout->addWidget(chart, 1);

    auto* tables = new QWidget;
    auto* tableRow = new QHBoxLayout(tables);
    tableRow->setContentsMargins(0, 0, 0, 0);
    tableRow->addWidget(m_main, 3);
    auto* side = new QVBoxLayout;
    side->addWidget(m_details, 1);
    side->addWidget(m_confusion);
    tableRow->addLayout(side, 2);

    m_splitter->addWidget(m_chartRow);
    m_splitter->addWidget(tables);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(busyRow);
    layout->addWidget(m_sentence);
    layout->addWidget(m_notes);
    layout->addWidget(m_splitter, 1);
    retranslateUi();
    showBusy(false);
    showPrompt();
}

ResultView::~ResultView() = default;

std::vector<StatsChart*> ResultView::charts() const
{
    return {m_groups, m_scatter, m_roc, m_profile, m_kScan};
}

std::vector<StatsChart*> ResultView::visibleCharts() const
{
    std::vector<StatsChart*> out;
    for (StatsChart* chart : charts())
        if (!chart->isHidden() && chart->hasContent())
            out.push_back(chart);
    return out;
}

void ResultView::showCharts(std::initializer_list<StatsChart*> shown)
{
    for (StatsChart* chart : charts()) {
        const bool visible = std::find(shown.begin(), shown.end(), chart) != shown.end();
        chart->setVisible(visible);
        if (!visible)
            chart->clear();
    }
    m_chartRow->setVisible(shown.size() > 0);
}

void ResultView::showMessage(const QString& text, bool error)
{
    m_result.reset();
    m_error = error;
    m_sentence->setText(text);
    // Vermillion (Okabe-Ito) reads on the light and the dark palette alike.
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, ChartPalette::series(5));
    m_sentence->setPalette(palette);
    m_notes->clear();
    m_notes->setVisible(false);
    showCharts({});
    m_mainModel->setTable({});
    m_detailsModel->setTable({});
    m_confusionModel->setTable({});
    m_confusion->setVisible(false);
    // A message stands alone: empty tables under it would suggest numbers are coming.
    m_splitter->setVisible(false);
}

void ResultView::showPrompt()
{
    showMessage(tr("Choose a question and its variables on the left, then press Run. The "
                   "answer uses the sessions under the current filter."),
                false);
}

void ResultView::showBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_busyLabel->setVisible(busy);
}

void ResultView::showResult(const StatsResult& r)
{
    if (r.cancelled)
        return;
    if (!r.error.empty()) {
        // The core's message says what the data lacks (too few observations, zero variance,
        // separation, a singular design...): shown as it is, with no numbers.
        showMessage(tr("The data cannot answer this question: %1").arg(qs(r.error)), true);
        m_error = true;
        return;
    }
    m_result = r;
    m_error = false;
    m_splitter->setVisible(true);
    m_sentence->setPalette(palette());
    QStringList notes;
    switch (r.request.kind) {
    case StatsQuestionKind::CompareGroups:
        m_sentence->setText(qs(r.test->sentence));
        if (r.choice)
            notes << tr("Test chosen automatically: %1, because of %2.")
                         .arg(StatsText::testName(r.choice->kind),
                              StatsText::choiceReason(r.choice->reason));
        if (r.distribution && r.distribution->metric.type != analysis::VariableType::Binary) {
            int64_t outliers = 0;
            for (const auto& g : r.distribution->groups)
                outliers += g.outliersBelow + g.outliersAbove;
            notes << tr("%1 values lie beyond the whiskers (not drawn).")
                         .arg(QLocale().toString(qlonglong(outliers)));
        }
        m_groups->setData(*r.distribution, *r.test);
        showCharts({m_groups});
        break;
    case StatsQuestionKind::RelateVariables: {
        m_sentence->setText(qs(r.test->sentence));
        const auto x = analysis::findMetric(r.request.test.level, r.request.test.metric);
        const auto y = analysis::findMetric(r.request.test.level, r.request.test.with);
        if (r.scatter && x && y) {
            if (r.scatter->sampled)
                notes << tr("The chart draws a random sample of %1 of the %2 pairs; the "
                            "correlation and the least-squares line use all of them.")
                             .arg(QLocale().toString(qlonglong(r.scatter->xs.size())),
                                  QLocale().toString(qlonglong(r.scatter->n)));
            m_scatter->setData(*r.scatter, *x, *y);
        }
        showCharts({m_scatter});
        break;
    }
    case StatsQuestionKind::SegmentViewers:
        m_sentence->setText(qs(r.cluster->sentence));
        if (r.cluster->silhouetteSampled)
            notes << tr("The silhouette is computed on a random sample of 20,000 units.");
        m_profile->setData(*r.cluster);
        if (r.cluster->scan.empty()) {
            showCharts({m_profile});
        } else {
            m_kScan->setData(r.cluster->scan, r.cluster->request.k);
            showCharts({m_profile, m_kScan});
        }
        break;
    case StatsQuestionKind::Predict:
    case StatsQuestionKind::ReadyMade: {
        const analysis::ModelAnswer& m = *r.model;
        m_sentence->setText(qs(r.question ? r.question->sentence : m.sentence));
        for (const auto& note : m.notes)
            notes << qs(note);
        if (m.request.kind == analysis::ModelKind::Logistic && !m.holdout.roc.empty()) {
            m_roc->setData(m.holdout.roc, m.holdout.auc, m.holdout.threshold, m.holdout.nTest);
            showCharts({m_roc});
        } else {
            showCharts({});
        }
        const QString n = QLocale().toString(qlonglong(m.n));
        const QString heldOut = QLocale().toString(qlonglong(m.holdout.nTest));
        if (m.request.kind == analysis::ModelKind::Logistic)
            notes << tr("Coefficients and fit come from all %1 units; the ROC curve, AUC, "
                        "accuracy and the confusion matrix from a model refitted on a seeded "
                        "training split and evaluated on the %2 held-out units.")
                         .arg(n, heldOut);
        else
            notes << tr("Coefficients and fit come from all %1 units; the held-out RMSE and "
                        "R² from a model refitted on a seeded training split and evaluated on "
                        "the %2 held-out units.")
                         .arg(n, heldOut);
        break;
    }
    }
    if (r.test && !r.test->result.method_note.empty())
        notes << qs(r.test->result.method_note);
    if (r.cluster && !r.cluster->note.empty())
        notes << qs(r.cluster->note);
    if (r.model && !r.model->holdout.note.empty())
        notes << qs(r.model->holdout.note);
    for (StatsChart* chart : visibleCharts())
        chart->setCaption(m_sentence->text());
    m_notes->setText(notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!notes.isEmpty());

    StatsTables tables = StatsTables::of(r);
    m_mainModel->setTable(std::move(tables.main));
    m_detailsModel->setTable(std::move(tables.details));
    const bool confusion = !tables.confusion.rows.isEmpty();
    m_confusionModel->setTable(std::move(tables.confusion));
    m_confusion->setVisible(confusion);
    // Numbers keep their width; in the details the labels take what is left (elided, with
    // the full text as tooltip) so the values are never cut.
    m_main->resizeColumnsToContents();
    m_confusion->resizeColumnsToContents();
    QHeaderView* header = m_details->horizontalHeader();
    for (int c = 0; c < m_detailsModel->columnCount(); ++c)
        header->setSectionResizeMode(c, c == 0 && m_detailsModel->columnCount() == 2
                                            ? QHeaderView::Stretch
                                            : QHeaderView::ResizeToContents);
}

QString ResultView::sentence() const
{
    return m_sentence->text();
}

QString ResultView::notes() const
{
    return m_notes->text();
}

void ResultView::retranslateUi()
{
    m_cancel->setText(tr("Cancel"));
    m_busyLabel->setText(tr("Computing…"));
    // Table headers and notes are built in the current language: show the result anew.
    if (m_result) {
        const StatsResult result = *m_result;
        showResult(result);
    } else if (!m_error) {
        showPrompt();
    }
}

void ResultView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace streamlens::ui
