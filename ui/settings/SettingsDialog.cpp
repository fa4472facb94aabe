// SPDX-License-Identifier: MIT
#include "settings/SettingsDialog.h"

#include "settings/AppearanceTab.h"
#include "settings/ConnectionsEditor.h"
#include "settings/CsvImportTab.h"
#include "settings/DataSourcesTab.h"
#include "settings/ExportTab.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace streamlens::ui {

SettingsDialog::SettingsDialog(PasswordVault* vault, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_dataSources(new DataSourcesTab(vault, this))
    , m_csvImport(new CsvImportTab(this))
    , m_appearance(new AppearanceTab(this))
    , m_export(new ExportTab(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_tabs->addTab(m_dataSources, QString());
    m_tabs->addTab(m_csvImport, QString());
    m_tabs->addTab(m_appearance, QString());
    m_tabs->addTab(m_export, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_dataSources, &DataSourcesTab::createDemoRequested, this,
            &SettingsDialog::createDemoRequested);

    QStringList warnings;
    m_loaded = settings::AppSettings::load(&warnings);
    setEditedSettings(m_loaded);
    if (!warnings.isEmpty())
        showMessage(QStringList{tr("Some saved settings were invalid and were reset:")} + warnings);
    retranslateUi();
    resize(sizeHint().expandedTo(QSize(880, 660)));
}

void SettingsDialog::reload()
{
    QStringList warnings;
    m_loaded = settings::AppSettings::load(&warnings);
    setEditedSettings(m_loaded);
    if (warnings.isEmpty())
        showMessage({});
    else
        showMessage(QStringList{tr("Some saved settings were invalid and were reset:")} + warnings);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    if (!event->spontaneous())
        reload();
    QDialog::showEvent(event);
}

settings::AppSettings SettingsDialog::editedSettings() const
{
    settings::AppSettings out = m_loaded;
    out.sqlitePath = m_dataSources->sqlitePath();
    out.connections = m_dataSources->connectionsEditor()->connections();
    out.activeConnection = m_dataSources->connectionsEditor()->activeConnection();
    out.csvFormat = m_csvImport->values();
    out.appearance = m_appearance->values();
    out.exportDefaults = m_export->values();
    return out;
}

void SettingsDialog::setEditedSettings(const settings::AppSettings& values)
{
    m_dataSources->setSqlitePath(values.sqlitePath);
    m_dataSources->connectionsEditor()->setConnections(values.connections, values.activeConnection);
    m_csvImport->setValues(values.csvFormat);
    m_appearance->setValues(values.appearance);
    m_export->setValues(values.exportDefaults);
}

bool SettingsDialog::apply()
{
    const settings::AppSettings edited = editedSettings();
    QStringList problems;
    if (!edited.save(&problems)) {
        showMessage(QStringList{tr("Nothing was saved:")} + problems);
        return false;
    }
    m_dataSources->connectionsEditor()->savePasswords();
    m_loaded = edited;
    showMessage({});
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showMessage(const QStringList& lines)
{
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
}

QString SettingsDialog::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("Data sources"));
    m_tabs->setTabText(1, tr("CSV import"));
    m_tabs->setTabText(2, tr("Appearance"));
    m_tabs->setTabText(3, tr("Export"));
}

} // namespace streamlens::ui
