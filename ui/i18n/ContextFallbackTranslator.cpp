// SPDX-License-Identifier: MIT
#include "i18n/ContextFallbackTranslator.h"

#include <QByteArray>

#include <iterator>

namespace streamlens::ui {

namespace {
// The namespaces that hold translated code, innermost first where they nest.
const char* const kNamespaces[] = {
    "streamlens::ui",       "streamlens::summary",  "streamlens::query",
    "streamlens::settings", "streamlens::analysis", "streamlens::io::mapping",
    "streamlens::io",       "streamlens::stats",    "streamlens::cli::stats",
    "streamlens::cli",      "streamlens::table",    "streamlens::rowexport",
    "streamlens::explore",  "streamlens::facets",   "streamlens::source",
    "streamlens::pg",       "streamlens",
};
} // namespace

QString ContextFallbackTranslator::translate(const char* context, const char* sourceText,
                                             const char* disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isNull() || !context || !*context || isEmpty())
        return text;
    const QByteArray asked(context);
    // Already qualified: the exact lookup was the only sensible one.
    if (asked.contains("::"))
        return text;
    for (const char* ns : kNamespaces) {
        const QByteArray qualified = QByteArray(ns) + "::" + asked;
        text = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    for (const char* ns : kNamespaces) {
        text = QTranslator::translate(ns, sourceText, disambiguation, n);
        if (!text.isNull())
            return text;
    }
    return text;
}

} // namespace streamlens::ui
