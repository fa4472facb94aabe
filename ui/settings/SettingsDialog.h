// SPDX-License-Identifier: MIT
#pragma once

#include "settings/AppSettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace streamlens::ui {

class AppearanceTab;
class CsvImportTab;
class DataSourcesTab;
class ExportTab;
class PasswordVault;

// The settings of StreamLens in four tabs (Data sources, CSV import, Appearance, Export),
// read from and saved to the application's QSettings through settings::AppSettings.
// Passwords go to the PasswordVault only. OK and Apply save when everything is valid and
// list the problems in the dialog otherwise.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // The vault should live as long as the application. Keep the dialog too (e.g. a member of
    // the main window): destroying it waits for a running connection test (at most its
    // connect timeout).
    explicit SettingsDialog(PasswordVault* vault, QWidget* parent = nullptr);

    // Shows what the settings file holds now (also done each time the dialog is shown, so
    // one dialog can be kept and reopened; Cancel's edits do not survive).
    void reload();
    // Validates, saves settings and passwords, emits applied(); false (nothing saved, the
    // problems shown) when something is invalid.
    bool apply();
    // What the tabs hold now, saved or not.
    settings::AppSettings editedSettings() const;
    void setEditedSettings(const settings::AppSettings& values);
    // The problems or load warnings shown at the bottom; empty when none.
    QString messageText() const;

    QTabWidget* tabs() const { return m_tabs; }
    DataSourcesTab* dataSourcesTab() const { return m_dataSources; }
    CsvImportTab* csvImportTab() const { return m_csvImport; }
    AppearanceTab* appearanceTab() const { return m_appearance; }
    ExportTab* exportTab() const { return m_export; }
    QDialogButtonBox* buttons() const { return m_buttons; }

signals:
    // The settings were saved; readers (theme, language, export, store) take them up.
    void applied();
    void createDemoRequested(const QString& path);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showMessage(const QStringList& lines);

    QTabWidget* m_tabs;
    DataSourcesTab* m_dataSources;
    CsvImportTab* m_csvImport;
    AppearanceTab* m_appearance;
    ExportTab* m_export;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    // The settings as last loaded or saved: the base of editedSettings().
    settings::AppSettings m_loaded;
};

} // namespace streamlens::ui
