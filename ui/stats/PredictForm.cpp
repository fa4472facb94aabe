// SPDX-License-Identifier: MIT
#include "stats/PredictForm.h"

#include "stats/LevelCombo.h"
#include "stats/VariableCombo.h"
#include "stats/VariableList.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>

namespace streamlens::ui {

PredictForm::PredictForm(QWidget* parent)
    : QuestionForm(parent)
    , m_kind(new QComboBox(this))
    , m_level(new LevelCombo(this))
    , m_target(new VariableCombo(VariableCombo::Kind::Outcomes, this))
    , m_featuresLabel(new QLabel(this))
    , m_features(new VariableList(true, this))
    , m_references(new QLineEdit(this))
    , m_seed(new QSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_kind->addItem(QString(), int(analysis::ModelKind::Logistic));
    m_kind->addItem(QString(), int(analysis::ModelKind::Linear));
    m_form->addRow(new QLabel(this), m_kind);
    m_form->addRow(new QLabel(this), m_level);
    m_form->addRow(new QLabel(this), m_target);
    m_form->addRow(m_featuresLabel);
    m_form->addRow(m_features);
    m_form->addRow(new QLabel(this), m_references);
    m_form->addRow(new QLabel(this), m_seed);
    m_form->addRow(new QLabel(this), m_threshold);
    m_features->setMinimumHeight(140);
    m_level->setLevel(analysis::Level::User);
    m_target->setLevel(analysis::Level::User);
    m_target->setKey("churned");
    m_features->setLevel(analysis::Level::User);
    m_features->setCheckedKeys({"rebuffer_pct", "mean_startup_s", "plan"});
    m_features->setExcluded("churned");
    m_references->setText(QStringLiteral("plan=free"));
    m_seed->setRange(1, 1'000'000);
    m_threshold->setRange(0.01, 0.99);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.5);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        syncKind();
        emit edited();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_target->setLevel(m_level->level());
        m_features->setLevel(m_level->level());
        emit edited();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_features->setExcluded(m_target->key());
        emit edited();
    });
    connect(m_features, &VariableList::checkedChanged, this, &QuestionForm::edited);
    connect(m_references, &QLineEdit::textEdited, this, &QuestionForm::edited);
    connect(m_seed, &QSpinBox::valueChanged, this, &QuestionForm::edited);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &QuestionForm::edited);
    retranslateUi();
}

void PredictForm::syncKind()
{
    const bool logistic = static_cast<analysis::ModelKind>(m_kind->currentData().toInt()) ==
                          analysis::ModelKind::Logistic;
    // A logistic model needs a 0/1 target; a linear one takes any numeric target.
    m_target->setKind(logistic ? VariableCombo::Kind::Outcomes : VariableCombo::Kind::Metrics);
    m_threshold->setEnabled(logistic);
}

void PredictForm::fillRequest(StatsRequest& request) const
{
    request.kind = kind();
    analysis::ModelRequest& m = request.model;
    m = analysis::ModelRequest{};
    m.kind = static_cast<analysis::ModelKind>(m_kind->currentData().toInt());
    m.level = m_level->level();
    m.target = m_target->key();
    m.features = m_features->checkedKeys();
    m.seed = uint64_t(m_seed->value());
    m.threshold = m_threshold->value();
    // "plan=free, device_type=mobile": malformed parts are passed on so the runner names them.
    for (const QString& part : m_references->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            m.references.emplace_back(trimmed.toStdString(), std::string());
            continue;
        }
        const std::string dimension = trimmed.left(eq).trimmed().toStdString();
        // The preset's plan=free stays in the box when plan is unchecked: a reference for a
        // dimension that is not a feature has nothing to refer to and is left out.
        if (std::find(m.features.begin(), m.features.end(), dimension) == m.features.end())
            continue;
        m.references.emplace_back(dimension, trimmed.mid(eq + 1).trimmed().toStdString());
    }
}

void PredictForm::retranslateUi()
{
    m_level->retranslateUi();
    m_kind->setItemText(0, tr("Logistic (0/1 outcome)"));
    m_kind->setItemText(1, tr("Linear (numeric outcome)"));
    m_form->labelForField(m_kind)->setProperty("text", tr("Model"));
    m_form->labelForField(m_level)->setProperty("text", tr("Units"));
    m_form->labelForField(m_target)->setProperty("text", tr("Target"));
    m_featuresLabel->setText(tr("Features:"));
    m_features->retranslateUi();
    m_form->labelForField(m_references)->setProperty("text", tr("Reference levels"));
    m_references->setPlaceholderText(tr("dimension=level, … (default: first alphabetically)"));
    m_form->labelForField(m_seed)->setProperty("text", tr("Seed (train/test split)"));
    m_form->labelForField(m_threshold)->setProperty("text", tr("Threshold"));
    m_threshold->setToolTip(tr("Predicted positive when the probability is at least this"));
}

} // namespace streamlens::ui
