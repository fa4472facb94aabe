// SPDX-License-Identifier: MIT
#include "settings/DataSourcesTab.h"

#include "settings/ConnectionsEditor.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace streamlens::ui {

DataSourcesTab::DataSourcesTab(PasswordVault* vault, QWidget* parent)
    : QWidget(parent)
    , m_sqliteGroup(new QGroupBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_createDemo(new QPushButton(this))
    , m_sqliteNote(new QLabel(this))
    , m_postgresGroup(new QGroupBox(this))
    , m_connections(new ConnectionsEditor(vault, this))
{
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    m_createDemo->setObjectName(QStringLiteral("createDemo"));
    m_sqliteNote->setWordWrap(true);
    m_sqliteNote->setForegroundRole(QPalette::PlaceholderText);

    auto* sqlite = new QGridLayout(m_sqliteGroup);
    sqlite->addWidget(m_pathLabel, 0, 0);
    sqlite->addWidget(m_path, 0, 1);
    sqlite->addWidget(m_browse, 0, 2);
    sqlite->addWidget(m_createDemo, 0, 3);
    sqlite->addWidget(m_sqliteNote, 1, 1, 1, 3);
    sqlite->setColumnStretch(1, 1);

    auto* postgres = new QVBoxLayout(m_postgresGroup);
    postgres->addWidget(m_connections);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_sqliteGroup);
    layout->addWidget(m_postgresGroup, 1);

    connect(m_browse, &QPushButton::clicked, this, &DataSourcesTab::browse);
    connect(m_createDemo, &QPushButton::clicked, this,
            [this] { emit createDemoRequested(sqlitePath()); });
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_createDemo->setEnabled(!sqlitePath().isEmpty()); });
    retranslateUi();
}

void DataSourcesTab::setSqlitePath(const QString& path)
{
    m_path->setText(path);
}

QString DataSourcesTab::sqlitePath() const
{
    return m_path->text().trimmed();
}

void DataSourcesTab::browse()
{
    // A save dialog, because choosing a file that does not exist yet makes a new store.
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Store file"), sqlitePath(), tr("StreamLens store (*.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void DataSourcesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DataSourcesTab::retranslateUi()
{
    m_sqliteGroup->setTitle(tr("Embedded store (SQLite)"));
    m_pathLabel->setText(tr("&File:"));
    m_pathLabel->setBuddy(m_path);
    m_browse->setText(tr("&Browse…"));
    m_createDemo->setText(tr("Create &demo data"));
    m_createDemo->setToolTip(tr("Fills this store with the generated demo dataset when it is "
                                "new or empty."));
    m_sqliteNote->setText(tr("StreamLens opens this file at start. A file that does not exist "
                             "yet becomes a new, empty store."));
    m_postgresGroup->setTitle(tr("PostgreSQL connections"));
}

} // namespace streamlens::ui
