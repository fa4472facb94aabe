// SPDX-License-Identifier: MIT
#include "stats/QuestionChooser.h"

#include "stats/CompareGroupsForm.h"
#include "stats/PredictForm.h"
#include "stats/ReadyMadeForm.h"
#include "stats/RelateVariablesForm.h"
#include "stats/SegmentViewersForm.h"
#include "stats/StatsText.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace streamlens::ui {

QuestionChooser::QuestionChooser(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_stack(new QStackedWidget(this))
    , m_compare(new CompareGroupsForm)
    , m_relate(new RelateVariablesForm)
    , m_segment(new SegmentViewersForm)
    , m_predict(new PredictForm)
    , m_readyMade(new ReadyMadeForm)
{
    m_forms = {m_compare, m_relate, m_segment, m_predict, m_readyMade};
    for (QuestionForm* form : m_forms) {
        m_kind->addItem(QString(), int(form->kind()));
        m_stack->addWidget(form);
        connect(form, &QuestionForm::edited, this, &QuestionChooser::edited);
    }
    // The chooser column is narrow: combos size to a few characters, not their longest item.
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_kind);
    layout->addSpacing(6);
    layout->addWidget(m_stack, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        emit edited();
    });
    retranslateUi();
}

StatsQuestionKind QuestionChooser::kind() const
{
    return current()->kind();
}

void QuestionChooser::setKind(StatsQuestionKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QuestionForm* QuestionChooser::current() const
{
    return m_forms[size_t(std::max(0, m_stack->currentIndex()))];
}

StatsRequest QuestionChooser::request() const
{
    StatsRequest request;
    current()->fillRequest(request);
    return request;
}

void QuestionChooser::setSource(std::shared_ptr<const Dataset> dataset, const query::Filter& filter)
{
    for (QuestionForm* form : m_forms)
        form->setSource(dataset, filter);
}

void QuestionChooser::retranslateUi()
{
    m_label->setText(tr("Question"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, StatsText::questionKindName(
                                   static_cast<StatsQuestionKind>(m_kind->itemData(i).toInt())));
}

void QuestionChooser::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace streamlens::ui
