// SPDX-License-Identifier: MIT
#include "import/ImportDialog.h"

#include "import/ColumnRuleEditor.h"
#include "import/MappingTableModel.h"
#include "import/PreviewTableModel.h"
#include "import/RejectsTableModel.h"
#include "io/mapping/ForeignImporter.h"
#include "io/mapping/ForeignPreview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {

// What an import job hands back: the report and, when it loaded, the new dataset.
struct ImportOutcome {
    io::ImportReport report;
    std::shared_ptr<const Dataset> dataset;
};

QTableView* makeTable(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 6);
    view->setWordWrap(false);
    return view;
}

} // namespace

ImportDialog::ImportDialog(const io::CsvFormat& defaults, std::shared_ptr<const Dataset> base,
                           QWidget* parent)
    : QDialog(parent)
    , m_base(std::move(base))
    , m_defaults(defaults)
{
    buildUi();
    setFormatWidgets(defaults);
    m_mappingModel->setMapping(io::mapping::ColumnMapping(io::TableKind::Users));
    retranslateUi();
    setBusy(false);
}

ImportDialog::~ImportDialog()
{
    m_importJobs.cancel();
    m_previewJobs.cancel();
}

void ImportDialog::buildUi()
{
    m_previewModel = new PreviewTableModel(this);
    m_mappingModel = new MappingTableModel(this);
    m_rejectsModel = new RejectsTableModel(this);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(200);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::runPreview);

    m_file = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_fileLabel = new QLabel(this);
    m_tableLabel = new QLabel(this);
    m_table = new QComboBox(this);
    for (io::TableKind t : io::kTableKinds)
        m_table->addItem(QString(), int(t));
    auto* top = new QGridLayout;
    top->addWidget(m_fileLabel, 0, 0);
    top->addWidget(m_file, 0, 1);
    top->addWidget(m_browse, 0, 2);
    top->addWidget(m_tableLabel, 1, 0);
    top->addWidget(m_table, 1, 1, 1, 2);

    m_formatBox = new QGroupBox(this);
    // Not editable: the choice is the item's data, never parsed back from translated text.
    m_delimiter = new QComboBox(this);
    for (char c : {',', ';', '\t', '|'})
        m_delimiter->addItem(QString(), int(c));
    m_quote = new QLineEdit(this);
    m_quote->setMaxLength(1);
    m_quote->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMM")));
    m_encoding = new QComboBox(this);
    m_encoding->setEditable(true);
    m_encoding->addItems({"UTF-8", "ISO-8859-1", "Windows-1252", "UTF-16LE", "UTF-16BE"});
    m_decimal = new QComboBox(this);
    m_decimal->addItem(QStringLiteral("."), int('.'));
    m_decimal->addItem(QStringLiteral(","), int(','));
    m_dateFormat = new QComboBox(this);
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems({"iso", "dd-MM-yy", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy",
                            "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm", "unix_s", "unix_ms"});
    m_header = new QCheckBox(this);
    m_maxReject = new QDoubleSpinBox(this);
    m_maxReject->setRange(0, 100);
    m_maxReject->setDecimals(1);
    m_maxReject->setSuffix(QStringLiteral(" %"));
    auto* format = new QGridLayout(m_formatBox);
    QWidget* fields[] = {m_delimiter, m_quote, m_encoding, m_decimal, m_dateFormat, m_maxReject};
    for (int i = 0; i < 6; ++i) {
        auto* label = new QLabel(m_formatBox);
        label->setBuddy(fields[i]);
        m_formatLabels << label;
        format->addWidget(label, i / 3, (i % 3) * 2);
        format->addWidget(fields[i], i / 3, (i % 3) * 2 + 1);
    }
    format->addWidget(m_header, 2, 0, 1, 6);

    m_tabs = new QTabWidget(this);
    auto* previewPage = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPage);
    m_previewStatus = new QLabel(previewPage);
    m_previewStatus->setWordWrap(true);
    m_previewView = makeTable(previewPage);
    m_previewView->setModel(m_previewModel);
    m_previewView->setObjectName(QStringLiteral("preview"));
    previewLayout->addWidget(m_previewStatus);
    previewLayout->addWidget(m_previewView, 1);
    m_tabs->addTab(previewPage, QString());

    auto* mappingPage = new QWidget(this);
    auto* mappingLayout = new QVBoxLayout(mappingPage);
    auto* mappingButtons = new QHBoxLayout;
    m_autoMatch = new QPushButton(mappingPage);
    m_loadMapping = new QPushButton(mappingPage);
    m_saveMapping = new QPushButton(mappingPage);
    mappingButtons->addWidget(m_autoMatch);
    mappingButtons->addStretch(1);
    mappingButtons->addWidget(m_loadMapping);
    mappingButtons->addWidget(m_saveMapping);
    auto* split = new QSplitter(mappingPage);
    m_mappingView = makeTable(split);
    m_mappingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mappingView->setModel(m_mappingModel);
    m_mappingView->setObjectName(QStringLiteral("mapping"));
    m_ruleEditor = new ColumnRuleEditor(split);
    split->addWidget(m_mappingView);
    split->addWidget(m_ruleEditor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    mappingLayout->addLayout(mappingButtons);
    mappingLayout->addWidget(split, 1);
    m_tabs->addTab(mappingPage, QString());

    auto* reportPage = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportPage);
    m_reportSummary = new QLabel(reportPage);
    m_reportSummary->setWordWrap(true);
    m_reportSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rejectsView = makeTable(reportPage);
    auto* sorted = new QSortFilterProxyModel(reportPage);
    sorted->setSourceModel(m_rejectsModel);
    sorted->setSortRole(Qt::UserRole);
    m_rejectsView->setModel(sorted);
    m_rejectsView->setSortingEnabled(true);
    m_rejectsView->setObjectName(QStringLiteral("rejects"));
    // The reason is the column people read; the raw value may be long and comes last.
    m_rejectsView->horizontalHeader()->setStretchLastSection(false);
    m_rejectsView->horizontalHeader()->setSectionResizeMode(RejectsTableModel::Reason,
                                                            QHeaderView::Stretch);
    m_exportRejects = new QPushButton(reportPage);
    reportLayout->addWidget(m_reportSummary);
    reportLayout->addWidget(m_rejectsView, 1);
    reportLayout->addWidget(m_exportRejects, 0, Qt::AlignRight);
    m_tabs->addTab(reportPage, QString());

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_formatBox);
    layout->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(buttons);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(1000, 720);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("CSV file to import"), QFileInfo(m_file->text()).path(),
            tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        m_matchedForFile = false;
        schedulePreview();
    });
    connect(m_table, &QComboBox::currentIndexChanged, this, [this] {
        if (io::TableKind(m_table->currentData().toInt()) != m_mappingModel->mapping().table)
            autoMatch();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
    connect(m_quote, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    connect(m_encoding, &QComboBox::currentTextChanged, this, &ImportDialog::schedulePreview);
    connect(m_header, &QCheckBox::toggled, this, [this] {
        m_matchedForFile = false; // names become positions or the other way round
        schedulePreview();
    });
    connect(m_autoMatch, &QPushButton::clicked, this, &ImportDialog::autoMatch);
    connect(m_loadMapping, &QPushButton::clicked, this, &ImportDialog::loadMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &ImportDialog::saveMapping);
    connect(m_mappingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRule(current.row()); });
    connect(m_ruleEditor, &ColumnRuleEditor::ruleEdited, this, [this] {
        const int row = m_mappingView->currentIndex().row();
        m_mappingModel->setRule(row, m_ruleEditor->rule());
    });
    connect(m_exportRejects, &QPushButton::clicked, this, &ImportDialog::exportRejects);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_importJobs, &JobTracker::busyChanged, this, &ImportDialog::setBusy);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import a CSV file"));
    m_fileLabel->setText(tr("&File:"));
    m_fileLabel->setBuddy(m_file);
    m_file->setPlaceholderText(tr("A CSV file in any layout"));
    m_browse->setText(tr("&Browse…"));
    m_tableLabel->setText(tr("&Holds:"));
    m_tableLabel->setBuddy(m_table);
    const QString tables[] = {tr("users (subscriber accounts)"), tr("content (titles)"),
                              tr("sessions (views)"), tr("performance events")};
    for (int i = 0; i < 4; ++i)
        m_table->setItemText(i, tables[i]);
    m_formatBox->setTitle(tr("Format"));
    const QString labels[] = {tr("&Delimiter:"),         tr("&Quote:"), tr("&Encoding:"),
                              tr("Decimal &separator:"), tr("Dates:"),  tr("&Reject at most:")};
    for (int i = 0; i < m_formatLabels.size(); ++i)
        m_formatLabels[i]->setText(labels[i]);
    m_delimiter->setItemText(0, tr("comma ,"));
    m_delimiter->setItemText(1, tr("semicolon ;"));
    m_delimiter->setItemText(2, tr("tab"));
    m_delimiter->setItemText(3, tr("bar |"));
    m_header->setText(tr("The first row holds the column names"));
    m_maxReject->setToolTip(tr("More rejected rows than this share, and nothing is imported"));
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("Column mapping"));
    m_tabs->setTabText(2, tr("Report"));
    m_autoMatch->setText(tr("Match by &name"));
    m_loadMapping->setText(tr("&Load mapping…"));
    m_saveMapping->setText(tr("Sa&ve mapping…"));
    m_exportRejects->setText(tr("E&xport rejected rows…"));
    m_import->setText(tr("&Import"));
    m_cancel->setText(tr("Cancel import"));
    m_rejectsModel->retranslate();
    m_mappingModel->retranslate();
    if (m_hasReport)
        showReport();
    else if (m_file->text().isEmpty())
        m_previewStatus->setText(tr("Choose a file to see how it reads."));
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::setFormatWidgets(const io::CsvFormat& format)
{
    if (m_delimiter->findData(int(format.delimiter)) < 0) // another one from the settings
        m_delimiter->addItem(QStringLiteral("“%1”").arg(QChar(format.delimiter)),
                             int(format.delimiter));
    m_delimiter->setCurrentIndex(m_delimiter->findData(int(format.delimiter)));
    m_quote->setText(QString(QChar(format.quote)));
    m_encoding->setEditText(QString::fromStdString(format.encoding));
    m_decimal->setCurrentIndex(format.decimalSeparator == ',' ? 1 : 0);
    m_dateFormat->setEditText(QString::fromStdString(format.dateFormat));
    m_header->setChecked(format.hasHeader);
    m_maxReject->setValue(format.maxRejectRate * 100.0);
}

io::CsvFormat ImportDialog::format() const
{
    io::CsvFormat f;
    f.delimiter = char(m_delimiter->currentData().toInt());
    f.quote = m_quote->text().isEmpty() ? '"' : char(m_quote->text().at(0).toLatin1());
    f.encoding = m_encoding->currentText().trimmed().toStdString();
    f.decimalSeparator = char(m_decimal->currentData().toInt());
    f.dateFormat = m_dateFormat->currentText().trimmed().toStdString();
    f.hasHeader = m_header->isChecked();
    f.maxRejectRate = m_maxReject->value() / 100.0;
    return f;
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    m_matchedForFile = false;
    runPreview();
}

QString ImportDialog::file() const
{
    return m_file->text().trimmed();
}

void ImportDialog::setTable(io::TableKind table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

void ImportDialog::setMapping(const io::mapping::ColumnMapping& mapping)
{
    setFormatWidgets(mapping.format);
    m_mappingModel->setMapping(mapping);
    m_table->blockSignals(true);
    m_table->setCurrentIndex(m_table->findData(int(mapping.table)));
    m_table->blockSignals(false);
    m_matchedForFile = true; // the user's mapping is not replaced by a guess
    showRule(m_mappingView->currentIndex().row());
    runPreview();
}

io::mapping::ColumnMapping ImportDialog::mapping() const
{
    io::mapping::ColumnMapping m = m_mappingModel->mapping();
    m.format = format();
    return m;
}

void ImportDialog::schedulePreview()
{
    m_previewTimer->start();
}

void ImportDialog::runPreview()
{
    m_previewTimer->stop();
    const QString path = file();
    if (path.isEmpty())
        return;
    m_previewStatus->setText(tr("Reading…"));
    const io::CsvFormat f = format();
    m_previewJobs.run<io::mapping::ForeignPreview>(
        [path, f](const std::atomic<bool>&) {
            return io::mapping::previewForeign(path.toStdString(), f, 200);
        },
        [this](io::mapping::ForeignPreview preview) {
            const bool ok = preview.ok();
            const QString error = QString::fromStdString(preview.error);
            const QString encoding = QString::fromStdString(preview.encoding);
            QStringList columns;
            for (const auto& c : preview.columns)
                columns << QString::fromStdString(c);
            m_previewModel->setPreview(std::move(preview));
            m_ruleEditor->setColumns(columns, m_header->isChecked());
            if (!ok) {
                m_previewStatus->setText(tr("Cannot read the file this way: %1").arg(error));
            } else {
                m_previewStatus->setText(
                    tr("%Ln column(s), read as %1. The first rows:", "", int(columns.size()))
                        .arg(encoding));
                if (!m_matchedForFile)
                    autoMatch();
            }
            showRule(m_mappingView->currentIndex().row());
            emit previewReady();
        });
}

void ImportDialog::autoMatch()
{
    const auto table = io::TableKind(m_table->currentData().toInt());
    const auto& preview = m_previewModel->preview();
    io::mapping::ColumnMapping m =
        m_header->isChecked() ? io::mapping::ColumnMapping::autoMatch(table, preview.columns)
                              : io::mapping::ColumnMapping(table);
    if (!m_header->isChecked()) // contract order, as far as the file has columns
        for (size_t c = 0; c < m.rules.size() && c < preview.columns.size(); ++c) {
            m.rules[c].source = io::mapping::ColumnRule::Source::Position;
            m.rules[c].position = int(c);
        }
    m_mappingModel->setMapping(std::move(m));
    m_matchedForFile = !preview.columns.empty();
    m_mappingView->resizeColumnsToContents();
    showRule(m_mappingView->currentIndex().row());
}

void ImportDialog::showRule(int row)
{
    const auto& m = m_mappingModel->mapping();
    if (row < 0 || size_t(row) >= m.rules.size()) {
        m_ruleEditor->setRule(QString(), {});
        return;
    }
    const auto name = io::columnsOf(m.table)[size_t(row)].name;
    m_ruleEditor->setRule(QString::fromLatin1(name.data(), qsizetype(name.size())),
                          m.rules[size_t(row)]);
}

void ImportDialog::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a column mapping"), {},
                                                      tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    io::mapping::ColumnMapping m;
    std::string error;
    if (!io::mapping::ColumnMapping::load(path.toStdString(), m, &error)) {
        m_status->setText(
            tr("The mapping could not be loaded: %1").arg(QString::fromStdString(error)));
        return;
    }
    setMapping(m);
    m_status->setText(tr("Mapping loaded from %1.").arg(QFileInfo(path).fileName()));
}

void ImportDialog::saveMapping()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"), {},
                                                      tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    std::string error;
    if (!mapping().save(path.toStdString(), &error))
        m_status->setText(
            tr("The mapping could not be saved: %1").arg(QString::fromStdString(error)));
    else
        m_status->setText(tr("Mapping saved to %1.").arg(QFileInfo(path).fileName()));
}

void ImportDialog::startImport()
{
    if (m_importJobs.isBusy())
        return;
    const QString path = file();
    if (path.isEmpty()) {
        m_status->setText(tr("Choose a file first."));
        return;
    }
    const io::mapping::ForeignFile foreign{path.toStdString(), mapping()};
    const double maxRejectRate = foreign.mapping.format.maxRejectRate;
    auto base = m_base;
    QPointer<ImportDialog> self(this);
    m_progress->setValue(0);
    m_status->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_importJobs.run<ImportOutcome>(
        [foreign, maxRejectRate, base, self](const std::atomic<bool>& cancel) {
            auto data = base ? std::make_shared<Dataset>(*base) : std::make_shared<Dataset>();
            io::ImportOptions options;
            options.maxRejectRate = maxRejectRate;
            // Progress reaches the GUI at most every 50 ms so the event queue is not flooded.
            auto throttle = std::make_shared<QElapsedTimer>();
            throttle->start();
            options.progress = [&cancel, self, throttle](double fraction) {
                if (throttle->elapsed() > 50) {
                    throttle->restart();
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, fraction] {
                            if (self)
                                self->m_progress->setValue(int(fraction * 1000));
                        },
                        Qt::QueuedConnection);
                }
                return !cancel.load();
            };
            ImportOutcome outcome;
            outcome.report = io::mapping::importForeign(*data, {foreign}, options);
            if (outcome.report.loaded()) {
                data->shrinkToFit();
                outcome.dataset = std::move(data);
            }
            return outcome;
        },
        [this](ImportOutcome outcome) {
            m_report = std::move(outcome.report);
            m_hasReport = true;
            m_progress->setValue(1000);
            showReport();
            m_tabs->setCurrentIndex(2);
            if (outcome.dataset)
                emit imported(outcome.dataset);
            emit importFinished(bool(outcome.dataset));
        });
}

void ImportDialog::cancelImport()
{
    if (!m_importJobs.isBusy())
        return;
    m_importJobs.cancel();
    m_progress->setValue(0);
    m_status->setText(tr("Import cancelled; nothing was imported."));
}

bool ImportDialog::isImporting() const
{
    return m_importJobs.isBusy();
}

void ImportDialog::setBusy(bool busy)
{
    m_import->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_file, m_browse, m_table, m_formatBox,
                                                      m_autoMatch, m_loadMapping})
        w->setEnabled(!busy);
    m_progress->setVisible(busy || m_progress->value() > 0);
}

void ImportDialog::showReport()
{
    const io::ImportReport& r = m_report;
    const QLocale locale;
    QString status;
    switch (r.status) {
    case io::ImportStatus::Ok:
        status = tr("Imported.");
        break;
    case io::ImportStatus::OkWithRejects:
        status = tr("Imported; some rows were rejected.");
        break;
    case io::ImportStatus::TooManyRejects:
        status = tr("Not imported: too many rows were rejected. Nothing was changed.");
        break;
    case io::ImportStatus::FileError:
        status = tr("Not imported: the file could not be read as mapped. Nothing was changed.");
        break;
    case io::ImportStatus::Cancelled:
        status = tr("Cancelled; nothing was imported.");
        break;
    }
    QStringList lines{status};
    if (!r.error.empty())
        lines << QString::fromStdString(r.error);
    lines << tr("%1 of %2 rows loaded (%3 new, %4 replaced), %5 rejected, in %6 s.")
                 .arg(locale.toString(qlonglong(r.rowsLoaded)),
                      locale.toString(qlonglong(r.rowsIn)),
                      locale.toString(qlonglong(r.rowsInserted)),
                      locale.toString(qlonglong(r.rowsReplaced)),
                      locale.toString(qlonglong(r.rowsRejected)),
                      locale.toString(r.seconds, 'f', 2));
    for (const auto& f : r.files)
        if (!f.unknownColumns.empty()) {
            QStringList names;
            for (const auto& c : f.unknownColumns)
                names << QString::fromStdString(c);
            lines << tr("Kept aside as extra columns: %1").arg(names.join(QStringLiteral(", ")));
        }
    for (const auto& note : r.notes)
        lines << QString::fromStdString(note);
    if (r.rejectsNotListed() > 0)
        lines << tr("%1 more rejected rows are counted but not listed.")
                     .arg(locale.toString(qlonglong(r.rejectsNotListed())));
    m_reportSummary->setText(lines.join(QLatin1Char('\n')));
    m_status->setText(status);
    m_rejectsModel->setRejects(r.rejects);
    m_rejectsView->resizeColumnToContents(RejectsTableModel::File);
    m_rejectsView->resizeColumnToContents(RejectsTableModel::Line);
    m_rejectsView->resizeColumnToContents(RejectsTableModel::ColumnName);
    m_exportRejects->setEnabled(!r.rejects.empty());
}

void ImportDialog::exportRejects()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export rejected rows"),
                                     QStringLiteral("import-rejects.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    std::string error;
    if (m_report.writeRejectsCsv(path.toStdString(), &error))
        m_status->setText(tr("Rejected rows written to %1.").arg(QFileInfo(path).fileName()));
    else
        m_status->setText(
            tr("Could not write the rejected rows: %1").arg(QString::fromStdString(error)));
}

} // namespace streamlens::ui
