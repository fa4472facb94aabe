// SPDX-License-Identifier: MIT
#include "stats/RelateVariablesForm.h"

#include "stats/LevelCombo.h"
#include "stats/StatsText.h"
#include "stats/VariableCombo.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace streamlens::ui {

RelateVariablesForm::RelateVariablesForm(QWidget* parent)
    : QuestionForm(parent)
    , m_level(new LevelCombo(this))
    , m_x(new VariableCombo(VariableCombo::Kind::Metrics, this))
    , m_y(new VariableCombo(VariableCombo::Kind::Metrics, this))
    , m_method(new QComboBox(this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(new QLabel(this), m_level);
    m_form->addRow(new QLabel(this), m_x);
    m_form->addRow(new QLabel(this), m_y);
    m_form->addRow(new QLabel(this), m_method);
    m_method->addItem(QString(), int(analysis::TestKind::Pearson));
    m_method->addItem(QString(), int(analysis::TestKind::Spearman));
    m_x->setKey("rebuffer_pct");
    m_y->setKey("log_playing_time");
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_x->setLevel(m_level->level());
        m_y->setLevel(m_level->level());
        emit edited();
    });
    for (QComboBox* c : {static_cast<QComboBox*>(m_x), static_cast<QComboBox*>(m_y), m_method})
        connect(c, &QComboBox::currentIndexChanged, this, &QuestionForm::edited);
    retranslateUi();
}

void RelateVariablesForm::fillRequest(StatsRequest& request) const
{
    request.kind = kind();
    request.test = analysis::TestRequest{};
    request.test.kind = static_cast<analysis::TestKind>(m_method->currentData().toInt());
    request.test.level = m_level->level();
    request.test.metric = m_x->key();
    request.test.with = m_y->key();
    request.autoTest = false;
}

void RelateVariablesForm::retranslateUi()
{
    m_level->retranslateUi();
    m_form->labelForField(m_level)->setProperty("text", tr("Units"));
    m_form->labelForField(m_x)->setProperty("text", tr("Variable (x)"));
    m_form->labelForField(m_y)->setProperty("text", tr("Against (y)"));
    m_form->labelForField(m_method)->setProperty("text", tr("Correlation"));
    m_method->setItemText(0, tr("Pearson (linear)"));
    m_method->setItemText(1, tr("Spearman (ranks)"));
    m_method->setToolTip(tr("Pearson measures a straight-line relation; Spearman any relation "
                            "that only goes up or only goes down, and resists outliers"));
}

} // namespace streamlens::ui
