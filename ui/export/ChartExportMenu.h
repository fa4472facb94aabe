// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QToolButton;
class QWidget;

namespace streamlens::ui {

class ExportableChart;

// The export commands of one chart: "Export chart…" (the ExportDialog, then PNG/PDF/SVG) and
// "Copy image" (PNG at the default export size to the clipboard), as a context menu on the
// chart's widget and as a tool button for its header. Owned by the chart's widget.
class ChartExportMenu : public QObject {
    Q_OBJECT
public:
    // Adds the context menu to chart->chartWidget() (right-click anywhere on the chart).
    static ChartExportMenu* attach(ExportableChart* chart);

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }
    // A small button opening the same menu, for the chart's header.
    QToolButton* createToolButton(QWidget* parent);

    // The commands themselves (tests call them without a menu).
    void exportChart();
    bool copyImage();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ChartExportMenu(ExportableChart* chart, QWidget* widget);
    void retranslateUi();

    ExportableChart* m_chart;
    QWidget* m_widget;
    QAction* m_export;
    QAction* m_copy;
};

} // namespace streamlens::ui
