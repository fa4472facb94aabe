// SPDX-License-Identifier: MIT
// The import dialog maps a small foreign file (Latin-1, semicolons, decimal commas, German
// dates, non-contract column names) through its widgets, imports it off the GUI thread and
// reports the rejected row at the user's line and column.
#include "import/ImportDialog.h"
#include "io/ContractImporter.h"
#include "style/Theme.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using namespace streamlens::ui;

namespace {
const QByteArray kFile =
    QStringLiteral("user_id;Beitritt;Land;age;Tarif;Preis;Notiz\n"
                   "u-x1;01.03.2024;Germany;34;Basic;9,99;Grüße\n"
                   "u-x2;15.11.2023;Atlantis;;Premium;17,5;\n"
                   "u-x3;31.12.2023;Austria;51;Standard;12,5;\"zwei\nZeilen\"\n")
        .toLatin1();

io::CsvFormat germanDefaults()
{
    io::CsvFormat f;
    f.delimiter = ';';
    f.encoding = "ISO-8859-1";
    f.decimalSeparator = ',';
    f.dateFormat = "dd.MM.yyyy";
    f.maxRejectRate = 0.5;
    return f;
}
} // namespace

class TestUiImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::shared_ptr<const Dataset> m_base;

    static void selectTarget(ImportDialog& dialog, const char* column)
    {
        auto* view = dialog.findChild<QTableView*>("mapping");
        auto* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString() == QLatin1String(column)) {
                view->setCurrentIndex(model->index(row, 0));
                return;
            }
        QFAIL(column);
    }
    static void chooseSource(ImportDialog& dialog, const char* column, const QString& source)
    {
        selectTarget(dialog, column);
        auto* combo = dialog.findChild<QComboBox*>("source");
        const int i = combo->findText(source);
        QVERIFY2(i >= 0, qPrintable(source));
        combo->setCurrentIndex(i);
    }
    static QString sourceShown(ImportDialog& dialog, int row)
    {
        return dialog.findChild<QTableView*>("mapping")->model()->index(row, 2).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto base = std::make_shared<Dataset>();
        QCOMPARE(io::importInto(*base, {STREAMLENS_TEST_DATA_DIR "/import/contract/valid"}).status,
                 io::ImportStatus::Ok);
        m_base = base;
        QFile f(m_dir.filePath("kunden.csv"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kFile);
    }

    void mapsAndImportsAForeignFile()
    {
        ImportDialog dialog(germanDefaults(), m_base);
        QAbstractItemModelTester previewTester(
            dialog.findChild<QTableView*>("preview")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester mappingTester(
            dialog.findChild<QTableView*>("mapping")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejectsTester(
            dialog.findChild<QTableView*>("rejects")->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.resize(1366, 768);
        dialog.show();
        QSignalSpy preview(&dialog, &ImportDialog::previewReady);
        dialog.setTable(io::TableKind::Users);
        dialog.setFile(m_dir.filePath("kunden.csv"));
        QVERIFY(preview.wait(10'000));
        auto* previewModel = dialog.findChild<QTableView*>("preview")->model();
        QCOMPARE(previewModel->columnCount(), 7);
        QCOMPARE(previewModel->rowCount(), 3);
        QCOMPARE(previewModel->index(0, 6).data().toString(), QStringLiteral("Grüße"));
        QCOMPARE(previewModel->headerData(2, Qt::Vertical).toString(), QStringLiteral("4"));

        // Matched by name: user_id and age; the rest through the editor.
        QCOMPARE(sourceShown(dialog, 0), QStringLiteral("user_id"));
        QCOMPARE(sourceShown(dialog, 3), QStringLiteral("age"));
        QCOMPARE(dialog.mapping().unmappedRequired().size(), size_t(5));
        chooseSource(dialog, "signup_date", "Beitritt");
        chooseSource(dialog, "country", "Land");
        dialog.findChild<QCheckBox*>("countryName")->setChecked(true);
        chooseSource(dialog, "plan", "Tarif");
        dialog.findChild<QComboBox*>("caseFold")->setCurrentIndex(1); // lower case
        chooseSource(dialog, "monthly_fee", "Preis");
        chooseSource(dialog, "churned", "(constant value)");
        QTest::keyClicks(dialog.findChild<QLineEdit*>("constant"), "false");
        const auto mapping = dialog.mapping();
        QVERIFY(mapping.unmappedRequired().empty());
        QCOMPARE(mapping.rules[io::UserCountryCol].header, std::string("Land"));
        QVERIFY(mapping.rules[io::UserCountryCol].countryName);
        QCOMPARE(mapping.rules[io::ChurnedCol].constant, std::string("false"));
        QCOMPARE(sourceShown(dialog, io::ChurnedCol), QStringLiteral("constant “false”"));

        if (const QByteArray dir = qgetenv("STREAMLENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.findChild<QTabWidget*>()->setCurrentIndex(1);
            selectTarget(dialog, "country");
            dialog.grab().save(QString::fromLocal8Bit(dir) + "/import-mapping.png");
        }

        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(dialog.isImporting());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(imported.size(), 1);
        const auto data = imported.at(0).at(0).value<std::shared_ptr<const Dataset>>();
        QVERIFY(data);
        QCOMPARE(data->users.size(), m_base->users.size() + 2);
        QCOMPARE(m_base->users.size() + 0, m_base->users.size()); // the base is untouched
        const io::ImportReport& r = dialog.lastReport();
        QCOMPARE(r.rowsIn, int64_t(3));
        QCOMPARE(r.rowsLoaded, int64_t(2));
        QCOMPARE(r.rejects.size(), size_t(1));
        QCOMPARE(r.rejects[0].line, int64_t(3));
        QCOMPARE(r.rejects[0].column, std::string("Land"));
        auto* rejects = dialog.findChild<QTableView*>("rejects")->model();
        QCOMPARE(rejects->rowCount(), 1);
        QCOMPARE(rejects->index(0, 2).data().toString(), QStringLiteral("Land"));
        QVERIFY(rejects->index(0, 3).data().toString().contains("Atlantis"));

        if (const QByteArray dir = qgetenv("STREAMLENS_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.grab().save(QString::fromLocal8Bit(dir) + "/import-report-light.png");
            applyTheme(Theme::Dark);
            QTest::qWait(50);
            dialog.grab().save(QString::fromLocal8Bit(dir) + "/import-report-dark.png");
            applyTheme(Theme::Light);
        }

        // The same file again replaces its two rows with themselves.
        imported.clear();
        finished.clear();
        dialog.startImport();
        QVERIFY(finished.wait(20'000));
        QVERIFY2(dialog.lastReport().loaded(), dialog.lastReport().summary().c_str());
        QCOMPARE(dialog.lastReport().rowsReplaced, int64_t(0)); // the base has not got them
        QCOMPARE(dialog.lastReport().rowsInserted, int64_t(2));
    }

    void refusesWithoutRequiredColumnsAndChangesNothing()
    {
        ImportDialog dialog(germanDefaults(), m_base);
        QSignalSpy preview(&dialog, &ImportDialog::previewReady);
        dialog.setFile(m_dir.filePath("kunden.csv"));
        QVERIFY(preview.wait(10'000));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(imported.size(), 0);
        QCOMPARE(dialog.lastReport().status, io::ImportStatus::FileError);
        QVERIFY(dialog.lastReport().error.find("no source") != std::string::npos);
    }

    void retranslatesOnLanguageChange()
    {
        ImportDialog dialog(germanDefaults(), m_base);
        dialog.setWindowTitle(QString());
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Import a CSV file"));
        // The format is read from the widgets' data, not from their (translated) text.
        QCOMPARE(dialog.format().delimiter, ';');
        QCOMPARE(dialog.format().decimalSeparator, ',');
        io::CsvFormat pipe = germanDefaults();
        pipe.delimiter = ':'; // not among the usual choices
        ImportDialog other(pipe, m_base);
        QCOMPARE(other.format().delimiter, ':');
    }
};

QTEST_MAIN(TestUiImport)
#include "tst_ui_import.moc"
