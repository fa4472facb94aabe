// SPDX-License-Identifier: MIT
#include "cli/OffscreenExplore.h"

#include "cli/SignalWaiter.h"

namespace streamlens::ui {

OffscreenExplore::OffscreenExplore()
{
    // Shown (offscreen) because the page computes only while visible; the size is the
    // on-screen one, exports lay the charts out anew at theirs.
    m_page.resize(1280, 900);
    m_page.show();
}

bool OffscreenExplore::load(std::shared_ptr<const Dataset> dataset, const query::Filter& filter,
                            int timeoutMs)
{
    SignalWaiter waiter;
    waiter.watch(&m_page, "refreshed()");
    m_data.setFilter(filter);
    m_data.setDataset(std::move(dataset), QString());
    return waiter.waitFor(1, timeoutMs);
}

} // namespace streamlens::ui
