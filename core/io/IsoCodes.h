// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace streamlens::io {

// ISO 3166-1 alpha-2 country code as assigned (upper case, e.g. "DE"), plus "XK" (Kosovo),
// which the EU and most data providers use.
bool isIsoCountryCode(std::string_view code);

// ISO 639-1 two-letter language code (lower case, e.g. "en").
bool isIsoLanguageCode(std::string_view code);

} // namespace streamlens::io
