// SPDX-License-Identifier: MIT
#include "filters/FilterChipsBar.h"

#include "data/DataController.h"
#include "filters/FilterChip.h"
#include "filters/FilterEditor.h"
#include "filters/FilterText.h"
#include "filters/FlowLayout.h"

#include <QEvent>
#include <QLabel>

namespace streamlens::ui {

FilterChipsBar::FilterChipsBar(DataController* data, FilterEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_editor(editor)
    , m_flow(new FlowLayout(this, 6))
    , m_caption(new QLabel(this))
{
    m_flow->setContentsMargins(8, 4, 8, 4);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_flow->addWidget(m_caption);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(m_data, &DataController::filterChanged, this, &FilterChipsBar::rebuild);
    rebuild();
}

QStringList FilterChipsBar::chipTexts() const
{
    QStringList texts;
    for (const auto* chip : m_chips)
        texts << chip->text();
    return texts;
}

void FilterChipsBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

int FilterChipsBar::heightForWidth(int width) const
{
    return m_flow->heightForWidth(width);
}

void FilterChipsBar::rebuild()
{
    // A handful of chips at most: rebuilding them all is simpler than diffing and cheap.
    for (auto* chip : m_chips) {
        m_flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater(); // it may be the sender of the click that got us here
    }
    m_chips.clear();

    const query::Filter filter = m_data->filter();
    m_caption->setText(filter.isEmpty() ? tr("No filter: all sessions") : tr("Filter:"));
    const auto add = [this](const QString& text, auto remove) {
        auto* chip = new FilterChip(text, this);
        connect(chip, &FilterChip::removeRequested, this, remove, Qt::QueuedConnection);
        m_flow->addWidget(chip);
        m_chips.push_back(chip);
    };
    if (filter.fromMs() || filter.toMs())
        add(timeChipText(filter.fromMs(), filter.toMs()),
            [this] { m_editor->setTimeRange(std::nullopt, std::nullopt); });
    for (size_t i = 0; i < filter.conditions().size(); ++i) {
        const auto condition = filter.conditions()[i];
        add(conditionChipText(condition), [this, condition] {
            // Removes the condition equal to the chip's, wherever it sits now.
            query::Filter next = m_data->filter();
            const auto& all = next.conditions();
            const auto it = std::find(all.begin(), all.end(), condition);
            if (it == all.end())
                return;
            next.removeCondition(static_cast<size_t>(it - all.begin()));
            m_editor->apply(next, tr("Remove filter %1").arg(conditionChipText(condition)));
        });
    }
    for (const auto& range : filter.ranges()) {
        const auto measure = range.measure;
        add(rangeChipText(range), [this, measure, range] {
            query::Filter next = m_data->filter();
            next.removeRange(measure);
            m_editor->apply(next, tr("Remove filter %1").arg(rangeChipText(range)));
        });
    }
    updateGeometry();
}

} // namespace streamlens::ui
