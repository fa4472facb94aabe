// SPDX-License-Identifier: MIT
#pragma once

#include "data/Dataset.h"
#include "io/CsvFormat.h"
#include "io/ImportReport.h"
#include "io/mapping/ColumnMapping.h"
#include "jobs/JobTracker.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace streamlens::ui {

class ColumnRuleEditor;
class MappingTableModel;
class PreviewTableModel;
class RejectsTableModel;

// Imports one CSV file that is not in the contract's layout: the user picks the file and the
// table it holds, adjusts the format (prefilled from the CSV defaults of the settings) while
// a preview shows how it reads, maps contract columns to the file's columns (matched by
// name first; mappings load from and save to JSON), and runs the import off the GUI thread
// with progress and cancel. The report lists every rejected row with file, line, column and
// reason, and can export them as CSV.
//
// The import works on a copy of `base` (references may point at its rows; rows with known
// keys are replaced), so nothing changes unless it succeeds; then imported() hands over the
// new dataset and the caller saves it into the store and shows it.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const io::CsvFormat& defaults, std::shared_ptr<const Dataset> base,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    QString file() const;
    void setTable(io::TableKind table);
    // Takes the mapping's table and format too.
    void setMapping(const io::mapping::ColumnMapping& mapping);
    io::mapping::ColumnMapping mapping() const;
    io::CsvFormat format() const;

    void startImport();
    void cancelImport();
    bool isImporting() const;
    const io::ImportReport& lastReport() const { return m_report; }

signals:
    // The import succeeded (possibly with rejects within the threshold): the whole dataset
    // with the file's rows in it.
    void imported(std::shared_ptr<const streamlens::Dataset> dataset);
    // After every import run, loaded or not (not after a cancel).
    void importFinished(bool loaded);
    void previewReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void setFormatWidgets(const io::CsvFormat& format);
    void schedulePreview();
    void runPreview();
    void autoMatch();
    void showRule(int row);
    void loadMapping();
    void saveMapping();
    void showReport();
    void exportRejects();
    void setBusy(bool busy);

    std::shared_ptr<const Dataset> m_base;
    io::CsvFormat m_defaults;
    io::ImportReport m_report;
    bool m_hasReport = false;
    bool m_matchedForFile = false;

    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_tableLabel = nullptr;
    QComboBox* m_table = nullptr;
    QGroupBox* m_formatBox = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLineEdit* m_quote = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_decimal = nullptr;
    QComboBox* m_dateFormat = nullptr;
    QCheckBox* m_header = nullptr;
    QDoubleSpinBox* m_maxReject = nullptr;
    QList<QLabel*> m_formatLabels;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_previewView = nullptr;
    QLabel* m_previewStatus = nullptr;
    QTableView* m_mappingView = nullptr;
    ColumnRuleEditor* m_ruleEditor = nullptr;
    QPushButton* m_autoMatch = nullptr;
    QPushButton* m_loadMapping = nullptr;
    QPushButton* m_saveMapping = nullptr;
    QLabel* m_reportSummary = nullptr;
    QTableView* m_rejectsView = nullptr;
    QPushButton* m_exportRejects = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QTimer* m_previewTimer = nullptr;

    PreviewTableModel* m_previewModel = nullptr;
    MappingTableModel* m_mappingModel = nullptr;
    RejectsTableModel* m_rejectsModel = nullptr;
    JobTracker m_previewJobs;
    JobTracker m_importJobs;
};

} // namespace streamlens::ui
