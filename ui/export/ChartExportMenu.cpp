// SPDX-License-Identifier: MIT
#include "export/ChartExportMenu.h"

#include "export/ChartExporter.h"
#include "export/ExportDialog.h"
#include "export/ExportableChart.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QToolButton>
#include <QWidget>

namespace streamlens::ui {

ChartExportMenu* ChartExportMenu::attach(ExportableChart* chart)
{
    QWidget* widget = chart ? chart->chartWidget() : nullptr;
    if (!widget)
        return nullptr;
    return new ChartExportMenu(chart, widget);
}

ChartExportMenu::ChartExportMenu(ExportableChart* chart, QWidget* widget)
    : QObject(widget)
    , m_chart(chart)
    , m_widget(widget)
    , m_export(new QAction(this))
    , m_copy(new QAction(this))
{
    connect(m_export, &QAction::triggered, this, &ChartExportMenu::exportChart);
    connect(m_copy, &QAction::triggered, this, &ChartExportMenu::copyImage);
    // An event filter, not a context-menu policy: the plot widgets inside the chart pass
    // the right-click up to it, and the chart keeps its own policy free.
    widget->installEventFilter(this);
    retranslateUi();
}

void ChartExportMenu::retranslateUi()
{
    m_export->setText(tr("Export chart…"));
    m_export->setToolTip(tr("Save this chart as PNG, PDF or SVG at a chosen size"));
    m_copy->setText(tr("Copy image"));
    m_copy->setToolTip(tr("Copy this chart as an image at the default export size"));
}

QToolButton* ChartExportMenu::createToolButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setAutoRaise(true);
    button->setIcon(parent->style()->standardIcon(QStyle::SP_DialogSaveButton));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    menu->addAction(m_export);
    menu->addAction(m_copy);
    button->setMenu(menu);
    button->setToolTip(m_export->toolTip());
    connect(m_export, &QAction::changed, button,
            [this, button] { button->setToolTip(m_export->toolTip()); });
    return button;
}

bool ChartExportMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_widget) {
        if (event->type() == QEvent::ContextMenu) {
            QMenu menu(m_widget);
            menu.addAction(m_export);
            menu.addAction(m_copy);
            menu.exec(static_cast<QContextMenuEvent*>(event)->globalPos());
            return true;
        }
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
    }
    return QObject::eventFilter(watched, event);
}

void ChartExportMenu::exportChart()
{
    ExportDialog dialog(m_chart->chartId(), m_widget);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ChartExporter::write(*m_chart, dialog.fileName(), dialog.options(), &error))
        QMessageBox::warning(m_widget, tr("Export chart"), error);
}

bool ChartExportMenu::copyImage()
{
    ExportOptions options = ExportOptions::fromSettings();
    options.format = ExportFormat::Png;
    QString error;
    if (ChartExporter::copyToClipboard(*m_chart, options, &error))
        return true;
    QMessageBox::warning(m_widget, tr("Copy image"), error);
    return false;
}

} // namespace streamlens::ui
