// SPDX-License-Identifier: MIT
#include "io/CsvFormat.h"

#include <QJsonValue>
#include <QString>

namespace streamlens::io {

namespace {
bool singleChar(const QJsonObject& json, const char* key, char& out, std::string* error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const QString text = value.toString();
    if (text.size() != 1 || text.at(0).unicode() > 0x7f) {
        if (error)
            *error = std::string(key) + " must be one ASCII character";
        return false;
    }
    out = static_cast<char>(text.at(0).unicode());
    return true;
}
} // namespace

bool CsvFormat::isContractDefault() const
{
    return *this == CsvFormat{};
}

QJsonObject CsvFormat::toJson() const
{
    return {{QStringLiteral("delimiter"), QString(QChar(delimiter))},
            {QStringLiteral("quote"), QString(QChar(quote))},
            {QStringLiteral("encoding"), QString::fromStdString(encoding)},
            {QStringLiteral("decimal_separator"), QString(QChar(decimalSeparator))},
            {QStringLiteral("date_format"), QString::fromStdString(dateFormat)},
            {QStringLiteral("header"), hasHeader},
            {QStringLiteral("max_reject_rate"), maxRejectRate}};
}

CsvFormat CsvFormat::fromJson(const QJsonObject& json, std::string* error)
{
    CsvFormat format;
    if (!singleChar(json, "delimiter", format.delimiter, error) ||
        !singleChar(json, "quote", format.quote, error) ||
        !singleChar(json, "decimal_separator", format.decimalSeparator, error))
        return CsvFormat{};
    if (json.contains(QLatin1String("encoding")))
        format.encoding = json.value(QLatin1String("encoding")).toString().toStdString();
    if (json.contains(QLatin1String("date_format")))
        format.dateFormat = json.value(QLatin1String("date_format")).toString().toStdString();
    if (json.contains(QLatin1String("header")))
        format.hasHeader = json.value(QLatin1String("header")).toBool(true);
    if (json.contains(QLatin1String("max_reject_rate"))) {
        const double rate = json.value(QLatin1String("max_reject_rate")).toDouble(-1);
        if (rate < 0 || rate > 1) {
            if (error)
                *error = "max_reject_rate must be between 0 and 1";
            return CsvFormat{};
        }
        format.maxRejectRate = rate;
    }
    return format;
}

} // namespace streamlens::io
