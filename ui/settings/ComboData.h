// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QVariant>

namespace streamlens::ui {

// Selects the item whose data equals `data`; returns false (and keeps the selection) when
// no item has it. The settings tabs keep keys ("dark", "png") as item data, text for users.
inline bool selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

} // namespace streamlens::ui
