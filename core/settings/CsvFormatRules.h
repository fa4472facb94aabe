// SPDX-License-Identifier: MIT
#pragma once

#include "io/CsvFormat.h"

#include <QCoreApplication>
#include <QStringList>

namespace streamlens::settings {

// What the settings accept as a CSV import default (io::CsvFormat itself only checks that
// its JSON is well-formed): the choices the import can honour, and their consistency.
class CsvFormatRules {
    Q_DECLARE_TR_FUNCTIONS(CsvFormatRules)
public:
    // The encodings named in io::CsvFormat, in the order the dialog offers them.
    static const QStringList& encodings();
    // The non-pattern date formats: ISO 8601 and epoch seconds / milliseconds.
    static const QStringList& namedDateFormats();
    static QStringList problems(const io::CsvFormat& format);
};

} // namespace streamlens::settings
