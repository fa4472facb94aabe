// SPDX-License-Identifier: MIT
#include "import/ColumnRuleEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace streamlens::ui {

using io::mapping::ColumnRule;

namespace {
// Items of the source combo: the two special choices, then the file's columns by index.
constexpr int kNoSource = -2;
constexpr int kConstant = -1;
} // namespace

ColumnRuleEditor::ColumnRuleEditor(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_source(new QComboBox(this))
    , m_constant(new QLineEdit(this))
    , m_nullValues(new QLineEdit(this))
    , m_trim(new QCheckBox(this))
    , m_split(new QLineEdit(this))
    , m_case(new QComboBox(this))
    , m_valueMap(new QPlainTextEdit(this))
    , m_unmapped(new QComboBox(this))
    , m_country(new QCheckBox(this))
    , m_duration(new QCheckBox(this))
    , m_perSeason(new QSpinBox(this))
    , m_dateFormat(new QLineEdit(this))
    , m_template(new QLineEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
    m_valueMap->setTabChangesFocus(true);
    m_valueMap->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_perSeason->setRange(0, 1'000'000);
    // Names for tests and accessibility tools.
    m_source->setObjectName(QStringLiteral("source"));
    m_constant->setObjectName(QStringLiteral("constant"));
    m_nullValues->setObjectName(QStringLiteral("nullValues"));
    m_trim->setObjectName(QStringLiteral("trim"));
    m_split->setObjectName(QStringLiteral("split"));
    m_case->setObjectName(QStringLiteral("caseFold"));
    m_valueMap->setObjectName(QStringLiteral("valueMap"));
    m_unmapped->setObjectName(QStringLiteral("unmapped"));
    m_country->setObjectName(QStringLiteral("countryName"));
    m_duration->setObjectName(QStringLiteral("durationText"));
    m_perSeason->setObjectName(QStringLiteral("secondsPerSeason"));
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_template->setObjectName(QStringLiteral("template"));
    m_perSeason->setSingleStep(600);
    for (int i = 0; i < 3; ++i) {
        m_case->addItem({});
        m_unmapped->addItem({});
    }
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_source, m_constant, m_nullValues, m_trim, m_split, m_case, m_valueMap, m_unmapped,
             m_country, m_duration, m_perSeason, m_dateFormat, m_template}) {
        auto* label = new QLabel(this);
        label->setBuddy(w);
        m_labels << label;
        m_form->addRow(label, w);
    }
    auto edited = [this] {
        updateEnabled();
        if (!m_updating)
            emit ruleEdited();
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, edited);
    connect(m_case, &QComboBox::currentIndexChanged, this, edited);
    connect(m_unmapped, &QComboBox::currentIndexChanged, this, edited);
    for (QLineEdit* e : {m_constant, m_nullValues, m_split, m_dateFormat, m_template})
        connect(e, &QLineEdit::textEdited, this, edited);
    connect(m_valueMap, &QPlainTextEdit::textChanged, this, edited);
    for (QCheckBox* c : {m_trim, m_country, m_duration})
        connect(c, &QCheckBox::toggled, this, edited);
    connect(m_perSeason, &QSpinBox::valueChanged, this, edited);
    retranslateUi();
    updateEnabled();
}

void ColumnRuleEditor::retranslateUi()
{
    m_title->setText(m_target.isEmpty() ? tr("Choose a contract column in the list")
                                        : tr("Where %1 comes from").arg(m_target));
    const QString labels[] = {tr("Source:"),
                              tr("Constant:"),
                              tr("Null values:"),
                              tr("Trim spaces:"),
                              tr("List separator:"),
                              tr("Letter case:"),
                              tr("Value map:"),
                              tr("Values not in the map:"),
                              tr("Country names:"),
                              tr("Duration text:"),
                              tr("Seconds per season:"),
                              tr("Date format:"),
                              tr("Template:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_updating = true;
    if (m_source->count() >= 2) {
        m_source->setItemText(0, tr("(none)"));
        m_source->setItemText(1, tr("(constant value)"));
    }
    m_case->setItemText(0, tr("keep"));
    m_case->setItemText(1, tr("lower case"));
    m_case->setItemText(2, tr("upper case"));
    m_unmapped->setItemText(0, tr("keep as they are"));
    m_unmapped->setItemText(1, tr("reject the row"));
    m_unmapped->setItemText(2, tr("make empty"));
    m_updating = false;
    m_trim->setText(tr("remove spaces around the value"));
    m_country->setText(tr("English country name → ISO 3166 code"));
    m_duration->setText(tr("read “90 min”, “1 h 30 min”, “1:30:00”"));
    m_perSeason->setSpecialValueText(tr("refuse seasons"));
    m_nullValues->setPlaceholderText(tr("e.g. NA, n/a, -"));
    m_split->setPlaceholderText(tr("take the first item, e.g. ,"));
    m_valueMap->setPlaceholderText(tr("one per line: Smartphone = mobile"));
    m_dateFormat->setPlaceholderText(tr("the file's format, or e.g. dd-MM-yy"));
    m_template->setPlaceholderText(tr("e.g. nf-{} (the value replaces {})"));
}

void ColumnRuleEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ColumnRuleEditor::setColumns(const QStringList& names, bool hasHeader)
{
    m_updating = true;
    m_hasHeader = hasHeader;
    m_source->clear();
    m_source->addItem(tr("(none)"), kNoSource);
    m_source->addItem(tr("(constant value)"), kConstant);
    for (int i = 0; i < names.size(); ++i)
        m_source->addItem(names[i], i);
    m_updating = false;
}

void ColumnRuleEditor::setRule(const QString& targetColumn, const ColumnRule& rule)
{
    m_updating = true;
    m_target = targetColumn;
    int sourceIndex = 0;
    if (rule.source == ColumnRule::Source::Constant)
        sourceIndex = 1;
    else if (rule.source == ColumnRule::Source::Header)
        sourceIndex = std::max(
            0, m_source->findText(QString::fromStdString(rule.header), Qt::MatchFixedString));
    else if (rule.source == ColumnRule::Source::Position)
        sourceIndex = std::max(0, m_source->findData(rule.position));
    m_source->setCurrentIndex(sourceIndex);
    m_constant->setText(QString::fromStdString(rule.constant));
    QStringList nulls;
    for (const auto& n : rule.nullValues)
        nulls << QString::fromStdString(n);
    m_nullValues->setText(nulls.join(QStringLiteral(", ")));
    m_trim->setChecked(rule.trim);
    m_split->setText(QString::fromStdString(rule.split));
    m_case->setCurrentIndex(int(rule.caseFold));
    QStringList map;
    for (const auto& [from, to] : rule.valueMap)
        map << QString::fromStdString(from) + QStringLiteral(" = ") + QString::fromStdString(to);
    m_valueMap->setPlainText(map.join(QLatin1Char('\n')));
    m_unmapped->setCurrentIndex(int(rule.unmapped));
    m_country->setChecked(rule.countryName);
    m_duration->setChecked(rule.durationText);
    m_perSeason->setValue(int(rule.secondsPerSeason));
    m_dateFormat->setText(QString::fromStdString(rule.dateFormat));
    m_template->setText(QString::fromStdString(rule.idTemplate));
    m_updating = false;
    retranslateUi();
    updateEnabled();
}

ColumnRule ColumnRuleEditor::rule() const
{
    ColumnRule r;
    const int source = m_source->currentData().toInt();
    if (source == kConstant) {
        r.source = ColumnRule::Source::Constant;
        r.constant = m_constant->text().toStdString();
    } else if (source >= 0 && m_hasHeader) {
        r.source = ColumnRule::Source::Header;
        r.header = m_source->currentText().toStdString();
    } else if (source >= 0) {
        r.source = ColumnRule::Source::Position;
        r.position = source;
    }
    for (const QString& n : m_nullValues->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.nullValues.push_back(n.trimmed().toStdString());
    r.trim = m_trim->isChecked();
    r.split = m_split->text().toStdString();
    r.caseFold = ColumnRule::Case(m_case->currentIndex());
    for (const QString& line : m_valueMap->toPlainText().split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            r.valueMap.emplace_back(line.left(eq).trimmed().toStdString(),
                                    line.mid(eq + 1).trimmed().toStdString());
    }
    r.unmapped = ColumnRule::Unmapped(m_unmapped->currentIndex());
    r.countryName = m_country->isChecked();
    r.durationText = m_duration->isChecked();
    r.secondsPerSeason = r.durationText ? m_perSeason->value() : 0;
    r.dateFormat = m_dateFormat->text().trimmed().toStdString();
    const std::string templ = m_template->text().trimmed().toStdString();
    if (templ.find("{}") != std::string::npos)
        r.idTemplate = templ; // without {} it would drop the value; ignored until complete
    return r;
}

void ColumnRuleEditor::updateEnabled()
{
    const int source = m_source->currentData().toInt();
    const bool any = source != kNoSource;
    m_constant->setEnabled(source == kConstant);
    for (QWidget* w : std::initializer_list<QWidget*>{m_nullValues, m_trim, m_split, m_case,
                                                      m_valueMap, m_unmapped, m_country, m_duration,
                                                      m_dateFormat, m_template})
        w->setEnabled(any && !m_target.isEmpty());
    m_perSeason->setEnabled(any && m_duration->isChecked());
}

} // namespace streamlens::ui
