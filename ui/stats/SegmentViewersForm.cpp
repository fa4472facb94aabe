// SPDX-License-Identifier: MIT
#include "stats/SegmentViewersForm.h"

#include "analysis/ClusterRequest.h"
#include "stats/VariableList.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace streamlens::ui {

SegmentViewersForm::SegmentViewersForm(QWidget* parent)
    : QuestionForm(parent)
    , m_features(new VariableList(true, this))
    , m_k(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_scan(new QCheckBox(this))
    , m_featuresLabel(new QLabel(this))
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_featuresLabel->setWordWrap(true);
    m_form->addRow(m_featuresLabel);
    m_form->addRow(m_features);
    m_form->addRow(new QLabel(this), m_k);
    m_form->addRow(new QLabel(this), m_seed);
    m_form->addRow(m_scan);
    m_scan->setChecked(true);
    m_features->setLevel(analysis::Level::User);
    m_features->setCheckedKeys(
        {"sessions", "playing_hours", "mean_startup_ms", "rebuffer_ratio", "share_mobile"});
    m_features->setMinimumHeight(160);
    m_k->setRange(2, 12);
    m_k->setValue(4);
    m_seed->setRange(1, 1'000'000);
    m_seed->setValue(1);
    connect(m_features, &VariableList::checkedChanged, this, &QuestionForm::edited);
    connect(m_k, &QSpinBox::valueChanged, this, &QuestionForm::edited);
    connect(m_seed, &QSpinBox::valueChanged, this, &QuestionForm::edited);
    connect(m_scan, &QCheckBox::toggled, this, &QuestionForm::edited);
    retranslateUi();
}

void SegmentViewersForm::fillRequest(StatsRequest& request) const
{
    request.kind = kind();
    request.cluster = analysis::ClusterRequest{};
    request.cluster.level = analysis::Level::User;
    request.cluster.features = m_features->checkedKeys();
    request.cluster.k = m_k->value();
    request.cluster.seed = uint64_t(m_seed->value());
    request.cluster.scan = m_scan->isChecked();
}

void SegmentViewersForm::retranslateUi()
{
    m_featuresLabel->setText(tr("Per-viewer features (standardised before clustering):"));
    m_features->retranslateUi();
    m_form->labelForField(m_k)->setProperty("text", tr("Segments (k)"));
    m_form->labelForField(m_seed)->setProperty("text", tr("Seed"));
    m_seed->setToolTip(tr("The same seed gives the same segments"));
    m_scan->setText(tr("Compare k − 2 … k + 2 (silhouette, WSS)"));
    m_scan->setToolTip(tr("Five more k-means fits with silhouettes: several times slower on "
                          "hundreds of thousands of viewers"));
}

} // namespace streamlens::ui
