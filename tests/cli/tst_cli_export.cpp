// SPDX-License-Identifier: MIT
// `streamlens export-chart`, `report` and `screenshot` as scripts use them: files of the
// requested pixel size and DPI, valid PDFs with the expected page count, SVG as XML, and
// usage errors (exit code 2) for bad arguments.
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using clitest::Run;
using clitest::streamlens;

quint32 bigEndian(const QByteArray& bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

// Width, height (IHDR) and pixels per metre (pHYs) of a PNG, read from its chunks (the CLI
// tests link only the core library, without an image reader).
struct PngFacts {
    bool valid = false;
    QSize size;
    int dpi = 0;
};

PngFacts inspectPng(const QString& path)
{
    PngFacts facts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return facts;
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.mid(12, 4) != "IHDR")
        return facts;
    facts.valid = true;
    facts.size = QSize(int(bigEndian(bytes, 16)), int(bigEndian(bytes, 20)));
    const qsizetype phys = bytes.indexOf("pHYs");
    if (phys > 0 && bytes[phys + 12] == 1) // unit: metre
        facts.dpi = qRound(bigEndian(bytes, int(phys) + 4) * 0.0254);
    return facts;
}

int pdfPages(const QString& path)
{
    if (!QStandardPaths::findExecutable("pdfinfo").isEmpty()) {
        QProcess p;
        p.start("pdfinfo", {path});
        p.waitForFinished(30000);
        const auto m = QRegularExpression(R"(Pages:\s+(\d+))")
                           .match(QString::fromUtf8(p.readAllStandardOutput()));
        return p.exitCode() == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(f.readAll());
    const auto m = QRegularExpression(R"(/Type\s*/Pages[^>]*/Count\s+(\d+))").match(text);
    return text.startsWith("%PDF-") && m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

class TestCliExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_csv;

    QString out(const QString& name) const { return m_dir.filePath(name); }
    Run exportChart(QStringList args)
    {
        return streamlens(QStringList{"export-chart", "--csv", m_csv} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath("csv");
        const Run r = streamlens(
            {"generate", "--out", m_csv, "--sessions", "20000", "--seed", "11", "--no-events"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void listNamesTheCharts()
    {
        const Run r = streamlens({"export-chart", "--list"});
        QCOMPARE(r.exitCode, 0);
        QStringList ids;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.isEmpty())
                ids << QString::fromUtf8(line.split('\t').first());
        QCOMPARE(ids, (QStringList{"timeseries", "breakdown", "heatmap", "matrix", "startup",
                                   "toptitles"}));
        QVERIFY(streamlens({"help"}).out.contains("export-chart"));
    }

    void pngOfTheRequestedSizeAndDpi()
    {
        const QString file = out("heat.png");
        const Run r = exportChart(
            {"--chart", "heatmap", "--out", file, "--size", "1280x720", "--dpi", "200"});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const PngFacts png = inspectPng(file);
        QVERIFY(png.valid);
        QCOMPARE(png.size, QSize(1280, 720));
        QCOMPARE(png.dpi, 200);

        const Run square = exportChart({"--chart", "toptitles", "--out", out("square.png"),
                                        "--size", "1080x1080", "--theme", "dark"});
        QVERIFY2(square.exitCode == 0, square.err.constData());
        QCOMPARE(inspectPng(out("square.png")).size, QSize(1080, 1080));
        QCOMPARE(inspectPng(out("square.png")).dpi, 144); // the default
    }

    void pdfAndSvgAreVector()
    {
        const Run pdf = exportChart({"--chart", "startup", "--out", out("startup.pdf")});
        QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
        QCOMPARE(pdfPages(out("startup.pdf")), 1);

        const Run svg = exportChart({"--chart", "timeseries", "--metric", "vsf_rate", "--out",
                                     out("series.svg"), "--where", "device_type=smart_tv"});
        QVERIFY2(svg.exitCode == 0, svg.err.constData());
        QFile f(out("series.svg"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int paths = 0, images = 0;
        bool titled = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                paths +=
                    xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline");
                images += xml.name() == QLatin1String("image");
            }
            if (xml.tokenType() == QXmlStreamReader::Characters &&
                xml.text().contains(QLatin1String("per day")))
                titled = true;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(paths > 5);
        QCOMPARE(images, 0);
        QVERIFY(titled);
    }

    void byAndMetricWhereTheChartOffersThem()
    {
        const Run ok = exportChart({"--chart", "breakdown", "--by", "device_type", "--metric",
                                    "playback_failure_rate", "--out", out("by.png")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(inspectPng(out("by.png")).size, QSize(1920, 1080));

        Run r = exportChart({"--chart", "heatmap", "--by", "cdn", "--out", out("x.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("cannot be grouped by"));
        r = exportChart({"--chart", "breakdown", "--metric", "bogus", "--out", out("x.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("cannot show metric"));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no chart") << QStringList{"--out", "x.png"} << "--chart NAME is required";
        QTest::newRow("unknown chart")
            << QStringList{"--chart", "pie", "--out", "x.png"} << "unknown chart 'pie'";
        QTest::newRow("no out") << QStringList{"--chart", "heatmap"} << "--out";
        QTest::newRow("bad suffix")
            << QStringList{"--chart", "heatmap", "--out", "x.bmp"} << ".png, .pdf or .svg";
        QTest::newRow("bad size") << QStringList{"--chart", "heatmap", "--out",
                                                 "x.png",   "--size",  "big"}
                                  << "--size";
        QTest::newRow("bad dpi") << QStringList{"--chart", "heatmap", "--out",
                                                "x.png",   "--dpi",   "5000"}
                                 << "dpi";
        QTest::newRow("cramped") << QStringList{"--chart", "heatmap", "--out", "x.png",
                                                "--size",  "300x200", "--dpi", "600"}
                                 << "too little room";
        QTest::newRow("bad theme")
            << QStringList{"--chart", "heatmap", "--out", "x.png", "--theme", "pink"} << "--theme";
        QTest::newRow("bad where")
            << QStringList{"--chart", "heatmap", "--out", "x.png", "--where", "nosuch=1"}
            << "nosuch";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "Usage";
    }
    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = exportChart(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists("x.png"));
    }

    void unwritableFileIsAnInputError()
    {
        const Run r =
            exportChart({"--chart", "matrix", "--out", "/nonexistent-dir/streamlens/x.pdf"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("/nonexistent-dir/streamlens/x.pdf"));
    }

    void reportHasTitleSummaryAndOnePagePerChart()
    {
        const QString file = out("report.pdf");
        const Run r = streamlens(
            {"report", "--csv", m_csv, "--where", "device_type=smart_tv", "--out", file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("8 pages"));
        QCOMPARE(pdfPages(file), 2 + 6);

        Run bad = streamlens({"report", "--csv", m_csv, "--out", out("report.png")});
        QCOMPARE(bad.exitCode, 2);
        bad = streamlens({"report", "--csv", m_csv});
        QCOMPARE(bad.exitCode, 2);
        bad = streamlens({"report", "--csv", m_dir.filePath("missing"), "--out", file});
        QCOMPARE(bad.exitCode, 3);
    }

    void screenshotNamesThePagesItKnows()
    {
        const Run r =
            streamlens({"screenshot", "--csv", m_csv, "--page", "nowhere", "--out", out("s.png")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("overview"));
        QVERIFY(r.err.contains("explore"));
        const Run ok = streamlens({"screenshot", "--csv", m_csv, "--page", "explore", "--out",
                                   out("s.png"), "--size", "1366x768"});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(inspectPng(out("s.png")).size, QSize(1366, 768));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
