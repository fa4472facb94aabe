// SPDX-License-Identifier: MIT
#include "export/ReportWriter.h"

#include "charts/ChartPalette.h"
#include "export/ChartExporter.h"
#include "export/ExportTheme.h"
#include "export/ExportableChart.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace streamlens::ui {

namespace {
// Layout units are 1/96 in (the PDF writer's resolution), as for chart exports.
constexpr int kResolution = 96;
constexpr double kMargin = 56;
constexpr double kFooterHeight = 28;
constexpr double kGap = 14;

QFont font(double points, bool bold = false)
{
    QFont f = QApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// Draws wrapped text at the top of rect; returns the height it took.
double drawText(QPainter& painter, const QRectF& rect, const QString& text, const QFont& f,
                const QColor& colour, int flags = Qt::AlignLeft | Qt::AlignTop)
{
    if (text.isEmpty())
        return 0;
    painter.setFont(f);
    painter.setPen(colour);
    const QFontMetricsF metrics(f, painter.device());
    const QRectF needed = metrics.boundingRect(QRectF(rect.topLeft(), QSizeF(rect.width(), 1e6)),
                                               flags | Qt::TextWordWrap, text);
    const QRectF box(rect.topLeft(), QSizeF(rect.width(), needed.height()));
    painter.drawText(box, flags | Qt::TextWordWrap, text);
    return needed.height();
}
} // namespace

ReportWriter::ReportWriter(ReportContent content)
    : m_content(std::move(content))
{
}

bool ReportWriter::write(const QString& fileName, QString* error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    ExportTheme theme(m_theme, m_content.charts);
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("StreamLens"));
        writer.setTitle(m_content.title);
        writer.setResolution(kResolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("Cannot start the PDF document %1").arg(fileName);
            return false;
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF body = page.adjusted(kMargin, kMargin, -kMargin, -kMargin - kFooterHeight);
        for (int number = 1; number <= pageCount(); ++number) {
            if (number > 1)
                writer.newPage();
            painter.fillRect(page, ChartPalette::background());
            if (number == 1)
                paintTitlePage(painter, body);
            else if (number == 2)
                paintSummaryPage(painter, body);
            else
                paintChartPage(painter, body, *m_content.charts[number - 3]);
            paintFooter(painter, page, number);
        }
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void ReportWriter::paintTitlePage(QPainter& painter, const QRectF& body) const
{
    const QColor text = ChartPalette::text();
    const QColor muted = ChartPalette::mutedText();
    double y = body.top() + body.height() * 0.22;
    // An accent bar in the first series colour marks the title.
    painter.fillRect(QRectF(body.left(), y, 72, 6), ChartPalette::series(0));
    y += 24;
    y += drawText(painter, QRectF(body.left(), y, body.width(), 0), m_content.title, font(30, true),
                  text);
    y += 6;
    y += drawText(painter, QRectF(body.left(), y, body.width(), 0),
                  tr("Video streaming quality of experience"), font(15), muted);
    y += 40;

    const QLocale locale;
    const QList<std::pair<QString, QString>> rows = {
        {tr("Data source"), m_content.dataSource},
        {tr("Created"), locale.toString(m_content.createdAt, QLocale::LongFormat)},
        {tr("Filter"), m_content.filterText},
        {tr("Selection"), m_content.scope},
    };
    const QFont labelFont = font(11, true);
    const QFont valueFont = font(11);
    const double labelWidth = 150;
    for (const auto& [label, value] : rows) {
        if (value.isEmpty())
            continue;
        drawText(painter, QRectF(body.left(), y, labelWidth, 0), label, labelFont, muted);
        y += drawText(painter, QRectF(body.left() + labelWidth, y, body.width() - labelWidth, 0),
                      value, valueFont, text) +
             10;
    }
}

void ReportWriter::paintSummaryPage(QPainter& painter, const QRectF& body) const
{
    const QColor text = ChartPalette::text();
    const QColor muted = ChartPalette::mutedText();
    double y = body.top();
    y += drawText(painter, QRectF(body.left(), y, body.width(), 0), tr("Executive summary"),
                  font(20, true), text);
    y += drawText(painter, QRectF(body.left(), y, body.width(), 0), m_content.scope, font(10),
                  muted);
    y += kGap * 1.5;

    // Headline figures in a grid of four columns, like the Overview's tiles.
    const int columns = 4;
    const double cellWidth = body.width() / columns;
    const double cellHeight = 74;
    const QColor frame = ChartPalette::grid();
    for (int i = 0; i < m_content.figures.size(); ++i) {
        const ReportFigure& figure = m_content.figures[i];
        const QRectF cell(body.left() + (i % columns) * cellWidth, y + (i / columns) * cellHeight,
                          cellWidth - 10, cellHeight - 10);
        painter.setPen(QPen(frame, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(cell, 6, 6);
        const QRectF inner = cell.adjusted(10, 8, -10, -6);
        double cy = inner.top();
        cy += drawText(painter, QRectF(inner.left(), cy, inner.width(), 0), figure.label, font(9),
                       muted);
        cy += drawText(painter, QRectF(inner.left(), cy, inner.width(), 0), figure.value,
                       font(15, true), text);
        drawText(painter, QRectF(inner.left(), cy, inner.width(), 0), figure.change, font(8),
                 muted);
    }
    const int rowsOfFigures = (static_cast<int>(m_content.figures.size()) + columns - 1) / columns;
    y += rowsOfFigures * cellHeight + kGap;

    if (!m_content.findings.isEmpty()) {
        y += drawText(painter, QRectF(body.left(), y, body.width(), 0), tr("Findings"),
                      font(13, true), text) +
             6;
        for (const QString& finding : m_content.findings) {
            if (y > body.bottom() - 20)
                break; // the page is full; the rest is in the app
            y += drawText(painter, QRectF(body.left(), y, body.width(), 0),
                          QStringLiteral("•  ") + finding, font(10), text) +
                 5;
        }
    }
}

void ReportWriter::paintChartPage(QPainter& painter, const QRectF& body,
                                  ExportableChart& chart) const
{
    const QColor text = ChartPalette::text();
    const QColor muted = ChartPalette::mutedText();
    double y = body.top();
    y += drawText(painter, QRectF(body.left(), y, body.width(), 0), chart.title(), font(18, true),
                  text) +
         kGap / 2;
    // Caption and filter sit under the chart; measured first so the chart takes the rest.
    const QString caption = chart.caption();
    const QString filter = tr("Filter: %1").arg(m_content.filterText);
    const QFontMetricsF captionMetrics(font(10), painter.device());
    const int flags = Qt::AlignLeft | Qt::TextWordWrap;
    const double captionHeight =
        (caption.isEmpty()
             ? 0
             : captionMetrics.boundingRect(QRectF(0, 0, body.width(), 1e6), flags, caption)
                       .height() +
                   4) +
        captionMetrics.boundingRect(QRectF(0, 0, body.width(), 1e6), flags, filter).height();
    const QRectF chartRect(body.left(), y, body.width(), body.bottom() - y - captionHeight - kGap);
    ChartExporter::paint(&painter, chart, chartRect, false);
    double cy = chartRect.bottom() + kGap;
    if (!caption.isEmpty())
        cy += drawText(painter, QRectF(body.left(), cy, body.width(), 0), caption, font(10), text) +
              4;
    drawText(painter, QRectF(body.left(), cy, body.width(), 0), filter, font(10), muted);
}

void ReportWriter::paintFooter(QPainter& painter, const QRectF& page, int pageNumber) const
{
    const QRectF footer(kMargin, page.bottom() - kMargin - kFooterHeight + 8,
                        page.width() - 2 * kMargin, kFooterHeight - 8);
    painter.setPen(QPen(ChartPalette::grid(), 1));
    painter.drawLine(footer.topLeft(), footer.topRight());
    const QFont f = font(8);
    painter.setFont(f);
    painter.setPen(ChartPalette::mutedText());
    const QFontMetricsF metrics(f, painter.device());
    const QString number = tr("Page %1 of %2").arg(pageNumber).arg(pageCount());
    const double numberWidth = metrics.horizontalAdvance(number) + 4;
    const QRectF textRect = footer.adjusted(0, 6, 0, 0);
    painter.drawText(textRect, Qt::AlignRight | Qt::AlignTop, number);
    const QString left =
        metrics.elidedText(QStringLiteral("%1 · %2").arg(m_content.title, m_content.dataSource),
                           Qt::ElideMiddle, footer.width() - numberWidth - 24);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop, left);
}

} // namespace streamlens::ui
