// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace streamlens::settings {

// What a chart export uses unless the user picks otherwise: pixel size, resolution, format.
struct ExportDefaults {
    Q_DECLARE_TR_FUNCTIONS(ExportDefaults)
public:
    static constexpr int kMinSide = 16;
    static constexpr int kMaxSide = 16384;
    static constexpr int kMinDpi = 72;
    static constexpr int kMaxDpi = 1200;

    int width = 1920;
    int height = 1080;
    int dpi = 144;
    QString format = QStringLiteral("png"); // "png" | "pdf" | "svg"

    static const QStringList& formats();
    QStringList problems() const;
    bool operator==(const ExportDefaults&) const = default;
};

} // namespace streamlens::settings
