// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"

#include <QString>

#include <optional>

class QSettings;

namespace streamlens::ui {

// Saves the current filter with the window state, as Filter::toJson under one key.
class FilterState {
public:
    static inline const QString kKey = QStringLiteral("filter/current");

    static void save(QSettings& settings, const query::Filter& filter);
    // The saved filter, or nullopt when none is saved or it no longer parses.
    static std::optional<query::Filter> restore(const QSettings& settings);
};

} // namespace streamlens::ui
