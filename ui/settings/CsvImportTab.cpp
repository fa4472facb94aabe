// SPDX-License-Identifier: MIT
#include "settings/CsvImportTab.h"

#include "settings/ComboData.h"
#include "settings/CsvFormatRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace streamlens::ui {

namespace {
// The delimiters offered by name; anything else goes in the "Other" field.
const char kDelimiters[] = {',', ';', '\t', '|'};
constexpr int kOtherDelimiter = 4;
const char kQuotes[] = {'"', '\''};
const char kDecimals[] = {'.', ','};
// Patterns seen most often in exports from spreadsheets and players, after the named ones.
const char* const kDatePatterns[] = {
    "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm", "dd.MM.yyyy", "dd/MM/yyyy HH:mm",
    "MM/dd/yyyy hh:mm AP", "MM/dd/yyyy",       "dd-MM-yy"};
} // namespace

CsvImportTab::CsvImportTab(QWidget* parent)
    : QWidget(parent)
    , m_delimiterLabel(new QLabel(this))
    , m_delimiter(new QComboBox(this))
    , m_otherDelimiter(new QLineEdit(this))
    , m_quoteLabel(new QLabel(this))
    , m_quote(new QComboBox(this))
    , m_encodingLabel(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_decimalLabel(new QLabel(this))
    , m_decimal(new QComboBox(this))
    , m_dateFormatLabel(new QLabel(this))
    , m_dateFormat(new QComboBox(this))
    , m_dateExample(new QLabel(this))
    , m_dateHelp(new QLabel(this))
    , m_header(new QCheckBox(this))
    , m_rejectLabel(new QLabel(this))
    , m_reject(new QDoubleSpinBox(this))
{
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_otherDelimiter->setObjectName(QStringLiteral("otherDelimiter"));
    m_quote->setObjectName(QStringLiteral("quote"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_decimal->setObjectName(QStringLiteral("decimalSeparator"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_header->setObjectName(QStringLiteral("header"));
    m_reject->setObjectName(QStringLiteral("rejectThreshold"));

    for (char c : kDelimiters)
        m_delimiter->addItem(QString(), QString(QChar(c)));
    m_delimiter->addItem(QString()); // "Other"
    m_otherDelimiter->setMaxLength(1);
    m_otherDelimiter->setMaximumWidth(m_otherDelimiter->fontMetrics().horizontalAdvance('M') * 4);
    for (char c : kQuotes)
        m_quote->addItem(QString(), QString(QChar(c)));
    for (const QString& encoding : settings::CsvFormatRules::encodings())
        m_encoding->addItem(encoding, encoding);
    for (char c : kDecimals)
        m_decimal->addItem(QString(), QString(QChar(c)));
    m_dateFormat->setEditable(true);
    m_dateFormat->setMinimumContentsLength(22);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& named : settings::CsvFormatRules::namedDateFormats())
        m_dateFormat->addItem(named);
    for (const char* pattern : kDatePatterns)
        m_dateFormat->addItem(QLatin1String(pattern));
    m_dateHelp->setWordWrap(true);
    m_dateHelp->setMinimumWidth(m_dateHelp->fontMetrics().averageCharWidth() * 70);
    m_dateHelp->setForegroundRole(QPalette::PlaceholderText);
    m_reject->setRange(0.0, 100.0);
    m_reject->setDecimals(2);
    m_reject->setSingleStep(0.5);

    auto* delimiterRow = new QHBoxLayout;
    delimiterRow->addWidget(m_delimiter);
    delimiterRow->addWidget(m_otherDelimiter);
    delimiterRow->addStretch();
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_delimiterLabel, delimiterRow);
    form->addRow(m_quoteLabel, m_quote);
    form->addRow(m_encodingLabel, m_encoding);
    form->addRow(m_decimalLabel, m_decimal);
    form->addRow(m_dateFormatLabel, m_dateFormat);
    form->addRow(QString(), m_dateExample);
    form->addRow(QString(), m_dateHelp);
    form->addRow(QString(), m_header);
    form->addRow(m_rejectLabel, m_reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_delimiter, &QComboBox::currentIndexChanged, this,
            &CsvImportTab::updateOtherDelimiter);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &CsvImportTab::updateDateExample);
    setValues(io::CsvFormat{});
    retranslateUi();
}

void CsvImportTab::setValues(const io::CsvFormat& format)
{
    const QString delimiter(QChar(format.delimiter));
    if (!selectData(m_delimiter, delimiter)) {
        m_delimiter->setCurrentIndex(kOtherDelimiter);
        m_otherDelimiter->setText(delimiter);
    }
    if (!selectData(m_quote, QString(QChar(format.quote)))) {
        // An unusual quote read from the file stays selectable rather than being lost.
        m_quote->addItem(QString(QChar(format.quote)), QString(QChar(format.quote)));
        m_quote->setCurrentIndex(m_quote->count() - 1);
    }
    const QString encoding = QString::fromStdString(format.encoding);
    if (!selectData(m_encoding, encoding)) {
        m_encoding->addItem(encoding, encoding);
        m_encoding->setCurrentIndex(m_encoding->count() - 1);
    }
    selectData(m_decimal, QString(QChar(format.decimalSeparator)));
    m_dateFormat->setCurrentText(QString::fromStdString(format.dateFormat));
    m_header->setChecked(format.hasHeader);
    m_reject->setValue(format.maxRejectRate * 100.0);
    updateOtherDelimiter();
    updateDateExample();
}

io::CsvFormat CsvImportTab::values() const
{
    io::CsvFormat out;
    const QString delimiter = m_delimiter->currentIndex() == kOtherDelimiter
                                  ? m_otherDelimiter->text()
                                  : m_delimiter->currentData().toString();
    // Only single ASCII characters fit io::CsvFormat; validation reports anything else.
    out.delimiter = delimiter.size() == 1 && delimiter.at(0).unicode() < 0x80
                        ? char(delimiter.at(0).unicode())
                        : '\0';
    const QString quote = m_quote->currentData().toString();
    out.quote = quote.size() == 1 ? char(quote.at(0).unicode()) : '\0';
    out.encoding = m_encoding->currentData().toString().toStdString();
    out.decimalSeparator = char(m_decimal->currentData().toString().at(0).unicode());
    out.dateFormat = m_dateFormat->currentText().trimmed().toStdString();
    out.hasHeader = m_header->isChecked();
    // Percent with two decimals in the box; the model keeps a share.
    out.maxRejectRate = std::round(m_reject->value() * 100.0) / 10000.0;
    return out;
}

QString CsvImportTab::dateExample(const QString& format)
{
    // A fixed instant with day > 12 and a two-digit hour, so day/month swaps are visible.
    const QDateTime sample(QDate(2026, 3, 29), QTime(14, 5, 9), Qt::UTC);
    if (format == QLatin1String("iso"))
        return sample.toString(Qt::ISODate);
    if (format == QLatin1String("unix_s"))
        return QString::number(sample.toSecsSinceEpoch());
    if (format == QLatin1String("unix_ms"))
        return QString::number(sample.toMSecsSinceEpoch());
    return QLocale::c().toString(sample, format);
}

void CsvImportTab::updateOtherDelimiter()
{
    m_otherDelimiter->setVisible(m_delimiter->currentIndex() == kOtherDelimiter);
}

void CsvImportTab::updateDateExample()
{
    const QString format = m_dateFormat->currentText().trimmed();
    io::CsvFormat probe;
    probe.dateFormat = format.toStdString();
    const QStringList problems = settings::CsvFormatRules::problems(probe);
    if (!problems.isEmpty())
        m_dateExample->setText(problems.join(QLatin1Char(' ')));
    else
        m_dateExample->setText(tr("Example: %1").arg(dateExample(format)));
}

void CsvImportTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CsvImportTab::retranslateUi()
{
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_delimiterLabel->setBuddy(m_delimiter);
    m_delimiter->setItemText(0, tr("Comma ( , )"));
    m_delimiter->setItemText(1, tr("Semicolon ( ; )"));
    m_delimiter->setItemText(2, tr("Tab"));
    m_delimiter->setItemText(3, tr("Vertical bar ( | )"));
    m_delimiter->setItemText(kOtherDelimiter, tr("Other:"));
    m_otherDelimiter->setToolTip(tr("One character"));
    m_quoteLabel->setText(tr("&Quote:"));
    m_quoteLabel->setBuddy(m_quote);
    m_quote->setItemText(0, tr("Double quote ( \" )"));
    m_quote->setItemText(1, tr("Single quote ( ' )"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_encodingLabel->setBuddy(m_encoding);
    m_decimalLabel->setText(tr("Decimal &separator:"));
    m_decimalLabel->setBuddy(m_decimal);
    m_decimal->setItemText(0, tr("Point (1234.5)"));
    m_decimal->setItemText(1, tr("Comma (1234,5)"));
    m_dateFormatLabel->setText(tr("Date &format:"));
    m_dateFormatLabel->setBuddy(m_dateFormat);
    m_dateFormat->setToolTip(tr("iso: ISO 8601, as the contract's files; unix_s / unix_ms: "
                                "seconds / milliseconds since 1970; or a pattern."));
    m_dateHelp->setText(tr("Patterns: yyyy year, MM month, dd day, HH hour (24 h), hh hour "
                           "(12 h) with AP, mm minutes, ss seconds. Times without a zone are "
                           "read as UTC."));
    m_header->setText(tr("First row holds the &column names"));
    m_rejectLabel->setText(tr("&Reject threshold:"));
    m_rejectLabel->setBuddy(m_reject);
    m_reject->setSuffix(tr(" %"));
    m_reject->setToolTip(tr("When more rows than this share are rejected, the import loads "
                            "nothing and lists the rejected rows."));
    updateDateExample();
}

} // namespace streamlens::ui
