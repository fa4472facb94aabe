// SPDX-License-Identifier: MIT
#pragma once

#include <QTranslator>

namespace streamlens::ui {

// A translator that also finds texts lupdate filed under another context than the one the
// code asks with. Two patterns in the code base cause that:
//  - a file-local helper `QString tr(const char* s) { return translate("FilterText", s); }`
//    in a namespace: lupdate files its texts under the namespace ("streamlens::ui");
//  - a class declared with Q_DECLARE_TR_FUNCTIONS(SummaryText) inside a namespace: the code
//    asks with "SummaryText", lupdate files under "streamlens::summary::SummaryText".
// The exact context is tried first, so a text translated differently in two contexts keeps
// its own translation; the fallbacks only fill what would otherwise stay English.
class ContextFallbackTranslator : public QTranslator {
    Q_OBJECT
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override;
};

} // namespace streamlens::ui
