// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace streamlens::settings {

// libpq's sslmode values, weakest to strictest.
enum class SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull };

inline constexpr std::array<SslMode, 6> kAllSslModes = {SslMode::Disable,  SslMode::Allow,
                                                        SslMode::Prefer,   SslMode::Require,
                                                        SslMode::VerifyCa, SslMode::VerifyFull};

// The libpq keyword ("disable" ... "verify-full"), also the form kept in the settings file.
QString sslModeKeyword(SslMode mode);
std::optional<SslMode> sslModeFromKeyword(const QString& keyword);

} // namespace streamlens::settings
