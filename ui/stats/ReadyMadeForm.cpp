// SPDX-License-Identifier: MIT
#include "stats/ReadyMadeForm.h"

#include "analysis/Question.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace streamlens::ui {

ReadyMadeForm::ReadyMadeForm(QWidget* parent)
    : QuestionForm(parent)
    , m_question(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Question titles are sentences: each gets the column's full width under its label.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (const auto& q : analysis::questions())
        m_question->addItem(QString(), int(q.id));
    m_form->addRow(new QLabel(this), m_question);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(m_description);
    m_form->addRow(new QLabel(this), m_seed);
    m_seed->setRange(1, 1'000'000);
    connect(m_question, &QComboBox::currentIndexChanged, this, [this] {
        showDescription();
        emit edited();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, &QuestionForm::edited);
    retranslateUi();
}

void ReadyMadeForm::fillRequest(StatsRequest& request) const
{
    request.kind = kind();
    request.question = static_cast<analysis::Question>(m_question->currentData().toInt());
    request.questionSeed = uint64_t(m_seed->value());
}

void ReadyMadeForm::showDescription()
{
    const auto& info =
        analysis::questionInfo(static_cast<analysis::Question>(m_question->currentData().toInt()));
    m_description->setText(QCoreApplication::translate("Question", info.description.data()));
}

void ReadyMadeForm::retranslateUi()
{
    // The questions' titles and descriptions are core text marked for translation there.
    for (int i = 0; i < m_question->count(); ++i) {
        const auto& info = analysis::questionInfo(
            static_cast<analysis::Question>(m_question->itemData(i).toInt()));
        m_question->setItemText(i, QCoreApplication::translate("Question", info.title.data()));
    }
    showDescription();
    m_form->labelForField(m_question)->setProperty("text", tr("Question"));
    m_form->labelForField(m_seed)->setProperty("text", tr("Seed (train/test split)"));
}

} // namespace streamlens::ui
