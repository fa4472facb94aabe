// SPDX-License-Identifier: MIT
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace streamlens::ui {

namespace {
// Where qt_add_translations puts the compiled .qm files in the resources.
const QString kResourceDir = QStringLiteral(":/i18n");

QLocale localeFor(const QString& language)
{
    // Dates, decimal separators and digit grouping as in Germany or the US; the system's
    // own locale when it speaks the chosen language (de_AT, en_GB keep their conventions).
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) == language)
        return system;
    return QLocale(language == QLatin1String("de") ? QStringLiteral("de_DE")
                                                   : QStringLiteral("en_US"));
}
} // namespace

LanguageManager& LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

LanguageManager::LanguageManager() = default;

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

QString LanguageManager::systemLanguage()
{
    const QStringList available = availableLanguages();
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::setLanguage(const QString& code)
{
    const QString language = code.isEmpty() ? systemLanguage() : code;
    if (!availableLanguages().contains(language))
        return false;
    m_requested = code;
    if (language == m_language && !m_appTranslator.isEmpty())
        return true;

    // The locale first: widgets retranslating on LanguageChange format numbers with it.
    QLocale::setDefault(localeFor(language));
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (!m_appTranslator.load(QStringLiteral("streamlens_") + language, kResourceDir))
        qWarning("StreamLens: no translation for '%s' in the resources", qPrintable(language));
    else
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings (standard buttons, line edit menus) when the system has them.
    if (language != QLatin1String("en") &&
        m_qtTranslator.load(QStringLiteral("qtbase_") + language,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_language = language;
    emit languageChanged(language);
    return true;
}

} // namespace streamlens::ui
