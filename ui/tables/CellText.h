// SPDX-License-Identifier: MIT
#pragma once

#include "table/CellValue.h"

#include <QString>

class QLocale;

namespace streamlens::ui {

// A cell as the Data page shows it: numbers in the user's locale (decimal separator, no
// thousands grouping, which would turn years and resolutions into "2,026" and "1,080"),
// decimals with exactly the digits stored, dates and timestamps in the contract's ISO-8601
// UTC form (unambiguous, milliseconds kept, the same text the export writes), null as empty.
QString cellDisplayText(const table::CellValue& value, const QLocale& locale);

} // namespace streamlens::ui
