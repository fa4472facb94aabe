// SPDX-License-Identifier: MIT
#include "settings/ExportDefaults.h"

#include <QLocale>

namespace streamlens::settings {

namespace {
QString number(int value)
{
    return QLocale().toString(value);
}
} // namespace

const QStringList& ExportDefaults::formats()
{
    static const QStringList values = {QStringLiteral("png"), QStringLiteral("pdf"),
                                       QStringLiteral("svg")};
    return values;
}

QStringList ExportDefaults::problems() const
{
    QStringList out;
    if (width < kMinSide || width > kMaxSide || height < kMinSide || height > kMaxSide)
        out << tr("The export size must be between %1 and %2 pixels per side (it is %3 × %4).")
                   .arg(number(kMinSide), number(kMaxSide), number(width), number(height));
    if (dpi < kMinDpi || dpi > kMaxDpi)
        out << tr("The export resolution must be between %1 and %2 DPI (it is %3).")
                   .arg(number(kMinDpi), number(kMaxDpi), number(dpi));
    if (!formats().contains(format))
        out << tr("Unknown export format \"%1\" (png, pdf or svg).").arg(format);
    return out;
}

} // namespace streamlens::settings
