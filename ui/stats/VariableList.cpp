// SPDX-License-Identifier: MIT
#include "stats/VariableList.h"

#include "analysis/VariableCatalog.h"

#include <algorithm>

namespace streamlens::ui {

VariableList::VariableList(bool withDimensions, QWidget* parent)
    : CheckableList(parent)
    , m_withDimensions(withDimensions)
{
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, &VariableList::checkedChanged);
    fill();
}

void VariableList::setLevel(analysis::Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    fill();
}

std::vector<std::string> VariableList::checkedKeys() const
{
    std::vector<std::string> keys;
    for (int i = 0; i < count(); ++i)
        if (!item(i)->isHidden() && item(i)->checkState() == Qt::Checked)
            keys.push_back(item(i)->data(Qt::UserRole).toString().toStdString());
    return keys;
}

void VariableList::setCheckedKeys(const std::vector<std::string>& keys)
{
    const QSignalBlocker blocker(this);
    for (int i = 0; i < count(); ++i) {
        const std::string key = item(i)->data(Qt::UserRole).toString().toStdString();
        item(i)->setCheckState(
            std::find(keys.begin(), keys.end(), key) != keys.end() ? Qt::Checked : Qt::Unchecked);
    }
    emit checkedChanged();
}

void VariableList::setExcluded(const std::string& key)
{
    m_excluded = key;
    for (int i = 0; i < count(); ++i)
        item(i)->setHidden(item(i)->data(Qt::UserRole).toString().toStdString() == key);
}

void VariableList::fill()
{
    const std::vector<std::string> previous = checkedKeys();
    {
        const QSignalBlocker blocker(this);
        clear();
        auto add = [this](const analysis::VariableInfo& v, bool dimension) {
            const QString key = QString::fromStdString(std::string(v.key));
            auto* item = new QListWidgetItem(dimension ? tr("%1 (dimension)").arg(key) : key, this);
            item->setData(Qt::UserRole, key);
            item->setToolTip(QString::fromStdString(std::string(v.definition)));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setHidden(v.key == m_excluded);
        };
        for (const auto& v : analysis::metricVariables(m_level))
            add(v, false);
        if (m_withDimensions)
            for (const auto& v : analysis::categoricalVariables(m_level))
                add(v, true);
    }
    setCheckedKeys(previous);
}

} // namespace streamlens::ui
