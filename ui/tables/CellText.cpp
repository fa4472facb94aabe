// SPDX-License-Identifier: MIT
#include "tables/CellText.h"

#include <QLocale>

namespace streamlens::ui {

namespace {

// Digits after the point that a thousandths value needs: 1500 → 1, 1234 → 3, 2000 → 0.
int decimalsOf(int64_t milli)
{
    const int64_t frac = milli % 1000;
    if (frac == 0)
        return 0;
    if (frac % 100 == 0)
        return 1;
    return frac % 10 == 0 ? 2 : 3;
}

} // namespace

QString cellDisplayText(const table::CellValue& value, const QLocale& locale)
{
    using Kind = table::CellValue::Kind;
    switch (value.kind) {
    case Kind::Null:
        return {};
    case Kind::Text:
        return QString::fromUtf8(value.text.data(), static_cast<qsizetype>(value.text.size()));
    case Kind::Integer:
        return locale.toString(static_cast<qlonglong>(value.number));
    case Kind::Milli:
        // Exact: a double holds every thousandth below 2^53 / 1000, and 'f' rounds to it.
        return locale.toString(static_cast<double>(value.number) / 1000.0, 'f',
                               decimalsOf(value.number));
    case Kind::Boolean:
    case Kind::Date:
    case Kind::Timestamp:
        return QString::fromStdString(table::contractText(value));
    }
    return {};
}

} // namespace streamlens::ui
