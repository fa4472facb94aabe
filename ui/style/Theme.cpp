// SPDX-License-Identifier: MIT
#include "style/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace streamlens::ui {

namespace {
Theme g_theme = Theme::System;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x27), base(0x17, 0x19, 0x1d), text(0xe6, 0xe8, 0xeb);
    const QColor muted(0x9a, 0xa0, 0xa8), accent(0x4c, 0x9a, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2e, 0x34));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Dark, QColor(0x12, 0x13, 0x16));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x45));
    p.setColor(QPalette::Disabled, QPalette::Text, muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, muted);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x66, 0x70));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    return p;
}
} // namespace

void applyTheme(Theme theme)
{
    g_theme = theme;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme currentTheme()
{
    return g_theme;
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

Theme themeFromString(const QString& text, bool* ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("light"))
        return Theme::Light;
    if (text == QLatin1String("dark"))
        return Theme::Dark;
    if (text != QLatin1String("system") && ok)
        *ok = false;
    return Theme::System;
}

} // namespace streamlens::ui
