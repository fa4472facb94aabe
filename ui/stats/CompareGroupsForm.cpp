// SPDX-License-Identifier: MIT
#include "stats/CompareGroupsForm.h"

#include "analysis/GroupCounts.h"
#include "analysis/VariableCatalog.h"
#include "jobs/JobTracker.h"
#include "query/Selection.h"
#include "stats/CheckableList.h"
#include "stats/LevelCombo.h"
#include "stats/StatsText.h"
#include "stats/VariableCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>

namespace streamlens::ui {

namespace {
// Titles or ISPs have thousands of groups; a chooser lists the largest ones.
constexpr size_t kMaxListed = 300;
} // namespace

CompareGroupsForm::CompareGroupsForm(QWidget* parent)
    : QuestionForm(parent)
    , m_level(new LevelCombo(this))
    , m_metric(new VariableCombo(VariableCombo::Kind::Metrics, this))
    , m_by(new VariableCombo(VariableCombo::Kind::Dimensions, this))
    , m_test(new QComboBox(this))
    , m_groups(new CheckableList(this))
    , m_groupsHint(new QLabel(this))
    , m_form(new QFormLayout(this))
    , m_jobs(new JobTracker(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_level);
    m_form->addRow(new QLabel(this), m_metric);
    m_form->addRow(new QLabel(this), m_by);
    m_form->addRow(new QLabel(this), m_test);
    m_groupsHint->setWordWrap(true);
    m_groupsHint->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_groupsHint);
    m_form->addRow(m_groups);
    m_groups->setMinimumHeight(120);
    m_metric->setKey("startup_time_ms");
    m_by->setKey("device_type");

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_metric->setLevel(m_level->level());
        m_by->setLevel(m_level->level());
        listGroups();
        emit edited();
    });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] {
        fillTests();
        emit edited();
    });
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] {
        listGroups();
        emit edited();
    });
    connect(m_test, &QComboBox::currentIndexChanged, this, &QuestionForm::edited);
    connect(m_groups, &QListWidget::itemChanged, this, &QuestionForm::edited);
    fillTests();
    retranslateUi();
}

void CompareGroupsForm::fillTests()
{
    const auto info = m_metric->info();
    const bool binary = info && info->type == analysis::VariableType::Binary;
    const QVariant previous = m_test->currentData();
    const QSignalBlocker blocker(m_test);
    m_test->clear();
    m_test->addItem(QString(), -1);
    for (const auto& k : analysis::testKinds()) {
        const bool rates =
            k.shape == analysis::TestShape::TwoRates || k.shape == analysis::TestShape::ManyRates;
        // Location tests take 0/1 outcomes too (a difference of rates as means); rate tests
        // only 0/1 outcomes; correlations belong to "relate two variables".
        if (k.shape == analysis::TestShape::Association || (rates && !binary))
            continue;
        m_test->addItem(StatsText::testName(k.kind), int(k.kind));
    }
    m_test->setItemText(0, tr("Automatic (fits the data)"));
    const int index = m_test->findData(previous);
    m_test->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<analysis::TestKind> CompareGroupsForm::chosenTest() const
{
    const int value = m_test->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return static_cast<analysis::TestKind>(value);
}

void CompareGroupsForm::fillRequest(StatsRequest& request) const
{
    request.kind = kind();
    analysis::TestRequest& t = request.test;
    t = analysis::TestRequest{};
    t.level = m_level->level();
    t.metric = m_metric->key();
    t.by = m_by->key();
    const auto test = chosenTest();
    request.autoTest = !test;
    t.kind = test.value_or(analysis::TestKind::WelchT);
    for (int i = 0; i < m_groups->count(); ++i)
        if (m_groups->item(i)->checkState() == Qt::Checked)
            t.groups.push_back(m_groups->item(i)->data(Qt::UserRole).toString().toStdString());
}

void CompareGroupsForm::setCheckedGroups(const QStringList& groups)
{
    const QSignalBlocker blocker(m_groups);
    for (int i = 0; i < m_groups->count(); ++i)
        m_groups->item(i)->setCheckState(
            groups.contains(m_groups->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    emit edited();
}

void CompareGroupsForm::setSource(std::shared_ptr<const Dataset> dataset,
                                  const query::Filter& filter)
{
    m_dataset = std::move(dataset);
    m_filter = filter;
    listGroups();
}

void CompareGroupsForm::listGroups()
{
    if (!m_dataset)
        return;
    using Groups = stats::Expected<std::vector<analysis::GroupCount>>;
    auto dataset = m_dataset;
    const query::Filter filter = m_filter;
    const analysis::Level level = m_level->level();
    const std::string by = m_by->key();
    m_jobs->run<Groups>(
        [dataset, filter, level, by](const std::atomic<bool>& cancel) {
            const auto selection = query::select(*dataset, filter, nullptr, &cancel);
            if (cancel.load())
                return Groups::failure("cancelled");
            return analysis::GroupCounts::of(*dataset, selection, level, by);
        },
        [this](Groups groups) {
            QStringList checked;
            for (int i = 0; i < m_groups->count(); ++i)
                if (m_groups->item(i)->checkState() == Qt::Checked)
                    checked << m_groups->item(i)->data(Qt::UserRole).toString();
            const QSignalBlocker blocker(m_groups);
            m_groups->clear();
            if (groups) {
                const QLocale locale;
                for (size_t i = 0; i < groups->size() && i < kMaxListed; ++i) {
                    const auto& g = (*groups)[i];
                    const QString label = QString::fromStdString(g.label);
                    auto* item = new QListWidgetItem(
                        tr("%1  (%2)").arg(label, locale.toString(qlonglong(g.units))), m_groups);
                    item->setData(Qt::UserRole, label);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(checked.contains(label) ? Qt::Checked : Qt::Unchecked);
                }
            }
            emit groupsListed();
        });
}

void CompareGroupsForm::retranslateUi()
{
    m_level->retranslateUi();
    m_form->labelForField(m_level)->setProperty("text", tr("Units"));
    m_form->labelForField(m_metric)->setProperty("text", tr("Variable"));
    m_form->labelForField(m_by)->setProperty("text", tr("Groups of"));
    m_form->labelForField(m_test)->setProperty("text", tr("Test"));
    m_test->setItemText(0, tr("Automatic (fits the data)"));
    for (int i = 1; i < m_test->count(); ++i)
        m_test->setItemText(
            i, StatsText::testName(static_cast<analysis::TestKind>(m_test->itemData(i).toInt())));
    m_groupsHint->setText(tr("Groups to include (none checked: every group; two-group tests "
                             "need exactly two). Units under the current filter:"));
}

} // namespace streamlens::ui
