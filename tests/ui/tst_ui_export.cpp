// SPDX-License-Identifier: MIT
// Chart export: exact pixel sizes with DPI metadata, charts drawn anew (not blown up), vector
// PDF and SVG, the clipboard, the export dialog's defaults, and the report's pages.
#include "charts/BreakdownChart.h"
#include "charts/ExploreChart.h"
#include "data/DataController.h"
#include "export/ChartExportMenu.h"
#include "export/ChartExporter.h"
#include "export/ExportDialog.h"
#include "export/ReportExporter.h"
#include "export/ReportSummary.h"
#include "export/ReportWriter.h"
#include "filters/FilterEditor.h"
#include "generator/SyntheticGenerator.h"
#include "pages/ExplorePage.h"
#include "style/Theme.h"
#include "summary/KpiSignificance.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace streamlens;

namespace {
// Pages and page size of a PDF: pdfinfo when installed (it also proves the file parses),
// else the page tree's /Count and the first /MediaBox.
struct PdfFacts {
    int pages = -1;
    QSizeF pageSizePoints;
};

PdfFacts inspectPdf(const QString& path)
{
    PdfFacts facts;
    if (!QStandardPaths::findExecutable("pdfinfo").isEmpty()) {
        QProcess p;
        p.start("pdfinfo", {path});
        p.waitForFinished(30000);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (p.exitCode() != 0)
            return facts;
        const auto pages = QRegularExpression(R"(Pages:\s+(\d+))").match(out);
        const auto size = QRegularExpression(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)").match(out);
        if (pages.hasMatch())
            facts.pages = pages.captured(1).toInt();
        if (size.hasMatch())
            facts.pageSizePoints = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
        return facts;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return facts;
    const QString text = QString::fromLatin1(f.readAll());
    if (!text.startsWith("%PDF-"))
        return facts;
    const auto count = QRegularExpression(R"(/Type\s*/Pages[^>]*/Count\s+(\d+))").match(text);
    const auto box =
        QRegularExpression(R"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])").match(text);
    if (count.hasMatch())
        facts.pages = count.captured(1).toInt();
    if (box.hasMatch())
        facts.pageSizePoints = QSizeF(box.captured(1).toDouble(), box.captured(2).toDouble());
    return facts;
}

// Sum of squared brightness steps between neighbours: a chart drawn at the size has crisp
// one-pixel edges; a smaller picture blown up spreads each edge over several pixels and
// loses about half of this energy.
double edgeEnergy(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    double energy = 0;
    for (int y = 0; y + 1 < gray.height(); ++y) {
        const uchar* row = gray.constScanLine(y);
        const uchar* next = gray.constScanLine(y + 1);
        for (int x = 0; x + 1 < gray.width(); ++x) {
            const double dx = double(row[x + 1]) - row[x];
            const double dy = double(next[x]) - row[x];
            energy += dx * dx + dy * dy;
        }
    }
    return energy;
}

double meanAbsDifference(const QImage& a, const QImage& b)
{
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar* ra = ga.constScanLine(y);
        const uchar* rb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(ra[x]) - int(rb[x]));
    }
    return sum / (double(ga.width()) * ga.height());
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

ui::ExportOptions options(ui::ExportFormat format, QSize size, int dpi)
{
    ui::ExportOptions o;
    o.format = format;
    o.pixelSize = size;
    o.dpi = dpi;
    o.theme = ui::Theme::Light;
    return o;
}
} // namespace

class TestUiExport : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const Dataset> m_data;
    QTemporaryDir m_dir;
    std::unique_ptr<ui::DataController> m_controller;
    std::unique_ptr<ui::FilterEditor> m_filters;
    std::unique_ptr<ui::ExplorePage> m_page;

    ui::ExploreChart* chart(const char* id) { return m_page->chart(QString::fromLatin1(id)); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        ui::applyTheme(ui::Theme::Light);
        generator::GeneratorOptions generate;
        generate.sessions = 8000;
        generate.days = 20;
        m_data = std::make_shared<const Dataset>(generator::generate(generate));
        m_controller = std::make_unique<ui::DataController>();
        m_filters = std::make_unique<ui::FilterEditor>(m_controller.get());
        m_page = std::make_unique<ui::ExplorePage>(m_controller.get(), m_filters.get());
        m_page->resize(1366, 900);
        m_page->show();
        QSignalSpy spy(m_page.get(), &ui::ExplorePage::refreshed);
        m_controller->setDataset(m_data, "test");
        QVERIFY(spy.wait(20000));
        for (ui::ExploreChart* c : m_page->charts())
            QVERIFY2(c->hasContent(), qPrintable(c->chartId()));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void pngHasExactSizeAndDpi_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1920x1080@144") << QSize(1920, 1080) << 144;
        QTest::newRow("1280x720@96") << QSize(1280, 720) << 96;
        QTest::newRow("1080x1080@144") << QSize(1080, 1080) << 144;
        QTest::newRow("custom 1000x640@120") << QSize(1000, 640) << 120;
    }
    void pngHasExactSizeAndDpi()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        for (ui::ExploreChart* c : m_page->charts()) {
            const QString file = path(c->chartId() + ".png");
            QString error;
            QVERIFY2(ui::ChartExporter::write(*c, file, options(ui::ExportFormat::Png, size, dpi),
                                              &error),
                     qPrintable(error));
            const QImage image(file);
            QCOMPARE(image.size(), size);
            QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
            QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), dpi);
            // Something was drawn: axes, labels, bars in several colours.
            QVERIFY2(distinctColours(image) > 20, qPrintable(c->chartId()));
        }
    }

    void largeExportIsDrawnAnewNotBlownUp()
    {
        auto* c = chart("breakdown");
        const QImage full =
            ui::ChartExporter::toImage(*c, options(ui::ExportFormat::Png, QSize(1920, 1080), 144));
        const QImage large =
            ui::ChartExporter::toImage(*c, options(ui::ExportFormat::Png, QSize(3840, 2160), 288));
        QCOMPARE(large.size(), QSize(3840, 2160));
        // Same layout: scaled down, the large export looks like the small one (fonts and lines
        // kept their proportion to the picture).
        const QImage down =
            large.scaled(full.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double layoutDifference = meanAbsDifference(down, full);
        QVERIFY2(layoutDifference < 6.0, qPrintable(QString::number(layoutDifference)));
        // Drawn at the size: edges are much crisper than the small picture blown up.
        const QImage blownUp =
            full.scaled(large.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const double native = edgeEnergy(large);
        const double blown = edgeEnergy(blownUp);
        QVERIFY2(native > 1.4 * blown,
                 qPrintable(QStringLiteral("native %1, blown up %2").arg(native).arg(blown)));
    }

    void dpiScalesTypeAtTheSamePixelSize()
    {
        // Higher DPI at the same pixel size: a smaller layout drawn larger, so the picture
        // differs markedly (larger type, fewer ticks), it is not the same image.
        auto* c = chart("timeseries");
        const QImage at96 =
            ui::ChartExporter::toImage(*c, options(ui::ExportFormat::Png, QSize(1920, 1080), 96));
        const QImage at192 =
            ui::ChartExporter::toImage(*c, options(ui::ExportFormat::Png, QSize(1920, 1080), 192));
        QCOMPARE(at96.size(), at192.size());
        QVERIFY(meanAbsDifference(at96, at192) > 2.0);
        ui::ExportOptions o = options(ui::ExportFormat::Png, QSize(1920, 1080), 144);
        QCOMPARE(o.logicalSize(), QSizeF(1280, 720));
    }

    void themeOfTheExport()
    {
        auto* c = chart("breakdown");
        ui::ExportOptions o = options(ui::ExportFormat::Png, QSize(800, 500), 96);
        o.theme = ui::Theme::Dark;
        const QImage dark = ui::ChartExporter::toImage(*c, o);
        QVERIFY(QColor(dark.pixel(2, 2)).lightness() < 80);
        // The application is back in its theme, and so are the charts.
        QVERIFY(!ui::isDark());
        o.theme = ui::Theme::Light;
        const QImage light = ui::ChartExporter::toImage(*c, o);
        QVERIFY(QColor(light.pixel(2, 2)).lightness() > 200);
        o.theme = ui::Theme::System;
        QCOMPARE(ui::ChartExporter::toImage(*c, o), light);
    }

    void pdfIsOneVectorPageOfThePhysicalSize()
    {
        auto* c = chart("breakdown");
        const QString file = path("breakdown.pdf");
        QString error;
        QVERIFY2(ui::ChartExporter::write(
                     *c, file, options(ui::ExportFormat::Pdf, QSize(1920, 1080), 144), &error),
                 qPrintable(error));
        const PdfFacts facts = inspectPdf(file);
        QCOMPARE(facts.pages, 1);
        // 1920 / 144 = 13.33 in = 960 pt.
        QVERIFY2(std::abs(facts.pageSizePoints.width() - 960) < 1.5 &&
                     std::abs(facts.pageSizePoints.height() - 540) < 1.5,
                 qPrintable(QStringLiteral("%1 x %2")
                                .arg(facts.pageSizePoints.width())
                                .arg(facts.pageSizePoints.height())));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // Text as text (embedded font), no picture of the chart.
        QVERIFY(bytes.contains("/Font"));
        QVERIFY(!bytes.contains("/Subtype /Image"));
    }

    void svgIsVectorXml()
    {
        for (const char* id : {"breakdown", "timeseries", "startup"}) {
            auto* c = chart(id);
            const QString file = path(QString::fromLatin1(id) + ".svg");
            QString error;
            QVERIFY2(ui::ChartExporter::write(
                         *c, file, options(ui::ExportFormat::Svg, QSize(1920, 1080), 144), &error),
                     qPrintable(error));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&f);
            int shapes = 0, texts = 0, images = 0;
            QString width;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                const auto name = xml.name();
                if (name == QLatin1String("svg") && width.isEmpty())
                    width = xml.attributes().value("width").toString();
                if (name == QLatin1String("path") || name == QLatin1String("polyline") ||
                    name == QLatin1String("rect") || name == QLatin1String("line"))
                    ++shapes;
                if (name == QLatin1String("text"))
                    ++texts;
                if (name == QLatin1String("image"))
                    ++images;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY2(shapes >= 10, id);
            QVERIFY2(texts >= 5, id);
            QCOMPARE(images, 0);
            // 13.33 in wide, like the PDF.
            QVERIFY2(width.endsWith("mm") && std::abs(width.chopped(2).toDouble() - 338.67) < 1,
                     qPrintable(width));
        }
    }

    void badOptionsAndFilesAreErrorsNotCrashes()
    {
        auto* c = chart("breakdown");
        QString error;
        QVERIFY(!ui::ChartExporter::write(
            *c, path("tiny.png"), options(ui::ExportFormat::Png, QSize(10, 10), 96), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        // 400 × 300 at 600 dpi would be laid out at 64 × 48: refused with a reason.
        QVERIFY(!ui::ChartExporter::write(
            *c, path("cramped.png"), options(ui::ExportFormat::Png, QSize(400, 300), 600), &error));
        QVERIFY(error.contains("600"));
        error.clear();
        QVERIFY(!ui::ChartExporter::write(*c, "/nonexistent-dir/x.pdf",
                                          options(ui::ExportFormat::Pdf, QSize(1920, 1080), 144),
                                          &error));
        QVERIFY(error.contains("/nonexistent-dir/x.pdf"));
        QVERIFY(!QFile::exists("/nonexistent-dir/x.pdf"));
    }

    void clipboardGetsTheImageAtTheDefaultSize()
    {
        auto* c = chart("timeseries");
        auto* menu = c->findChild<ui::ChartExportMenu*>();
        QVERIFY(menu);
        QVERIFY(!menu->exportAction()->text().isEmpty());
        QVERIFY(!menu->copyAction()->text().isEmpty());
        QSettings().setValue("export/width", 1280);
        QSettings().setValue("export/height", 720);
        QSettings().setValue("export/dpi", 96);
        QVERIFY(menu->copyImage());
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), QSize(1280, 720));
        QVERIFY(distinctColours(copied) > 20);
        QSettings().clear();
        QVERIFY(menu->copyImage());
        QCOMPARE(QGuiApplication::clipboard()->image().size(), QSize(1920, 1080));
    }

    void dialogStartsFromTheSettings()
    {
        QSettings().setValue("export/width", 1080);
        QSettings().setValue("export/height", 1080);
        QSettings().setValue("export/dpi", 200);
        QSettings().setValue("export/format", "svg");
        {
            ui::ExportDialog dialog("heatmap");
            const ui::ExportOptions o = dialog.options();
            QCOMPARE(o.pixelSize, QSize(1080, 1080));
            QCOMPARE(o.dpi, 200);
            QCOMPARE(o.format, ui::ExportFormat::Svg);
            QVERIFY(dialog.fileName().endsWith("heatmap.svg"));
            // The suggested file is in an existing folder, so OK works at once.
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
            // Fits a 1366×768 screen with room to spare.
            QVERIFY(dialog.sizeHint().width() < 900 && dialog.sizeHint().height() < 600);
            if (const QByteArray shots = qgetenv("STREAMLENS_EXPORT_SHOTS"); !shots.isEmpty()) {
                dialog.resize(dialog.sizeHint());
                dialog.grab().save(QString::fromLocal8Bit(shots) + "/export-dialog.png");
            }
            // Choosing PDF renames the file so the suffix never contradicts the format.
            ui::ExportOptions pdf = o;
            pdf.format = ui::ExportFormat::Pdf;
            dialog.setOptions(pdf);
            dialog.setFileName(path("heatmap.png"));
            QVERIFY(!dialog.problem().isEmpty());
            dialog.setFileName(path("heatmap.pdf"));
            QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        }
        // Nonsense in the settings falls back to the defaults.
        QSettings().setValue("export/width", -5);
        QSettings().setValue("export/format", "bmp");
        const ui::ExportOptions fallback = ui::ExportOptions::fromSettings();
        QCOMPARE(fallback.pixelSize, QSize(1920, 1080));
        QCOMPARE(fallback.dpi, 144);
        QCOMPARE(fallback.format, ui::ExportFormat::Png);
        QSettings().clear();
    }

    void emptyChartSaysSo()
    {
        ui::DataController controller;
        ui::FilterEditor filters(&controller);
        ui::ExplorePage page(&controller, &filters);
        page.resize(1200, 800);
        page.show();
        QSignalSpy spy(&page, &ui::ExplorePage::refreshed);
        query::Filter none;
        QVERIFY(none.addClause("startup_time_ms>=999999999", nullptr));
        controller.setFilter(none);
        controller.setDataset(m_data, "test");
        QVERIFY(spy.wait(20000));
        auto* c = page.chart("breakdown");
        QVERIFY(!c->hasContent());
        const QString file = path("empty.png");
        QVERIFY(ui::ChartExporter::write(
            *c, file, options(ui::ExportFormat::Png, QSize(800, 450), 96), nullptr));
        QCOMPARE(QImage(file).size(), QSize(800, 450));
    }

    void reportHasTwoPagesPlusOnePerChart()
    {
        const ui::ReportSummary summary = ui::computeReportSummary(*m_data, query::Filter{});
        QCOMPARE(summary.figures.size(), qsizetype(summary::KpiSignificance::tileKeys().size()));
        QVERIFY(!summary.scope.isEmpty());
        for (int charts : {6, 2, 0}) {
            ui::ReportContent content;
            content.title = "Test report";
            content.dataSource = "generated";
            content.filterText = "none";
            content.createdAt = QDateTime::currentDateTime();
            content.scope = summary.scope;
            content.figures = summary.figures;
            content.findings = summary.findings;
            for (int i = 0; i < charts; ++i)
                content.charts.append(m_page->charts()[i]);
            ui::ReportWriter writer(content);
            QCOMPARE(writer.pageCount(), 2 + charts);
            const QString file = path(QStringLiteral("report%1.pdf").arg(charts));
            QString error;
            QVERIFY2(writer.write(file, &error), qPrintable(error));
            const PdfFacts facts = inspectPdf(file);
            QCOMPARE(facts.pages, 2 + charts);
            // A4 landscape.
            QVERIFY(std::abs(facts.pageSizePoints.width() - 842) < 2);
            QVERIFY(std::abs(facts.pageSizePoints.height() - 595) < 2);
        }
    }

    void reportFromTheWindowRunsOffTheGuiThread()
    {
        QWidget window;
        ui::ReportExporter exporter(
            m_controller.get(),
            [this] {
                QList<ui::ExportableChart*> charts;
                for (ui::ExploreChart* c : m_page->charts())
                    charts.append(c);
                return charts;
            },
            &window);
        QVERIFY(!exporter.action()->text().isEmpty());
        QSignalSpy finished(&exporter, &ui::ReportExporter::finished);
        const QString file = path("window-report.pdf");
        exporter.exportTo(file);
        // The summary is computed by a job: nothing is written before the event loop runs.
        QVERIFY(!QFile::exists(file));
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        QCOMPARE(inspectPdf(file).pages, 2 + int(m_page->charts().size()));

        // Without data: a clear message, no file.
        ui::DataController empty;
        ui::ReportExporter none(&empty, {}, &window);
        QSignalSpy refused(&none, &ui::ReportExporter::finished);
        none.exportTo(path("none.pdf"));
        QCOMPARE(refused.size(), 1);
        QVERIFY(!refused.first().at(0).toBool());
        QVERIFY(!refused.first().at(2).toString().isEmpty());
        QVERIFY(!QFile::exists(path("none.pdf")));
    }
};

QTEST_MAIN(TestUiExport)
#include "tst_ui_export.moc"
