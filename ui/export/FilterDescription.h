// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"

#include <QString>

namespace streamlens::ui {

// The whole filter in one line for exports and the report, in the wording of the filter
// chips ("device_type: smart_tv, mobile; 2026-10-01 – 2026-10-14"), or "none (all
// sessions)".
QString describeFilter(const query::Filter& filter);

} // namespace streamlens::ui
