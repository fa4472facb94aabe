// SPDX-License-Identifier: MIT
#pragma once

#include "query/Dimension.h"

#include <QString>

#include <string_view>

// Display text of dimensions and their values, for chart axes, legends, tooltips, filter
// chips and facet lists: the one place that turns "device_type" into "Device type" and
// "smart_tv" into "Smart TV". The English texts are marked for translation (context
// "DimensionLabels") and translated when asked, so a language switch takes effect on the
// next call. Data and filters keep the raw values; only display goes through here.
namespace streamlens::query {

// "Device type", "CDN", "Connection".
QString dimensionLabel(DimensionId dimension);

// A value of dimension as people read it: the contract's closed values by name ("Smart TV",
// "Wi-Fi", "VOD"), countries and languages by their name in English (QLocale has no other
// table; unknown codes stay as they are), weekdays and days in the current locale, hours
// as numbers, resolutions as "1080p", booleans as yes/no, the null group as "(none)". Open
// values (CDNs, ISPs, titles, operating systems) are shown as the data spells them.
QString valueLabel(DimensionId dimension, std::string_view value);
QString valueLabel(DimensionId dimension, const QString& value);

} // namespace streamlens::query
