// SPDX-License-Identifier: MIT
// Foreign files through column mapping into a Dataset: formats (encodings, delimiter, decimal
// comma, date patterns, no header), rejects reported at the user's line and column, all or
// nothing, re-import, and the two real Netflix files with the mappings StreamLens ships.
#include "../ImportTestSupport.h"
#include "io/mapping/ForeignImporter.h"
#include "io/mapping/ForeignPreview.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace streamlens;
using namespace streamlens::io;
using namespace streamlens::importtest;
using Mapping = streamlens::io::mapping::ColumnMapping;
using streamlens::io::mapping::ColumnRule;
using streamlens::io::mapping::ForeignFile;
using streamlens::io::mapping::importForeign;

namespace {

const std::string kMappings = STREAMLENS_TEST_DATA_DIR "/../../resources/mappings/";

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

ColumnRule from(const char* header)
{
    ColumnRule r;
    r.source = ColumnRule::Source::Header;
    r.header = header;
    return r;
}

ColumnRule at(int position)
{
    ColumnRule r;
    r.source = ColumnRule::Source::Position;
    r.position = position;
    return r;
}

ColumnRule constant(const char* value)
{
    ColumnRule r;
    r.source = ColumnRule::Source::Constant;
    r.constant = value;
    return r;
}

// A German-style users file: Kennung;Beitritt;Land;Alter;Tarif;Preis;Genre.
Mapping germanUsers()
{
    Mapping m(TableKind::Users);
    m.format.delimiter = ';';
    m.format.decimalSeparator = ',';
    m.format.dateFormat = "dd.MM.yyyy";
    m.rule("user_id") = from("Kennung");
    m.rule("user_id").idTemplate = "de-{}";
    m.rule("signup_date") = from("Beitritt");
    m.rule("country") = from("Land");
    m.rule("country").countryName = true;
    m.rule("age") = from("Alter");
    m.rule("plan") = from("Tarif");
    m.rule("plan").caseFold = ColumnRule::Case::Lower;
    m.rule("monthly_fee") = from("Preis");
    m.rule("preferred_genre") = from("Genre");
    m.rule("churned") = constant("false");
    return m;
}

const QString kGermanUsers =
    QStringLiteral("Kennung;Beitritt;Land;Alter;Tarif;Preis;Genre\r\n"
                   "1;01.03.2024;Germany;34;Basic;9,99;Komödie\r\n"
                   "2;15.11.2023;Österreich;;Premium;17,5;Drama\r\n"
                   "3;29.02.2024;Austria;;PREMIUM;17,5;\"Krimi; Thriller\"\r\n");

// The users of germanUsers() once imported (the Österreich row is rejected: not English).
const std::vector<std::string> kGermanDump = {
    "user de-1|19783|DE|34|null|basic|9990|Komödie|0|null",
    "user de-3|19782|AT|null|null|premium|17500|Krimi; Thriller|0|null"};

ImportReport importOne(Dataset& d, const QString& path, const Mapping& m, double rate = 1.0)
{
    ImportOptions options;
    options.maxRejectRate = rate;
    return importForeign(d, {ForeignFile{path.toStdString(), m}}, options);
}

} // namespace

class TestMappingImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void latin1SemicolonDecimalCommaAndDatePattern()
    {
        const QString file = path("latin1.csv");
        write(file, kGermanUsers.toLatin1());
        Mapping m = germanUsers();
        m.format.encoding = "ISO-8859-1";
        Dataset d;
        const ImportReport r = importOne(d, file, m);
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        QCOMPARE(r.rowsIn, int64_t(3));
        QCOMPARE(r.rowsLoaded, int64_t(2));
        QCOMPARE(rejects(r), std::vector<std::string>{
                                 "latin1.csv:3|Land|unknown country name \"Österreich\" (no ISO "
                                 "3166-1 code) (for country)|Österreich"});
        QCOMPARE(dump(d), kGermanDump);
        QCOMPARE(d.source, file.toStdString());
        QCOMPARE(r.files.size(), size_t(1));
        QCOMPARE(r.files[0].path, file.toStdString());
        QCOMPARE(r.files[0].rowsRejected, int64_t(1));
        QVERIFY(std::find(r.notes.begin(), r.notes.end(),
                          "latin1.csv was read as ISO-8859-1 text") != r.notes.end());
    }

    void utf16FilesAreRecognisedByTheirByteOrderMark_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("UTF-16LE") << int(QStringConverter::Utf16LE);
        QTest::newRow("UTF-16BE") << int(QStringConverter::Utf16BE);
    }
    void utf16FilesAreRecognisedByTheirByteOrderMark()
    {
        QFETCH(int, encoding);
        QStringEncoder encoder(QStringConverter::Encoding(encoding),
                               QStringConverter::Flag::WriteBom);
        const QString file = path("utf16.csv");
        write(file, encoder.encode(kGermanUsers));
        Mapping m = germanUsers(); // says UTF-8: the byte order mark wins
        Dataset d;
        const ImportReport r = importOne(d, file, m);
        QCOMPARE(r.rowsLoaded, int64_t(2));
        QCOMPARE(dump(d), kGermanDump);
        QCOMPARE(rejects(r).size(), size_t(1));
        QCOMPARE(r.rejects[0].line, int64_t(3));
    }

    void utf16WithoutBomByChoice()
    {
        const QString file = path("utf16-nobom.csv");
        QStringEncoder encoder(QStringConverter::Utf16LE);
        write(file, encoder.encode(kGermanUsers));
        Mapping m = germanUsers();
        m.format.encoding = "UTF-16LE";
        Dataset d;
        QCOMPARE(importOne(d, file, m).rowsLoaded, int64_t(2));
        QCOMPARE(dump(d), kGermanDump);
    }

    void latin1ReadAsUtf8IsRejectedWithAHint()
    {
        const QString file = path("latin1-as-utf8.csv");
        write(file, kGermanUsers.toLatin1());
        Dataset d;
        const ImportReport r = importOne(d, file, germanUsers());
        QCOMPARE(r.rowsLoaded, int64_t(1)); // the row without umlauts
        QCOMPARE(r.rejects.size(), size_t(2));
        QCOMPARE(r.rejects[0].line, int64_t(2));
        QCOMPARE(r.rejects[0].column, std::string("Genre"));
        QVERIFY(r.rejects[0].reason.find("encoding") != std::string::npos);
    }

    void bytesInvalidInTheEncodingAreAFileErrorWithTheLine()
    {
        const QString file = path("cp1252.csv");
        QByteArray bytes = kGermanUsers.toLatin1();
        bytes.replace("Drama", "Dr\x81ma"); // 0x81 is unassigned in Windows-1252
        write(file, bytes);
        Mapping m = germanUsers();
        m.format.encoding = "Windows-1252";
        Dataset d;
        const ImportReport r = importOne(d, file, m);
        QCOMPARE(r.status, ImportStatus::FileError);
        QCOMPARE(r.error,
                 file.toStdString() +
                     ":3: byte 0x81 is not valid Windows-1252 text (is the encoding right?)");
        QCOMPARE(d.users.size(), size_t(0));
        m.format.encoding = "KLINGON-8";
        QCOMPARE(importOne(d, file, m).error, std::string("unknown text encoding \"KLINGON-8\""));
    }

    void filesWithoutHeaderMapByPosition()
    {
        const QString file = path("noheader.csv");
        QString text = kGermanUsers;
        text = text.mid(text.indexOf('\n') + 1); // drop the header
        write(file, text.toUtf8());
        Mapping m = germanUsers();
        m.format.hasHeader = false;
        Dataset d;
        ImportReport r = importOne(d, file, m); // names cannot work without a header
        QCOMPARE(r.status, ImportStatus::FileError);
        QVERIFY2(r.error.find("no header row") != std::string::npos, r.error.c_str());
        const char* contract[] = {"user_id", "signup_date", "country",        "age",
                                  "plan",    "monthly_fee", "preferred_genre"};
        for (int i = 0; i < 7; ++i) {
            ColumnRule& rule = m.rule(contract[i]);
            const ColumnRule old = rule;
            rule = at(i);
            rule.idTemplate = old.idTemplate;
            rule.countryName = old.countryName;
            rule.caseFold = old.caseFold;
        }
        r = importOne(d, file, m);
        QCOMPARE(r.rowsLoaded, int64_t(2));
        QCOMPARE(dump(d), kGermanDump);
        QCOMPARE(rejects(r), std::vector<std::string>{
                                 "noheader.csv:2|column 3|unknown country name \"Österreich\" (no "
                                 "ISO 3166-1 code) (for country)|Österreich"});
    }

    // Rejects name the user's file, physical line (quoted line breaks count), the user's
    // column and the reason, whether the mapping or the contract importer refused the row.
    void rejectsPointAtTheOriginalLineAndColumn()
    {
        const QString file = path("positions.csv");
        write(file, "id,joined,Land,Alter,plan,fee,notes\n"             // 1
                    "1,2024-01-01,Germany,30,basic,9.99,\"first line\n" // 2
                    "second line\n"                                     // 3
                    "third\"\n"                                         // 4
                    "2,2024-01-02,Atlantis,30,basic,9.99,x\n"           // 5
                    "3,2024-01-03,France,200,basic,9.99,\"multi\n"      // 6
                    "line\"\n"                                          // 7
                    "4,2024-01-04,Spain,40,gold,9.99,y\n"               // 8
                    "5,2024-01-05,Italy,40,basic,9.99\n"                // 9
                    "1,2024-01-06,Italy,41,basic,9.99,dup\n"            // 10
                    "\n"                                                // 11
                    "6,2024-01-07,Italy,41,basic,9.99,\"ok\"\n");       // 12
        Mapping m(TableKind::Users);
        m.rule("user_id") = from("id");
        m.rule("signup_date") = from("joined");
        m.rule("country") = from("Land");
        m.rule("country").countryName = true;
        m.rule("age") = from("Alter");
        m.rule("plan") = from("plan");
        m.rule("monthly_fee") = from("fee");
        m.rule("churned") = constant("no");
        Dataset d;
        const ImportReport r = importOne(d, file, m);
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        QCOMPARE(r.rowsIn, int64_t(7));
        QCOMPARE(r.rowsLoaded, int64_t(2));
        QCOMPARE(r.rowsRejected, int64_t(5));
        const std::vector<std::string> got = rejects(r);
        QCOMPARE(got.size(), size_t(5));
        QCOMPARE(got[0], std::string("positions.csv:5|Land|unknown country name \"Atlantis\" (no "
                                     "ISO 3166-1 code) (for country)|Atlantis"));
        QVERIFY2(got[1].starts_with("positions.csv:6|Alter|") &&
                     got[1].find("(as age)") != std::string::npos,
                 got[1].c_str());
        QVERIFY2(got[2].starts_with("positions.csv:8|plan|") &&
                     got[2].find("gold") != std::string::npos &&
                     got[2].find("(as ") == std::string::npos,
                 got[2].c_str());
        QCOMPARE(got[3], std::string("positions.csv:9||the row has 6 fields, the header (or first "
                                     "row) has 7|"));
        QVERIFY2(got[4].starts_with("positions.csv:10|id|") &&
                     got[4].find("(as user_id)") != std::string::npos,
                 got[4].c_str());
        // The unmapped column came along, multi-line text intact.
        QCOMPARE(d.extraColumns.size(), size_t(1));
        QCOMPARE(d.extraColumns[0].name, std::string("notes"));
        QCOMPARE(std::string(d.extraColumns[0].values.value(0)),
                 std::string("first line\nsecond line\nthird"));
        QCOMPARE(r.files[0].unknownColumns, std::vector<std::string>{"notes"});
    }

    void requiredColumnWithoutSourceIsRefusedByName()
    {
        const QString file = path("nochurn.csv");
        write(file, kGermanUsers.toUtf8());
        Mapping m = germanUsers();
        m.rule("churned") = ColumnRule{};
        m.rule("plan") = ColumnRule{};
        Dataset d;
        const ImportReport r = importOne(d, file, m);
        QCOMPARE(r.status, ImportStatus::FileError);
        QCOMPARE(r.error, file.toStdString() +
                              " (users): required contract columns plan, churned of users have "
                              "no source: map a column of the file or give a constant");
        m = germanUsers();
        m.rule("age") = from("Jahre");
        QVERIFY(
            importOne(d, file, m)
                .error.find(
                    "column age reads \"Jahre\", which the file's header does not have (it has: "
                    "Kennung, Beitritt, Land, Alter, Tarif, Preis, Genre)") != std::string::npos);
        QCOMPARE(d.users.size(), size_t(0));
    }

    // The threshold counts rows the mapping refused and rows the importer refused together.
    void tooManyRejectsLoadNothing()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto before = dump(d);
        const QString file = path("strict.csv");
        write(file, kGermanUsers.toUtf8());
        ImportReport r = importOne(d, file, germanUsers(), 0.01);
        QCOMPARE(r.status, ImportStatus::TooManyRejects);
        QCOMPARE(r.error, std::string("1 of 3 rows rejected (33.33 % > 1.00 % allowed); nothing "
                                      "was loaded"));
        QCOMPARE(r.rowsLoaded, int64_t(0));
        QCOMPARE(dump(d), before);
        // One mapping reject and one importer reject (age 7): 2 of 3 > 1/3.
        QString text = kGermanUsers;
        write(file, text.replace("Germany;34", "Germany;7").toUtf8());
        r = importOne(d, file, germanUsers(), 0.34);
        QCOMPARE(r.status, ImportStatus::TooManyRejects);
        QCOMPARE(r.rowsRejected, int64_t(2));
        QCOMPARE(dump(d), before);
        r = importOne(d, file, germanUsers(), 0.67);
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        QCOMPARE(r.rowsLoaded, int64_t(1));
    }

    // Importing users alone into data that has sessions: the other tables stay, and the same
    // file again replaces its rows with themselves.
    void usersOnlyIntoExistingDataAndReimport()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const size_t users = d.users.size(), sessions = d.sessions.size();
        QVERIFY(sessions > 0);
        const QString file = path("more-users.csv");
        write(file, kGermanUsers.toUtf8());
        ImportReport r = importOne(d, file, germanUsers());
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        QCOMPARE(r.rowsInserted, int64_t(2));
        QCOMPARE(d.users.size(), users + 2);
        QCOMPARE(d.sessions.size(), sessions);
        const auto after = dump(d);
        r = importOne(d, file, germanUsers());
        QCOMPARE(r.rowsInserted, int64_t(0));
        QCOMPARE(r.rowsReplaced, int64_t(2));
        QCOMPARE(dump(d), after);
    }

    void cancelLoadsNothing()
    {
        Dataset d;
        QCOMPARE(importInto(d, {dir("valid")}).status, ImportStatus::Ok);
        const auto before = dump(d);
        const QString file = path("cancel.csv");
        write(file, kGermanUsers.toUtf8());
        for (double stopAt : {0.0, 0.5, 0.96}) { // mapping pass, import, before the commit
            ImportOptions options;
            options.maxRejectRate = 1.0;
            options.progress = [stopAt](double f) { return f < stopAt; };
            const ImportReport r =
                importForeign(d, {ForeignFile{file.toStdString(), germanUsers()}}, options);
            QCOMPARE(r.status, ImportStatus::Cancelled);
            QCOMPARE(dump(d), before);
        }
    }

    void previewShowsRowsAsTheFormatReadsThem()
    {
        const QString file = path("preview.csv");
        write(file, kGermanUsers.toLatin1());
        CsvFormat format;
        auto p = mapping::previewForeign(file.toStdString(), format);
        QVERIFY(p.ok());
        QCOMPARE(p.columns.size(), size_t(1)); // comma: the header is one column
        format.delimiter = ';';
        format.encoding = "ISO-8859-1";
        p = mapping::previewForeign(file.toStdString(), format, 2);
        QVERIFY(p.ok());
        QCOMPARE(p.columns.size(), size_t(7));
        QCOMPARE(p.rows.size(), size_t(2));
        QCOMPARE(p.rows[1][2], std::string("Österreich"));
        QCOMPARE(p.lines, (std::vector<int64_t>{2, 3}));
        format.hasHeader = false;
        p = mapping::previewForeign(file.toStdString(), format, 1);
        QCOMPARE(p.columns[0], std::string("column 1"));
        QCOMPARE(p.rows[0][0], std::string("Kennung"));
        format.quote = ';';
        QVERIFY(!mapping::previewForeign(file.toStdString(), format).ok());
    }

    void netflixUserbaseWithTheShippedMapping()
    {
        const std::string file = STREAMLENS_SHARED_DIR "/data/netflix_userbase.csv";
        if (!QFile::exists(QString::fromStdString(file)))
            QSKIP("../shared/data/netflix_userbase.csv is not present on this machine");
        Mapping m;
        std::string error;
        QVERIFY2(Mapping::load(kMappings + "netflix_userbase.users.json", m, &error),
                 error.c_str());
        Dataset d;
        const ImportReport r =
            importOne(d, QString::fromStdString(file), m, m.format.maxRejectRate);
        QVERIFY2(r.loaded(), r.summary().c_str());
        QCOMPARE(r.rowsIn, int64_t(2500));
        QCOMPARE(r.rowsLoaded, int64_t(2500));
        QCOMPARE(r.rowsRejected, int64_t(0));
        // 1,Basic,10,15-01-22,10-06-23,United States,28,Male,Smartphone,1 Month
        QCOMPARE(dump(d)[0],
                 std::string("user nf-user-1|19007|US|28|male|basic|10000|null|0|null"));
        QCOMPARE(r.files[0].unknownColumns,
                 (std::vector<std::string>{"Last_Payment_Date", "Device", "Plan_Duration"}));
        QCOMPARE(d.extraColumns.size(), size_t(3));
        QCOMPARE(std::string(d.extraColumns[1].values.value(0)), std::string("Smartphone"));
    }

    void netflixTitlesWithTheShippedMapping()
    {
        const std::string file = STREAMLENS_SHARED_DIR "/data/netflix_titles.csv";
        if (!QFile::exists(QString::fromStdString(file)))
            QSKIP("../shared/data/netflix_titles.csv is not present on this machine");
        Mapping m;
        std::string error;
        QVERIFY2(Mapping::load(kMappings + "netflix_titles.content.json", m, &error),
                 error.c_str());
        Dataset d;
        ImportReport r = importOne(d, QString::fromStdString(file), m, m.format.maxRejectRate);
        QVERIFY2(r.loaded(), r.summary().c_str());
        // Counts from Python's csv module: 8,786 titles, 2,574 with "N Season(s)", 270 without
        // a duration; records start on their physical lines (two hold line breaks).
        QCOMPARE(r.rowsIn, int64_t(8786));
        QCOMPARE(r.rowsRejected, int64_t(2574 + 270));
        QCOMPARE(r.rowsLoaded, int64_t(5942));
        QCOMPARE(r.rejects.front().line, int64_t(3)); // s2, "2 Seasons"
        QCOMPARE(r.rejects.front().column, std::string("duration"));
        QCOMPARE(r.rejects.front().value, std::string("2 Seasons"));
        QVERIFY(r.rejects.front().reason.starts_with("\"2 Seasons\" counts seasons"));
        auto atLine = [&](int64_t line) {
            auto it = std::find_if(r.rejects.begin(), r.rejects.end(),
                                   [&](const RejectedRow& x) { return x.line == line; });
            return it == r.rejects.end() ? std::string("none") : it->column + "|" + it->reason;
        };
        QCOMPARE(atLine(5543), std::string("duration|required value is missing (as duration_s)"));
        QVERIFY2(atLine(8786).starts_with(
                     "duration|\"2 Seasons\" counts seasons"), // s8804, past line breaks
                 atLine(8786).c_str());
        QCOMPARE(d.content.size(), size_t(5942));
        QCOMPARE(std::string(d.content.contentId.value(0)), std::string("nf-s1"));
        QCOMPARE(d.content.durationS[0], 90 * 60);
        QCOMPARE(std::string(*d.content.genre.value(0)), std::string("Documentaries"));

        // With an assumed length per season the shows come in too; only the blanks stay out.
        m.rule("duration_s").secondsPerSeason = 10 * 3600;
        Dataset all;
        r = importOne(all, QString::fromStdString(file), m, 0.05);
        QCOMPARE(r.status, ImportStatus::OkWithRejects);
        QCOMPARE(r.rowsRejected, int64_t(270));
        QCOMPARE(all.content.size(), size_t(8786 - 270));
    }
};

QTEST_GUILESS_MAIN(TestMappingImport)
#include "tst_io_mapping_import.moc"
