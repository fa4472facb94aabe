// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ConnectionProfile.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace streamlens::ui {

class JobTracker;
class PasswordVault;

// Several named PostgreSQL connections: a list of names, the selected one's fields, its
// password (kept by PasswordVault, never in settings), the active connection, and a
// "Test connection" that runs PgConnectionTest off the GUI thread and shows the outcome.
class ConnectionsEditor : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionsEditor(PasswordVault* vault, QWidget* parent = nullptr);

    void setConnections(const std::vector<settings::ConnectionProfile>& profiles,
                        const QString& active);
    std::vector<settings::ConnectionProfile> connections() const;
    QString activeConnection() const;
    // After the settings were saved: stores edited passwords, moves renamed ones, forgets
    // the passwords of removed connections.
    void savePasswords();

    void selectConnection(int row);
    void addConnection();
    void removeSelectedConnection();
    void testSelectedConnection();

    QListWidget* list() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QComboBox* sslModeBox() const { return m_sslMode; }
    QComboBox* activeBox() const { return m_active; }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResultLabel() const { return m_result; }
    QLabel* passwordNoteLabel() const { return m_passwordNote; }

signals:
    // The outcome of "Test connection" is on screen.
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        settings::ConnectionProfile profile;
        QString storedName; // the name the vault knows its password by; empty when new
        QString password;
        bool passwordKnown = false;  // password holds what the vault has (or the user typed)
        bool passwordEdited = false; // the user changed it since the last save
    };

    void retranslateUi();
    void showEntry();
    void fieldsEdited();
    void passwordEdited();
    void rebuildActiveBox(const QString& keep);
    void loadPassword(const QString& storedName);
    void runTest(const settings::ConnectionProfile& profile, const QString& password);
    void showResult(bool ok, const QString& text);
    void updatePasswordNote();
    Entry* current();

    PasswordVault* m_vault;
    JobTracker* m_jobs;
    std::vector<Entry> m_entries;
    QStringList m_removedNames;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_activeLabel;
    QComboBox* m_active;
    QFormLayout* m_form;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_databaseLabel;
    QLineEdit* m_database;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_sslModeLabel;
    QComboBox* m_sslMode;
    QPushButton* m_test;
    QLabel* m_resultIcon;
    QLabel* m_result;
    QLabel* m_passwordNote;
    QWidget* m_details;
};

} // namespace streamlens::ui
