// SPDX-License-Identifier: MIT
// The streaming RFC 4180 reader: one fixture per edge case (tests/data/import/csv), block
// boundaries anywhere (tiny blocks must give the same records as one big block), and the
// file-level errors for files that are not CSV at all.
#include "io/CsvReader.h"
#include "io/CsvTokenizer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>
#include <vector>

using namespace streamlens::io;

// Lets QCOMPARE show the text of std::string values that differ.
namespace QTest {
template <> char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest

namespace {

const std::string kDir = STREAMLENS_TEST_DATA_DIR "/import/csv/";

struct Parsed {
    std::vector<std::vector<std::string>> records;
    std::vector<int64_t> lines;
    std::vector<int> malformed;
    std::string error;
    bool opened = false;
};

Parsed readAll(const std::string& path, CsvReader::Options options = {})
{
    Parsed p;
    CsvReader reader(options);
    p.opened = reader.open(path);
    if (!p.opened) {
        p.error = reader.error();
        return p;
    }
    CsvRecord r;
    while (reader.readRecord(r)) {
        p.records.emplace_back(r.fields.begin(), r.fields.end());
        p.lines.push_back(r.line);
        p.malformed.push_back(r.malformedField);
    }
    p.error = reader.error();
    return p;
}

using Rows = std::vector<std::vector<std::string>>;

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

} // namespace

class TestIoCsvReader : public QObject {
    Q_OBJECT
private slots:
    void byteOrderMarkIsSkipped()
    {
        const Parsed p = readAll(kDir + "bom.csv");
        QCOMPARE(p.error, std::string());
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "alpha"}}));
    }

    void crlfLineEnds()
    {
        const Parsed p = readAll(kDir + "crlf.csv");
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "alpha"}, {"2", "beta"}}));
        QCOMPARE(p.lines, (std::vector<int64_t>{1, 2, 3}));
    }

    void quotedNewlineKeepsPhysicalLineNumbers()
    {
        const Parsed p = readAll(kDir + "quoted_newline.csv");
        QCOMPARE(p.records, (Rows{{"id", "text"}, {"1", "line one\nline two"}, {"2", "plain"}}));
        // Record 2 spans lines 2-3, so the next record starts on line 4.
        QCOMPARE(p.lines, (std::vector<int64_t>{1, 2, 4}));
    }

    void quotedCrlfIsKeptInsideTheField()
    {
        const Parsed p = readAll(kDir + "quoted_crlf.csv");
        QCOMPARE(p.records, (Rows{{"id", "text"}, {"1", "line one\r\nline two"}, {"2", "plain"}}));
        QCOMPARE(p.lines, (std::vector<int64_t>{1, 2, 4}));
    }

    void doubledQuotes()
    {
        const Parsed p = readAll(kDir + "doubled_quotes.csv");
        QCOMPARE(
            p.records,
            (Rows{{"id", "text"}, {"1", "He said \"hi\", then left"}, {"2", "\""}, {"3", ""}}));
    }

    void noTrailingNewline()
    {
        const Parsed p = readAll(kDir + "no_trailing_newline.csv");
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "alpha"}, {"2", "beta"}}));
    }

    void emptyFileHasNoRecordsAndNoError()
    {
        for (const char* name : {"empty.csv", "bom_only.csv"}) {
            const Parsed p = readAll(kDir + name);
            QVERIFY(p.opened);
            QCOMPARE(p.records.size(), size_t(0));
            QCOMPARE(p.error, std::string());
        }
    }

    void headerOnly()
    {
        const Parsed p = readAll(kDir + "header_only.csv");
        QCOMPARE(p.records, (Rows{{"id", "name"}}));
    }

    void blankLinesAreSkipped()
    {
        const Parsed p = readAll(kDir + "blank_lines.csv");
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "alpha"}, {"2", "beta"}}));
        QCOMPARE(p.lines, (std::vector<int64_t>{1, 3, 5}));
    }

    void configurableDelimiterAndQuote()
    {
        CsvReader::Options semicolon;
        semicolon.dialect.delimiter = ';';
        QCOMPARE(readAll(kDir + "semicolon.csv", semicolon).records,
                 (Rows{{"id", "name"}, {"1", "x;y"}, {"2", "plain"}}));
        CsvReader::Options single;
        single.dialect.quote = '\'';
        QCOMPARE(readAll(kDir + "single_quote.csv", single).records,
                 (Rows{{"id", "name"}, {"1", "x,y"}, {"2", "it's"}}));
    }

    void trailingDelimiterMeansEmptyLastField()
    {
        QCOMPARE(readAll(kDir + "trailing_delimiter.csv").records,
                 (Rows{{"id", "name", ""}, {"1", "alpha", ""}}));
    }

    void strayQuoteInsideFieldIsText()
    {
        const Parsed p = readAll(kDir + "stray_quote.csv");
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "12\" screen"}, {"2", "beta"}}));
        QCOMPARE(p.malformed, (std::vector<int>{-1, -1, -1}));
    }

    void textAfterClosingQuoteFlagsTheRecord()
    {
        const Parsed p = readAll(kDir + "text_after_quote.csv");
        QCOMPARE(p.error, std::string());
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "alpha"}, {"2", "beta"}}));
        QCOMPARE(p.malformed, (std::vector<int>{-1, 1, -1}));
    }

    void utf8TextPassesThrough()
    {
        QCOMPARE(readAll(kDir + "utf8_text.csv").records,
                 (Rows{{"id", "name"}, {"1", "Zo\xc3\xab"}, {"2", "\xe6\x9d\xb1\xe4\xba\xac"}}));
    }

    void unterminatedQuoteIsAFileError()
    {
        const Parsed p = readAll(kDir + "unterminated_quote.csv");
        QCOMPARE(p.records, (Rows{{"id", "name"}, {"1", "alpha"}}));
        QCOMPARE(p.error, kDir + "unterminated_quote.csv: unterminated quoted field starting on "
                                 "line 3 (the file ends inside quotes)");
    }

    void binaryFilesAreNotCsv_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("png") << "not_csv.png"
                             << "is not a CSV text file: it looks like a PNG image";
        QTest::newRow("png renamed") << "png_renamed.csv"
                                     << "is not a CSV text file: it looks like a PNG image";
        QTest::newRow("gzip") << "gzip_renamed.csv"
                              << "is not a CSV text file: it looks like gzip-compressed data";
        QTest::newRow("utf16") << "utf16.csv"
                               << "is UTF-16 (or UTF-32) text; save it as UTF-8";
        QTest::newRow("nul") << "nul_byte.csv"
                             << "is not a CSV text file: NUL byte at byte offset 20 (line 3)";
        QTest::newRow("control") << "control_chars.csv"
                                 << "is not a CSV text file: control character 0x01 at byte 10";
    }
    void binaryFilesAreNotCsv()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        const std::string path = kDir + file.toStdString();
        const Parsed p = readAll(path);
        QVERIFY(p.opened);
        QCOMPARE(p.records.size(), size_t(0));
        QCOMPARE(p.error, path + " " + reason.toStdString());
    }

    void missingFileAndDirectory()
    {
        Parsed p = readAll(kDir + "does_not_exist.csv");
        QVERIFY(!p.opened);
        QCOMPARE(p.error, "cannot open " + kDir + "does_not_exist.csv: No such file or directory");
        p = readAll(kDir);
        QVERIFY(!p.opened);
        QCOMPARE(p.error, "cannot read " + kDir + ": it is a directory");
    }

    // Every block size from tiny to large gives the same records and line numbers: carried
    // over partial records, quotes split across blocks, \r\n split across blocks.
    void blockBoundariesAnywhere()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("mixed.csv").toStdString();
        std::string content = "id,text,n\r\n";
        Rows expected{{"id", "text", "n"}};
        for (int i = 0; i < 60; ++i) {
            const std::string id = std::to_string(i);
            switch (i % 4) {
            case 0:
                content += id + ",plain " + id + "," + id + "\r\n";
                expected.push_back({id, "plain " + id, id});
                break;
            case 1:
                content += id + ",\"multi\nline, \"\"quoted\"\"\"," + id + "\n";
                expected.push_back({id, "multi\nline, \"quoted\"", id});
                break;
            case 2:
                content += id + ",\"\"," + id + "\r\n";
                expected.push_back({id, "", id});
                break;
            default:
                content += id + ",\"a\r\nb\",\n";
                expected.push_back({id, "a\r\nb", ""});
            }
        }
        writeFile(path, content);
        const Parsed reference = readAll(path);
        QCOMPARE(reference.records, expected);
        for (size_t block : {16, 17, 18, 19, 23, 31, 64, 100, 257}) {
            CsvReader::Options options;
            options.blockSize = block;
            const Parsed p = readAll(path, options);
            QCOMPARE(p.error, std::string());
            QCOMPARE(p.records, expected);
            QCOMPARE(p.lines, reference.lines);
        }
    }

    // A real export nobody here wrote (../shared/data, see its README): quoted fields with
    // commas and line breaks. Expected counts from Python's csv module:
    // len(list(csv.reader(open(path, newline='')))) = 8787 records of 12 fields, 2 of them
    // with a line break inside a field.
    void realWorldExport()
    {
        const std::string path = STREAMLENS_SHARED_DIR "/data/netflix_titles.csv";
        if (!QFile::exists(QString::fromStdString(path)))
            QSKIP("../shared/data/netflix_titles.csv is not present on this machine");
        for (size_t block : {size_t(4096), size_t(32) << 20}) {
            CsvReader::Options options;
            options.blockSize = block;
            const Parsed p = readAll(path, options);
            QCOMPARE(p.error, std::string());
            QCOMPARE(p.records.size(), size_t(8787));
            size_t twelve = 0, withNewline = 0;
            for (const auto& r : p.records) {
                twelve += r.size() == 12;
                for (const auto& f : r)
                    if (f.find('\n') != std::string::npos) {
                        ++withNewline;
                        break;
                    }
            }
            QCOMPARE(twelve, size_t(8787));
            QCOMPARE(withNewline, size_t(2));
            QCOMPARE(p.records[0][0], std::string("show_id"));
        }
    }

    void recordLongerThanTheLimitIsAFileError()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("long.csv").toStdString();
        writeFile(path, "id,text\n1,\"" + std::string(5000, 'x') + "\"\n");
        CsvReader::Options options;
        options.blockSize = 64;
        options.maxRecordBytes = 1024;
        const Parsed p = readAll(path, options);
        QCOMPARE(p.records, (Rows{{"id", "text"}}));
        QCOMPARE(p.error, path + ": the record starting on line 2 is longer than 1024 bytes (is "
                                 "a quote unterminated?)");
        options.maxRecordBytes = 8192; // now it fits
        QCOMPARE(readAll(path, options).records.size(), size_t(2));
    }

    void splitPointRespectsQuotes()
    {
        const std::string data = "a,\"x\ny\"\nb,c\nd,e\n";
        const char* b = data.data();
        const char* e = b + data.size();
        // From inside the quoted field: the \n at index 4 is quoted; the next free one ends
        // the first record at index 7.
        QCOMPARE(CsvTokenizer::splitPoint(b, b + 3, e, '"'), b + 8);
        QCOMPARE(CsvTokenizer::splitPoint(b, b + 9, e, '"'), b + 12);
        QCOMPARE(CsvTokenizer::splitPoint(b, b + 13, e, '"'), nullptr); // last \n ends data
    }

    void blockInterfaceReportsWholeRecords()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("blocks.csv").toStdString();
        writeFile(path, "h\n111\n222\n333\n");
        CsvReader::Options options;
        options.blockSize = 16;
        CsvReader reader(options);
        QVERIFY(reader.open(path));
        CsvReader::Block block;
        QVERIFY(reader.readBlock(block));
        QCOMPARE(block.size, size_t(14));
        QVERIFY(block.atEof);
        QCOMPARE(block.firstLine, int64_t(1));
        reader.consume(6, 2); // "h\n111\n"
        QVERIFY(reader.readBlock(block));
        QCOMPARE(std::string(block.data, block.size), std::string("222\n333\n"));
        QCOMPARE(block.firstLine, int64_t(3));
        QCOMPARE(reader.bytesConsumed(), uint64_t(6));
        reader.consume(block.size, 2);
        QVERIFY(!reader.readBlock(block));
        QVERIFY(!reader.failed());
    }
};

QTEST_APPLESS_MAIN(TestIoCsvReader)
#include "tst_io_csvreader.moc"
