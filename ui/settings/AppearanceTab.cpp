// SPDX-License-Identifier: MIT
#include "settings/AppearanceTab.h"

#include "settings/ComboData.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace streamlens::ui {

AppearanceTab::AppearanceTab(QWidget* parent)
    : QWidget(parent)
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_fontScaleLabel(new QLabel(this))
    , m_fontScale(new QDoubleSpinBox(this))
    , m_sample(new QLabel(this))
    , m_note(new QLabel(this))
{
    m_theme->setObjectName(QStringLiteral("theme"));
    m_language->setObjectName(QStringLiteral("language"));
    m_fontScale->setObjectName(QStringLiteral("fontScale"));
    for (const QString& key : settings::AppearanceSettings::themes())
        m_theme->addItem(QString(), key);
    for (const QString& key : settings::AppearanceSettings::languages())
        m_language->addItem(QString(), key);
    m_fontScale->setRange(settings::AppearanceSettings::kMinFontScale,
                          settings::AppearanceSettings::kMaxFontScale);
    m_fontScale->setSingleStep(0.05);
    m_fontScale->setDecimals(2);
    m_fontScale->setValue(1.0);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_fontScaleLabel, m_fontScale);
    form->addRow(QString(), m_sample);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();

    connect(m_fontScale, &QDoubleSpinBox::valueChanged, this, &AppearanceTab::updateSample);
    retranslateUi();
    updateSample();
}

void AppearanceTab::setValues(const settings::AppearanceSettings& values)
{
    selectData(m_theme, values.theme);
    selectData(m_language, values.language);
    m_fontScale->setValue(values.fontScale);
}

settings::AppearanceSettings AppearanceTab::values() const
{
    settings::AppearanceSettings out;
    out.theme = m_theme->currentData().toString();
    out.language = m_language->currentData().toString();
    out.fontScale = m_fontScale->value();
    return out;
}

void AppearanceTab::updateSample()
{
    // The sample shows the chosen scale on this dialog's own font, before anything applies.
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * m_fontScale->value());
    m_sample->setFont(font);
}

void AppearanceTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AppearanceTab::retranslateUi()
{
    m_themeLabel->setText(tr("&Theme:"));
    m_themeLabel->setBuddy(m_theme);
    m_theme->setItemText(0, tr("Same as the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_language->setItemText(0, tr("Same as the system"));
    m_language->setItemText(1, tr("English"));
    m_language->setItemText(2, tr("German (Deutsch)"));
    m_fontScaleLabel->setText(tr("&Font scale:"));
    m_fontScaleLabel->setBuddy(m_fontScale);
    m_fontScale->setSuffix(tr(" ×"));
    m_fontScale->setToolTip(tr("Scales every text of StreamLens; 1.00 is the system's size."));
    m_sample->setText(tr("Startup time 1.8 s · Rebuffering 0.42 %"));
    m_note->setText(tr("Theme, language and font scale change at once when you apply them; "
                       "no restart is needed."));
}

} // namespace streamlens::ui
