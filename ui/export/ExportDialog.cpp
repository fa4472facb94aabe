// SPDX-License-Identifier: MIT
#include "export/ExportDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {
const QSize kPresets[] = {{1920, 1080}, {1280, 720}, {1080, 1080}, {3840, 2160}};
constexpr int kCustom = 4;
const char* const kLastDirectoryKey = "export/lastDirectory";

QString startDirectory()
{
    const QString saved = QSettings().value(QLatin1String(kLastDirectoryKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    // The pictures folder may be named but not exist (fresh accounts, containers).
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}
} // namespace

ExportDialog::ExportDialog(const QString& baseName, QWidget* parent)
    : QDialog(parent)
    , m_baseName(baseName.isEmpty() ? QStringLiteral("chart") : baseName)
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_sizeLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpiLabel(new QLabel(this))
    , m_dpi(new QSpinBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_fileLabel(new QLabel(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_explanation(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    for (int i = 0; i < 3; ++i)
        m_format->addItem(QString());
    for (int i = 0; i <= kCustom; ++i)
        m_preset->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString());
    for (QSpinBox* box : {m_width, m_height}) {
        box->setRange(ExportOptions::kMinPixels, ExportOptions::kMaxPixels);
        box->setSuffix(QStringLiteral(" px"));
    }
    m_dpi->setRange(ExportOptions::kMinDpi, ExportOptions::kMaxDpi);
    m_dpi->setSuffix(QStringLiteral(" dpi"));
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_preset, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_sizeLabel, sizeRow);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_fileLabel, fileRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addStretch();
    layout->addWidget(m_buttons);

    retranslateUi();
    ExportOptions defaults = ExportOptions::fromSettings();
    setOptions(defaults);
    setFileName(QDir(startDirectory())
                    .filePath(m_baseName + QLatin1Char('.') + formatKey(defaults.format)));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChosen);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChosen);
    for (QSpinBox* box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateState();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export chart"));
    m_formatLabel->setText(tr("&Format:"));
    m_formatLabel->setBuddy(m_format);
    m_format->setItemText(0, tr("PNG image (exact pixel size)"));
    m_format->setItemText(1, tr("PDF document (vector)"));
    m_format->setItemText(2, tr("SVG drawing (vector)"));
    m_sizeLabel->setText(tr("&Size:"));
    m_sizeLabel->setBuddy(m_preset);
    m_preset->setItemText(0, tr("1920 × 1080 (Full HD slide)"));
    m_preset->setItemText(1, tr("1280 × 720 (HD)"));
    m_preset->setItemText(2, tr("1080 × 1080 (square)"));
    m_preset->setItemText(3, tr("3840 × 2160 (4K)"));
    m_preset->setItemText(kCustom, tr("Custom"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpiLabel->setBuddy(m_dpi);
    m_dpi->setToolTip(tr("Higher values draw type and lines larger at the same pixel size."));
    m_themeLabel->setText(tr("&Theme:"));
    m_themeLabel->setBuddy(m_theme);
    m_theme->setItemText(0, tr("As on screen"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_fileLabel->setText(tr("F&ile:"));
    m_fileLabel->setBuddy(m_file);
    m_browse->setText(tr("&Browse…"));
    updateState();
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = static_cast<ExportFormat>(std::max(0, m_format->currentIndex()));
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    const int theme = m_theme->currentIndex();
    options.theme = theme == 1 ? Theme::Light : (theme == 2 ? Theme::Dark : Theme::System);
    return options;
}

void ExportDialog::setOptions(const ExportOptions& options)
{
    const QSignalBlocker blockFormat(m_format);
    const QSignalBlocker blockPreset(m_preset);
    m_format->setCurrentIndex(static_cast<int>(options.format));
    int preset = kCustom;
    for (int i = 0; i < kCustom; ++i)
        if (kPresets[i] == options.pixelSize)
            preset = i;
    m_preset->setCurrentIndex(preset);
    m_width->setValue(options.pixelSize.width());
    m_height->setValue(options.pixelSize.height());
    m_dpi->setValue(options.dpi);
    m_theme->setCurrentIndex(options.theme == Theme::Light  ? 1
                             : options.theme == Theme::Dark ? 2
                                                            : 0);
    updateState();
}

QString ExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ExportDialog::setFileName(const QString& fileName)
{
    m_file->setText(QDir::toNativeSeparators(fileName));
}

void ExportDialog::presetChosen()
{
    const int i = m_preset->currentIndex();
    if (i >= 0 && i < kCustom) {
        const QSignalBlocker blockW(m_width);
        const QSignalBlocker blockH(m_height);
        m_width->setValue(kPresets[i].width());
        m_height->setValue(kPresets[i].height());
    }
    updateState();
}

void ExportDialog::formatChosen()
{
    // The file name follows the format so the suffix never contradicts it.
    const QString name = fileName();
    if (!name.isEmpty()) {
        const QFileInfo info(name);
        const QString suffix = formatKey(options().format);
        setFileName(
            QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix));
    }
    updateState();
}

void ExportDialog::browse()
{
    const ExportFormat format = options().format;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export chart"), fileName().isEmpty() ? startDirectory() : fileName(),
        formatFilter(format));
    if (chosen.isEmpty())
        return;
    QString name = chosen;
    if (formatFromFileName(name) != format)
        name += QLatin1Char('.') + formatKey(format);
    setFileName(name);
}

QString ExportDialog::problem() const
{
    const ExportOptions chosen = options();
    if (const QString invalid = chosen.validate(); !invalid.isEmpty())
        return invalid;
    const QString name = fileName();
    if (name.isEmpty())
        return tr("Choose a file to write.");
    if (formatFromFileName(name) != chosen.format)
        return tr("The file name must end in .%1.").arg(formatKey(chosen.format));
    if (!QFileInfo(QFileInfo(name).path()).isDir())
        return tr("The folder %1 does not exist.").arg(QFileInfo(name).path());
    return {};
}

void ExportDialog::updateState()
{
    const bool custom = m_preset->currentIndex() == kCustom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    if (!why.isEmpty()) {
        m_explanation->setText(why);
        return;
    }
    const ExportOptions chosen = options();
    const QLocale locale;
    const QSizeF logical = chosen.logicalSize();
    m_explanation->setText(
        tr("Laid out like a %1 × %2 window and drawn %3× larger; %4 × %5 in when printed.")
            .arg(locale.toString(qRound(logical.width())),
                 locale.toString(qRound(logical.height())), locale.toString(chosen.scale(), 'g', 3),
                 locale.toString(double(chosen.pixelSize.width()) / chosen.dpi, 'f', 2),
                 locale.toString(double(chosen.pixelSize.height()) / chosen.dpi, 'f', 2)));
}

void ExportDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QSettings().setValue(QLatin1String(kLastDirectoryKey), QFileInfo(fileName()).path());
    QDialog::accept();
}

} // namespace streamlens::ui
