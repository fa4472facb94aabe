// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ConnectionProfile.h"

#include <QWidget>

#include <vector>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace streamlens::ui {

class ConnectionsEditor;
class PasswordVault;

// Where data comes from: the embedded SQLite file (with "Create demo data") and the named
// PostgreSQL connections.
class DataSourcesTab : public QWidget {
    Q_OBJECT
public:
    explicit DataSourcesTab(PasswordVault* vault, QWidget* parent = nullptr);

    void setSqlitePath(const QString& path);
    QString sqlitePath() const;
    ConnectionsEditor* connectionsEditor() const { return m_connections; }
    QLineEdit* sqlitePathEdit() const { return m_path; }
    QPushButton* createDemoButton() const { return m_createDemo; }

signals:
    // The user asked for demo data in the store at `path` (the path shown, saved or not).
    void createDemoRequested(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();

    QGroupBox* m_sqliteGroup;
    QLabel* m_pathLabel;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QPushButton* m_createDemo;
    QLabel* m_sqliteNote;
    QGroupBox* m_postgresGroup;
    ConnectionsEditor* m_connections;
};

} // namespace streamlens::ui
