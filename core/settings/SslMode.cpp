// SPDX-License-Identifier: MIT
#include "settings/SslMode.h"

namespace streamlens::settings {

QString sslModeKeyword(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return QStringLiteral("disable");
    case SslMode::Allow:
        return QStringLiteral("allow");
    case SslMode::Prefer:
        return QStringLiteral("prefer");
    case SslMode::Require:
        return QStringLiteral("require");
    case SslMode::VerifyCa:
        return QStringLiteral("verify-ca");
    case SslMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

std::optional<SslMode> sslModeFromKeyword(const QString& keyword)
{
    for (SslMode mode : kAllSslModes)
        if (sslModeKeyword(mode) == keyword)
            return mode;
    return std::nullopt;
}

} // namespace streamlens::settings
