// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace streamlens::io::mapping {

// The ISO 3166-1 alpha-2 code of a country named in English (ISO short, common or official
// name, alpha-3 code, or a usual alias such as "USA", "UK", "Russia"), given in lower case
// with single spaces; empty when the name is unknown.
std::string_view countryCodeForLowerName(std::string_view lowerName);

} // namespace streamlens::io::mapping
