// SPDX-License-Identifier: MIT
#include "settings/ExportTab.h"

#include "settings/ComboData.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSize>
#include <QSpinBox>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {
// Slides and social posts: the three sizes asked for most; anything else is "Custom".
const QSize kPresets[] = {{1920, 1080}, {1280, 720}, {1080, 1080}};
constexpr int kCustom = 3;
} // namespace

ExportTab::ExportTab(QWidget* parent)
    : QWidget(parent)
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpiLabel(new QLabel(this))
    , m_dpi(new QSpinBox(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_physical(new QLabel(this))
{
    m_preset->setObjectName(QStringLiteral("sizePreset"));
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (int i = 0; i <= kCustom; ++i)
        m_preset->addItem(QString());
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(settings::ExportDefaults::kMinSide, settings::ExportDefaults::kMaxSide);
        side->setGroupSeparatorShown(true);
    }
    m_dpi->setRange(settings::ExportDefaults::kMinDpi, settings::ExportDefaults::kMaxDpi);
    for (const QString& key : settings::ExportDefaults::formats())
        m_format->addItem(QString(), key);
    m_physical->setForegroundRole(QPalette::PlaceholderText);
    m_physical->setWordWrap(true);

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_sizeLabel, size);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_formatLabel, m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_physical);
    layout->addStretch();

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportTab::applyPreset);
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportTab::updatePhysicalSize);
    for (QSpinBox* side : {m_width, m_height})
        connect(side, &QSpinBox::valueChanged, this, &ExportTab::selectPresetForSize);
    setValues(settings::ExportDefaults{});
    retranslateUi();
}

void ExportTab::setValues(const settings::ExportDefaults& values)
{
    {
        const QSignalBlocker blockWidth(m_width);
        const QSignalBlocker blockHeight(m_height);
        m_width->setValue(values.width);
        m_height->setValue(values.height);
    }
    m_dpi->setValue(values.dpi);
    selectData(m_format, values.format);
    selectPresetForSize();
    updatePhysicalSize();
}

settings::ExportDefaults ExportTab::values() const
{
    settings::ExportDefaults out;
    out.width = m_width->value();
    out.height = m_height->value();
    out.dpi = m_dpi->value();
    out.format = m_format->currentData().toString();
    return out;
}

void ExportTab::applyPreset()
{
    const int index = m_preset->currentIndex();
    const bool custom = index == kCustom || index < 0;
    if (!custom) {
        const QSignalBlocker blockWidth(m_width);
        const QSignalBlocker blockHeight(m_height);
        m_width->setValue(kPresets[index].width());
        m_height->setValue(kPresets[index].height());
        updatePhysicalSize();
    }
}

void ExportTab::selectPresetForSize()
{
    int index = kCustom;
    for (int i = 0; i < kCustom; ++i)
        if (kPresets[i] == QSize(m_width->value(), m_height->value()))
            index = i;
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(index);
}

void ExportTab::updatePhysicalSize()
{
    // PDF pages and SVG documents take their physical size from pixels and DPI.
    const QLocale locale;
    const double cmPerInch = 2.54;
    const double widthCm = m_width->value() * cmPerInch / m_dpi->value();
    const double heightCm = m_height->value() * cmPerInch / m_dpi->value();
    m_physical->setText(
        tr("PNG files get exactly this many pixels. PDF and SVG are vector "
           "drawings of %1 × %2 cm at this resolution.")
            .arg(locale.toString(widthCm, 'f', 1), locale.toString(heightCm, 'f', 1)));
}

void ExportTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExportTab::retranslateUi()
{
    const QLocale locale;
    const auto sizeText = [&](const QSize& size) {
        return tr("%1 × %2").arg(locale.toString(size.width()), locale.toString(size.height()));
    };
    m_presetLabel->setText(tr("Si&ze:"));
    m_presetLabel->setBuddy(m_preset);
    m_preset->setItemText(0, tr("%1 (Full HD, slides)").arg(sizeText(kPresets[0])));
    m_preset->setItemText(1, tr("%1 (HD)").arg(sizeText(kPresets[1])));
    m_preset->setItemText(2, tr("%1 (square, social media)").arg(sizeText(kPresets[2])));
    m_preset->setItemText(kCustom, tr("Custom"));
    m_sizeLabel->setText(tr("&Pixels:"));
    m_sizeLabel->setBuddy(m_width);
    m_width->setToolTip(tr("Width in pixels"));
    m_height->setToolTip(tr("Height in pixels"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpiLabel->setBuddy(m_dpi);
    m_dpi->setSuffix(tr(" DPI"));
    m_formatLabel->setText(tr("&Format:"));
    m_formatLabel->setBuddy(m_format);
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("PDF document (vector)"));
    m_format->setItemText(2, tr("SVG drawing (vector)"));
    updatePhysicalSize();
}

} // namespace streamlens::ui
