// SPDX-License-Identifier: MIT
#pragma once

#include "data/DataController.h"
#include "filters/FilterEditor.h"
#include "pages/ExplorePage.h"

#include <memory>

namespace streamlens::ui {

// The Explore page, offscreen, as the source of the charts that export-chart and report
// draw: the same charts with the same settings as in the app.
class OffscreenExplore {
public:
    OffscreenExplore();

    ExplorePage& page() { return m_page; }
    // Computes every chart for this data and filter; false when they did not finish within
    // timeoutMs.
    bool load(std::shared_ptr<const Dataset> dataset, const query::Filter& filter, int timeoutMs);

private:
    DataController m_data;
    FilterEditor m_filters{&m_data};
    ExplorePage m_page{&m_data, &m_filters};
};

} // namespace streamlens::ui
