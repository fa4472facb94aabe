// SPDX-License-Identifier: MIT
#include "widgets/ChangePalette.h"

#include "style/Theme.h"

#include <QApplication>
#include <QPalette>

namespace streamlens::ui::ChangePalette {

QColor good()
{
    return isDark() ? QColor(0x4c, 0xd6, 0xa8) : QColor(0x00, 0x7a, 0x58);
}

QColor bad()
{
    return isDark() ? QColor(0xff, 0x8c, 0x52) : QColor(0xb8, 0x48, 0x00);
}

QColor neutral()
{
    return QApplication::palette().color(QPalette::PlaceholderText);
}

} // namespace streamlens::ui::ChangePalette
