// SPDX-License-Identifier: MIT
#include "settings/ConnectionsEditor.h"

#include "jobs/JobTracker.h"
#include "pg/PgConnectionTest.h"
#include "settings/ComboData.h"
#include "settings/PasswordVault.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace streamlens::ui {

ConnectionsEditor::ConnectionsEditor(PasswordVault* vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_jobs(new JobTracker(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_activeLabel(new QLabel(this))
    , m_active(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_databaseLabel(new QLabel(this))
    , m_database(new QLineEdit(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_sslModeLabel(new QLabel(this))
    , m_sslMode(new QComboBox(this))
    , m_test(new QPushButton(this))
    , m_resultIcon(new QLabel(this))
    , m_result(new QLabel(this))
    , m_passwordNote(new QLabel(this))
    , m_details(new QWidget(this))
{
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_host->setObjectName(QStringLiteral("connectionHost"));
    m_port->setObjectName(QStringLiteral("connectionPort"));
    m_database->setObjectName(QStringLiteral("connectionDatabase"));
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_password->setObjectName(QStringLiteral("connectionPassword"));
    m_sslMode->setObjectName(QStringLiteral("connectionSslMode"));
    m_active->setObjectName(QStringLiteral("activeConnection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("testResult"));

    m_port->setRange(1, 65535);
    m_port->setValue(settings::ConnectionProfile::kDefaultPort);
    m_password->setEchoMode(QLineEdit::Password);
    for (settings::SslMode mode : settings::kAllSslModes)
        m_sslMode->addItem(QString(), settings::sslModeKeyword(mode));
    m_list->setMinimumWidth(160);
    m_result->setWordWrap(true);
    // Room for the outcome and the server version line without pushing the form around.
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultIcon->setAlignment(Qt::AlignTop);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_resultIcon->setFixedSize(iconSize, iconSize);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setForegroundRole(QPalette::PlaceholderText);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_activeLabel);
    left->addWidget(m_active);

    m_form->addRow(m_nameLabel, m_name);
    m_form->addRow(m_hostLabel, m_host);
    m_form->addRow(m_portLabel, m_port);
    m_form->addRow(m_databaseLabel, m_database);
    m_form->addRow(m_userLabel, m_user);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(QString(), m_passwordNote);
    m_form->addRow(m_sslModeLabel, m_sslMode);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultIcon, 0, Qt::AlignTop);
    resultRow->addWidget(m_result, 1);
    auto* right = new QVBoxLayout(m_details);
    right->setContentsMargins(0, 0, 0, 0);
    right->addLayout(m_form);
    right->addLayout(testRow);
    right->addLayout(resultRow);
    right->addStretch();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addWidget(m_details, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsEditor::showEntry);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsEditor::addConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsEditor::removeSelectedConnection);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsEditor::testSelectedConnection);
    for (QLineEdit* edit : {m_name, m_host, m_database, m_user})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionsEditor::fieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionsEditor::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionsEditor::fieldsEdited);
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionsEditor::passwordEdited);
    connect(m_vault, &PasswordVault::keyringUnavailable, this,
            &ConnectionsEditor::updatePasswordNote);

    retranslateUi();
    showEntry();
}

void ConnectionsEditor::setConnections(const std::vector<settings::ConnectionProfile>& profiles,
                                       const QString& active)
{
    m_entries.clear();
    m_removedNames.clear();
    for (const auto& profile : profiles)
        m_entries.push_back(Entry{profile, profile.name, QString(), false, false});
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const Entry& entry : m_entries)
            m_list->addItem(entry.profile.name);
    }
    rebuildActiveBox(active);
    for (const Entry& entry : m_entries)
        loadPassword(entry.storedName);
    m_list->setCurrentRow(m_entries.empty() ? -1 : 0);
    showEntry();
}

std::vector<settings::ConnectionProfile> ConnectionsEditor::connections() const
{
    std::vector<settings::ConnectionProfile> out;
    for (const Entry& entry : m_entries)
        out.push_back(entry.profile);
    return out;
}

QString ConnectionsEditor::activeConnection() const
{
    return m_active->currentData().toString();
}

void ConnectionsEditor::loadPassword(const QString& storedName)
{
    QPointer<ConnectionsEditor> self(this);
    m_vault->lookup(storedName, [self, storedName](std::optional<QString> password) {
        if (!self || !password)
            return;
        for (Entry& entry : self->m_entries) {
            if (entry.storedName != storedName || entry.passwordEdited)
                continue;
            entry.password = *password;
            entry.passwordKnown = true;
            if (&entry == self->current()) {
                const QSignalBlocker block(self->m_password);
                self->m_password->setText(entry.password);
            }
        }
    });
}

void ConnectionsEditor::savePasswords()
{
    // Forgetting first: a connection removed and added again under the same name keeps
    // the new password, since the vault runs keyring jobs in order.
    for (const QString& name : std::as_const(m_removedNames))
        m_vault->forget(name);
    m_removedNames.clear();
    for (Entry& entry : m_entries) {
        const QString name = entry.profile.name;
        const bool renamed = !entry.storedName.isEmpty() && entry.storedName != name;
        if (renamed)
            m_vault->forget(entry.storedName);
        if (entry.passwordEdited || (renamed && entry.passwordKnown)) {
            if (entry.password.isEmpty())
                m_vault->forget(name);
            else
                m_vault->store(name, entry.password);
            entry.passwordKnown = true;
        }
        entry.storedName = name;
        entry.passwordEdited = false;
    }
}

ConnectionsEditor::Entry* ConnectionsEditor::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

void ConnectionsEditor::selectConnection(int row)
{
    m_list->setCurrentRow(row);
}

void ConnectionsEditor::showEntry()
{
    const Entry* entry = current();
    m_details->setEnabled(entry != nullptr);
    m_remove->setEnabled(entry != nullptr);
    const settings::ConnectionProfile shown =
        entry ? entry->profile : settings::ConnectionProfile{};
    const QSignalBlocker b1(m_name), b2(m_host), b3(m_port), b4(m_database), b5(m_user),
        b6(m_password), b7(m_sslMode);
    m_name->setText(shown.name);
    m_host->setText(entry ? shown.host : QString());
    m_port->setValue(shown.port);
    m_database->setText(shown.database);
    m_user->setText(shown.user);
    m_password->setText(entry ? entry->password : QString());
    selectData(m_sslMode, settings::sslModeKeyword(shown.sslMode));
    updatePasswordNote();
}

void ConnectionsEditor::fieldsEdited()
{
    Entry* entry = current();
    if (!entry)
        return;
    const QString oldName = entry->profile.name;
    entry->profile.name = m_name->text();
    entry->profile.host = m_host->text();
    entry->profile.port = m_port->value();
    entry->profile.database = m_database->text();
    entry->profile.user = m_user->text();
    entry->profile.sslMode = settings::sslModeFromKeyword(m_sslMode->currentData().toString())
                                 .value_or(settings::SslMode::Prefer);
    if (oldName != entry->profile.name) {
        m_list->currentItem()->setText(entry->profile.name);
        // The active connection follows a rename instead of pointing at a name now gone.
        const QString active = activeConnection();
        rebuildActiveBox(active == oldName ? entry->profile.name : active);
    }
}

void ConnectionsEditor::passwordEdited()
{
    if (Entry* entry = current()) {
        entry->password = m_password->text();
        entry->passwordEdited = true;
        entry->passwordKnown = true;
    }
}

void ConnectionsEditor::rebuildActiveBox(const QString& keep)
{
    const QSignalBlocker block(m_active);
    m_active->clear();
    m_active->addItem(tr("None"), QString());
    for (const Entry& entry : m_entries)
        if (!entry.profile.name.isEmpty())
            m_active->addItem(entry.profile.name, entry.profile.name);
    if (!selectData(m_active, keep))
        m_active->setCurrentIndex(0);
}

void ConnectionsEditor::addConnection()
{
    // A unique placeholder name, so the new entry never collides before it is renamed.
    QString name = tr("New connection");
    for (int n = 2;; ++n) {
        const bool taken = std::any_of(m_entries.begin(), m_entries.end(),
                                       [&](const Entry& e) { return e.profile.name == name; });
        if (!taken)
            break;
        name = tr("New connection %1").arg(n);
    }
    Entry entry;
    entry.profile.name = name;
    entry.profile.host = QStringLiteral("localhost");
    entry.passwordKnown = true; // nothing stored yet
    m_entries.push_back(entry);
    m_list->addItem(name);
    rebuildActiveBox(activeConnection());
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsEditor::removeSelectedConnection()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_entries.size()))
        return;
    const Entry removed = m_entries[size_t(row)];
    if (!removed.storedName.isEmpty())
        m_removedNames << removed.storedName;
    m_entries.erase(m_entries.begin() + row);
    {
        const QSignalBlocker block(m_list);
        delete m_list->takeItem(row);
    }
    const QString active = activeConnection();
    rebuildActiveBox(active == removed.profile.name ? QString() : active);
    m_list->setCurrentRow(std::min(row, int(m_entries.size()) - 1));
    showEntry();
}

void ConnectionsEditor::testSelectedConnection()
{
    const Entry* entry = current();
    if (!entry)
        return;
    const settings::ConnectionProfile profile = entry->profile;
    // Without a keyring a saved connection's password is asked once per session.
    if (entry->password.isEmpty() && !entry->passwordKnown && !m_vault->keyringAvailable()) {
        QPointer<ConnectionsEditor> self(this);
        const QString storedName = entry->storedName;
        m_vault->obtain(storedName, this, [self, profile, storedName](std::optional<QString> pw) {
            if (!self)
                return;
            if (!pw) {
                self->showResult(false, tr("Not tested: no password was given."));
                return;
            }
            for (Entry& e : self->m_entries)
                if (e.storedName == storedName && !e.passwordEdited) {
                    e.password = *pw;
                    e.passwordKnown = true;
                }
            self->showEntry();
            self->runTest(profile, *pw);
        });
        return;
    }
    runTest(profile, entry->password);
}

void ConnectionsEditor::runTest(const settings::ConnectionProfile& profile, const QString& password)
{
    m_resultIcon->clear();
    m_result->setText(tr("Connecting to %1:%2 …").arg(profile.host).arg(profile.port));
    m_jobs->run<pg::PgConnectionResult>(
        [profile, password](const std::atomic<bool>&) {
            return pg::PgConnectionTest::run(profile, password);
        },
        [this, name = profile.name](pg::PgConnectionResult result) {
            if (result.ok)
                showResult(true, tr("Connected to \"%1\" (database %2).\n%3")
                                     .arg(name, result.database, result.serverVersion));
            else
                showResult(false, tr("Could not connect to \"%1\":\n%2").arg(name, result.error));
        });
}

void ConnectionsEditor::showResult(bool ok, const QString& text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon icon =
        style()->standardIcon(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical);
    m_resultIcon->setPixmap(icon.pixmap(size, size));
    m_result->setText(text);
    emit testFinished(ok);
}

void ConnectionsEditor::updatePasswordNote()
{
    if (m_vault->keyringAvailable())
        m_passwordNote->setText(tr("Kept in the system keyring, never in the settings file."));
    else
        m_passwordNote->setText(tr("No system keyring (%1): passwords are kept until StreamLens "
                                   "quits and asked once per session, never written to the "
                                   "settings file.")
                                    .arg(m_vault->keyringProblem()));
}

void ConnectionsEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConnectionsEditor::retranslateUi()
{
    m_add->setText(tr("&Add"));
    m_remove->setText(tr("Re&move"));
    m_activeLabel->setText(tr("Active connection (used by the warehouse):"));
    m_active->setItemText(0, tr("None"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_name);
    m_hostLabel->setText(tr("&Host:"));
    m_hostLabel->setBuddy(m_host);
    m_host->setPlaceholderText(tr("Name, address or socket folder"));
    m_portLabel->setText(tr("P&ort:"));
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setText(tr("&Database:"));
    m_databaseLabel->setBuddy(m_database);
    m_userLabel->setText(tr("&User:"));
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordLabel->setBuddy(m_password);
    m_sslModeLabel->setText(tr("&SSL mode:"));
    m_sslModeLabel->setBuddy(m_sslMode);
    const QString sslTexts[] = {
        tr("disable: never use SSL"),
        tr("allow: SSL only when the server demands it"),
        tr("prefer: SSL when the server offers it"),
        tr("require: always SSL, certificate not checked"),
        tr("verify-ca: SSL, certificate signed by a trusted CA"),
        tr("verify-full: SSL, trusted certificate for this host name"),
    };
    for (int i = 0; i < m_sslMode->count(); ++i)
        m_sslMode->setItemText(i, sslTexts[i]);
    m_test->setText(tr("&Test connection"));
    m_test->setToolTip(tr("Connects with these values (saved or not) and asks the server for "
                          "its version."));
    updatePasswordNote();
}

} // namespace streamlens::ui
