// SPDX-License-Identifier: MIT
#pragma once

#include "export/ExportableChart.h"

#include <QEvent>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;

namespace streamlens::ui {

// A chart of the Statistics page: a QCustomPlot with its title drawn inside the plot (so an
// export carries it), rebuilt from the data it was given whenever the language or theme
// changes. Subclasses keep their data and draw it in rebuild().
class StatsChart : public QWidget, public ExportableChart {
    Q_OBJECT
public:
    explicit StatsChart(QWidget* parent = nullptr);
    ~StatsChart() override;

    QString title() const override;
    void render(QPainter* painter, const QRectF& target) override;
    using QWidget::render;
    QWidget* chartWidget() override { return this; }
    bool hasContent() const override { return m_hasContent; }
    // The result's sentence, so a report carries the numbers under the chart.
    QString caption() const override { return m_caption; }
    void setCaption(const QString& caption) { m_caption = caption; }
    void applyPalette() override { redraw(); }

    QCustomPlot* plot() const { return m_plot; }
    // Drops the data; the plot shows nothing until the next result.
    void clear();

protected:
    // Draws the data anew (clears the plot first); returns the heading to show.
    virtual QString rebuild() = 0;
    virtual void clearData() = 0;
    // Calls rebuild() with a fresh plot and themes it.
    void redraw();
    void setHasContent(bool has) { m_hasContent = has; }
    void changeEvent(QEvent* event) override;

private:
    QCustomPlot* m_plot;
    QCPTextElement* m_title = nullptr;
    QString m_caption;
    bool m_hasContent = false;
};

} // namespace streamlens::ui
