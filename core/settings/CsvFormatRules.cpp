// SPDX-License-Identifier: MIT
#include "settings/CsvFormatRules.h"

#include <QLocale>
#include <QString>

namespace streamlens::settings {

namespace {
QString shown(char c)
{
    if (c == '\t')
        return CsvFormatRules::tr("tab");
    if (c == ' ')
        return CsvFormatRules::tr("space");
    return QStringLiteral("\"%1\"").arg(QChar(c));
}
} // namespace

const QStringList& CsvFormatRules::encodings()
{
    static const QStringList values = {QStringLiteral("UTF-8"), QStringLiteral("ISO-8859-1"),
                                       QStringLiteral("Windows-1252"), QStringLiteral("UTF-16LE"),
                                       QStringLiteral("UTF-16BE")};
    return values;
}

const QStringList& CsvFormatRules::namedDateFormats()
{
    static const QStringList values = {QStringLiteral("iso"), QStringLiteral("unix_s"),
                                       QStringLiteral("unix_ms")};
    return values;
}

QStringList CsvFormatRules::problems(const io::CsvFormat& format)
{
    QStringList out;
    const auto isLineBreak = [](char c) { return c == '\n' || c == '\r'; };
    if (format.delimiter == '\0' || isLineBreak(format.delimiter))
        out << tr("The CSV delimiter must be a visible character or tab.");
    if (format.quote == '\0' || isLineBreak(format.quote))
        out << tr("The CSV quote must be a visible character.");
    if (format.delimiter == format.quote)
        out << tr("The CSV delimiter and quote cannot both be %1.").arg(shown(format.delimiter));
    if (format.decimalSeparator != '.' && format.decimalSeparator != ',')
        out << tr("The decimal separator must be \".\" or \",\".");
    else if (format.decimalSeparator == format.delimiter)
        out << tr("The decimal separator cannot be the delimiter (%1): choose another "
                  "delimiter, such as a semicolon.")
                   .arg(shown(format.delimiter));
    if (!encodings().contains(QString::fromStdString(format.encoding)))
        out << tr("Unsupported encoding \"%1\" (%2).")
                   .arg(QString::fromStdString(format.encoding),
                        QLocale().createSeparatedList(encodings()));
    const QString date = QString::fromStdString(format.dateFormat);
    if (!namedDateFormats().contains(date)) {
        // A Qt pattern needs at least a day, a month and a year to give a date.
        if (!date.contains(QLatin1Char('d')) || !date.contains(QLatin1Char('M')) ||
            !date.contains(QLatin1Char('y')))
            out << tr("The date format \"%1\" needs a day (d), a month (M) and a year (y), or "
                      "is one of iso, unix_s, unix_ms.")
                       .arg(date);
    }
    if (!(format.maxRejectRate >= 0.0 && format.maxRejectRate <= 1.0))
        out << tr("The reject threshold must be between 0 % and 100 %.");
    return out;
}

} // namespace streamlens::settings
