// SPDX-License-Identifier: MIT
#pragma once

#include "i18n/ContextFallbackTranslator.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace streamlens::ui {

// The user-interface language, switchable while the application runs: installs StreamLens's
// translation (compiled from translations/*.ts into the resources at :/i18n) and Qt's own
// (qtbase_<lang>.qm, for standard dialogs and context menus), sets the default QLocale so
// numbers and dates follow the language, and lets Qt send LanguageChange to every widget,
// whose retranslateUi() then sets its texts anew.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    static LanguageManager& instance();

    // Languages the application is translated into, as settings store them.
    static QStringList availableLanguages();
    // The language "" (the system's) stands for: the first of the system's UI languages
    // that is available, else English.
    static QString systemLanguage();

    // "en", "de", or "" for the system's language. False for a language that is not
    // available (nothing changes then).
    bool setLanguage(const QString& code);
    // As last set ("" = system's).
    QString requestedLanguage() const { return m_requested; }
    // The language in effect ("en" or "de").
    QString language() const { return m_language; }

signals:
    void languageChanged(const QString& language);

private:
    LanguageManager();

    ContextFallbackTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    QString m_requested;
    QString m_language = QStringLiteral("en");
};

} // namespace streamlens::ui
