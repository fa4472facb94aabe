// SPDX-License-Identifier: MIT
#include "stats/VariableCombo.h"

#include "analysis/VariableCatalog.h"

namespace streamlens::ui {

VariableCombo::VariableCombo(Kind kind, QWidget* parent)
    : QComboBox(parent)
    , m_kind(kind)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    fill();
}

void VariableCombo::setLevel(analysis::Level level)
{
    if (level == m_level && count() > 0)
        return;
    m_level = level;
    fill();
}

void VariableCombo::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    fill();
}

std::string VariableCombo::key() const
{
    return currentData().toString().toStdString();
}

bool VariableCombo::setKey(const std::string& key)
{
    const int index = findData(QString::fromStdString(key));
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

std::optional<analysis::VariableInfo> VariableCombo::info() const
{
    return analysis::findVariable(m_level, key());
}

void VariableCombo::fill()
{
    const std::string previous = key();
    {
        const QSignalBlocker blocker(this);
        clear();
        auto add = [this](const analysis::VariableInfo& v) {
            // Keys are what the CLI, the docs and exported tables use; the catalogue's
            // definition explains each on hover.
            const QString key = QString::fromStdString(std::string(v.key));
            addItem(key, key);
            setItemData(count() - 1, QString::fromStdString(std::string(v.definition)),
                        Qt::ToolTipRole);
        };
        if (m_kind == Kind::Dimensions) {
            for (const auto& v : analysis::categoricalVariables(m_level))
                add(v);
        } else {
            for (const auto& v : analysis::metricVariables(m_level))
                if (m_kind == Kind::Metrics || v.type == analysis::VariableType::Binary)
                    add(v);
        }
        if (!setKey(previous) && count() > 0)
            setCurrentIndex(0);
    }
    emit currentIndexChanged(currentIndex());
}

} // namespace streamlens::ui
