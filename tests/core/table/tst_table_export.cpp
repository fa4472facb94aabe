// SPDX-License-Identifier: MIT
// Exporting rows: CSV that imports back to the same values, valid .xlsx workbooks split over
// sheets, cancel and failure leaving no file behind.
#include "TableTestData.h"

#include "export/RowExport.h"
#include "query/Filter.h"
#include "query/Selection.h"
#include "source/DatasetLoader.h"
#include "table/RowSet.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using table::TableKind;

namespace {

// A member of a zip archive, through unzip (Debian's), so the check does not trust our writer.
QByteArray unzipMember(const QString& zip, const QString& member)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QStringList zipListing(const QString& zip)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
}

std::string cell(const Dataset& data, TableKind kind, size_t column, uint32_t row)
{
    table::IdBuffer ids;
    return table::contractText(table::columnsOf(kind)[column].read(data, row, ids));
}

} // namespace

class TestTableExport : public QObject {
    Q_OBJECT
private:
    Dataset m_data;
    QTemporaryDir m_dir;
    query::Selection m_selection;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = testing::tableTestData(20000);
        std::string error;
        auto filter = query::Filter::parseWhere({"device_type=mobile,tablet"}, &error);
        QVERIFY2(filter, error.c_str());
        m_selection = query::select(m_data, *filter, &error);
        QVERIFY(m_selection.count() > 0 && m_selection.count() < m_data.sessions.size());
    }

    void formatFollowsTheExtension()
    {
        QCOMPARE(rowexport::formatForPath("a/b.CSV"), rowexport::ExportFormat::Csv);
        QCOMPARE(rowexport::formatForPath("x.xlsx"), rowexport::ExportFormat::Xlsx);
        QVERIFY(!rowexport::formatForPath("x.xls"));
        QVERIFY(!rowexport::formatForPath("csv"));
    }

    void csvRoundTripsThroughTheImporter()
    {
        // The four tables over one selection reference each other completely, so together
        // they import as a dataset of their own.
        const QString dir = m_dir.filePath("roundtrip");
        QVERIFY(QDir().mkpath(dir));
        std::vector<std::vector<uint32_t>> rows;
        for (TableKind kind : table::kAllTables) {
            rows.push_back(table::rowsOverSelection(m_data, kind, m_selection).rows);
            const std::string path =
                (dir + "/" + generator::ContractRowFormatter::fileName(table::contractTable(kind)))
                    .toStdString();
            const auto result = rowexport::exportRows(m_data, kind, rows.back(), path,
                                                      rowexport::ExportFormat::Csv);
            QVERIFY2(result.ok, result.error.c_str());
            QCOMPARE(result.rows, rows.back().size());
        }
        std::string error;
        auto back = source::loadCsv(dir.toStdString(), &error);
        QVERIFY2(back, error.c_str());
        for (TableKind kind : table::kAllTables) {
            const auto& original = rows[static_cast<size_t>(kind)];
            QCOMPARE(table::tableRows(*back, kind), original.size());
            const size_t columns = table::columnsOf(kind).size();
            for (size_t i = 0; i < original.size(); ++i)
                for (size_t c = 0; c < columns; ++c)
                    if (cell(m_data, kind, c, original[i]) !=
                        cell(*back, kind, c, static_cast<uint32_t>(i)))
                        QFAIL(qPrintable(QStringLiteral("%1 row %2 column %3: %4 vs %5")
                                             .arg(table::tableName(kind).data())
                                             .arg(i)
                                             .arg(table::columnsOf(kind)[c].name)
                                             .arg(cell(m_data, kind, c, original[i]).c_str())
                                             .arg(cell(*back, kind, c, uint32_t(i)).c_str())));
        }
    }

    void csvKeepsTheGivenOrder()
    {
        const std::vector<uint32_t> rows{42, 7, 19999, 0};
        const QString path = m_dir.filePath("order.csv");
        QVERIFY(rowexport::exportRows(m_data, TableKind::Sessions, rows, path.toStdString(),
                                      rowexport::ExportFormat::Csv)
                    .ok);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines[0].startsWith("session_id,user_id,content_id,start_ts"));
        for (size_t i = 0; i < rows.size(); ++i)
            QVERIFY(lines[int(i) + 1].startsWith(
                QString::fromStdString(cell(m_data, TableKind::Sessions, 0, rows[i]) + ",")));
    }

    void xlsxIsAValidWorkbook()
    {
        const auto rows = table::rowsOverSelection(m_data, TableKind::Sessions, m_selection).rows;
        const QString path = m_dir.filePath("sessions.xlsx");
        const auto result = rowexport::exportRows(
            m_data, TableKind::Sessions, rows, path.toStdString(), rowexport::ExportFormat::Xlsx);
        QVERIFY2(result.ok, result.error.c_str());
        QCOMPARE(result.sheets, 1);
        const QStringList members = zipListing(path);
        for (const char* m : {"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
                              "xl/styles.xml"})
            QVERIFY2(members.contains(m), m);
        const QByteArray sheet = unzipMember(path, "xl/worksheets/sheet1.xml");
        QVERIFY(sheet.startsWith("<?xml"));
        QVERIFY(sheet.trimmed().endsWith("</worksheet>"));
        QCOMPARE(sheet.count("<row "), qsizetype(rows.size() + 1));
        // Typed cells: the id as text, the header, startup_time_ms as a number.
        QVERIFY(sheet.contains(QByteArray("<t>") +
                               cell(m_data, TableKind::Sessions, 0, rows.front()).c_str() +
                               "</t>"));
        QVERIFY(sheet.contains("<t>session_id</t>"));
        const QByteArray workbook = unzipMember(path, "xl/workbook.xml");
        QVERIFY(workbook.contains("name=\"sessions\""));
        QVERIFY(!QFile::exists(path + ".part"));
    }

    void xlsxCellsAreTyped()
    {
        // Row 0 of users: signup_date as an Excel date serial with the date style, monthly_fee
        // as an exact number, churned as a boolean, user_id as text, a null churn_date absent.
        uint32_t row = 0;
        while (row < m_data.users.size() && m_data.users.churned[row] != 0)
            ++row;
        QVERIFY(row < m_data.users.size());
        const QString path = m_dir.filePath("typed.xlsx");
        QVERIFY(rowexport::exportRows(m_data, TableKind::Users, {row}, path.toStdString(),
                                      rowexport::ExportFormat::Xlsx)
                    .ok);
        const QByteArray sheet = unzipMember(path, "xl/worksheets/sheet1.xml");
        const qint64 serial = m_data.users.signupDate[row] + 25569;
        QVERIFY(sheet.contains(
            QStringLiteral("<c r=\"B2\" s=\"2\"><v>%1</v></c>").arg(serial).toUtf8()));
        QVERIFY(sheet.contains(QByteArray("<c r=\"G2\"><v>") +
                               cell(m_data, TableKind::Users, 6, row).c_str() + "</v></c>"));
        QVERIFY(sheet.contains("<c r=\"I2\" t=\"b\"><v>0</v></c>"));
        QVERIFY(sheet.contains(QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>") +
                               cell(m_data, TableKind::Users, 0, row).c_str() + "</t>"));
        QVERIFY(!sheet.contains("r=\"J2\""));
    }

    void xlsxContinuesOnFurtherSheets()
    {
        const auto rows = table::rowsOverSelection(m_data, TableKind::Users, m_selection).rows;
        QVERIFY(rows.size() > 30);
        rowexport::ExportOptions options;
        options.rowsPerSheet = rows.size() / 3 + 1; // three sheets, the last one shorter
        const QString path = m_dir.filePath("users.xlsx");
        const auto result =
            rowexport::exportRows(m_data, TableKind::Users, rows, path.toStdString(),
                                  rowexport::ExportFormat::Xlsx, {}, options);
        QVERIFY2(result.ok, result.error.c_str());
        const int sheets = 3;
        QCOMPARE(result.sheets, sheets);
        const QByteArray workbook = unzipMember(path, "xl/workbook.xml");
        QVERIFY(workbook.contains("name=\"users\""));
        QVERIFY(workbook.contains(QStringLiteral("name=\"users (%1)\"").arg(sheets).toUtf8()));
        qsizetype total = 0;
        for (int s = 1; s <= sheets; ++s) {
            const QByteArray sheet =
                unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(s));
            QVERIFY(sheet.contains("<t>user_id</t>")); // each sheet has the header
            total += sheet.count("<row ") - 1;
        }
        QCOMPARE(total, qsizetype(rows.size()));
        // The last sheet's last row is the last user exported.
        const QByteArray last =
            unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheets));
        QVERIFY(last.contains(QByteArray("<t>") +
                              cell(m_data, TableKind::Users, 0, rows.back()).c_str() + "</t>"));
    }

    void cancelLeavesNoFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("csv") << "cancel.csv";
        QTest::newRow("xlsx") << "cancel.xlsx";
    }

    void cancelLeavesNoFile()
    {
        QFETCH(QString, name);
        const QString path = m_dir.filePath(name);
        const auto rows = table::rowsOverSelection(m_data, TableKind::Events,
                                                   query::Selection::all(m_data.sessions.size()))
                              .rows;
        QVERIFY(rows.size() > 40000); // progress is asked at least twice
        int calls = 0;
        const auto result = rowexport::exportRows(
            m_data, TableKind::Events, rows, path.toStdString(),
            *rowexport::formatForPath(name.toStdString()), [&](double) { return ++calls < 2; });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + ".part"));
    }

    void unwritablePathIsAnError()
    {
        const std::string path = m_dir.filePath("missing/dir/x.csv").toStdString();
        for (auto format : {rowexport::ExportFormat::Csv, rowexport::ExportFormat::Xlsx}) {
            const auto result =
                rowexport::exportRows(m_data, TableKind::Sessions, {0, 1}, path, format);
            QVERIFY(!result.ok);
            QVERIFY(!result.cancelled);
            QVERIFY2(QString::fromStdString(result.error).contains("missing/dir"),
                     result.error.c_str());
        }
        // A row outside the table is refused, not read out of bounds.
        const auto bad = rowexport::exportRows(m_data, TableKind::Content, {uint32_t(1) << 30},
                                               m_dir.filePath("bad.csv").toStdString(),
                                               rowexport::ExportFormat::Csv);
        QVERIFY(!bad.ok);
        QVERIFY(!QFile::exists(m_dir.filePath("bad.csv")));
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_table_export.moc"
