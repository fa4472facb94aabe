// SPDX-License-Identifier: MIT
#include "filters/DateRangeGroup.h"

#include "query/UtcCalendar.h"

#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {
const QDate kEpoch(1970, 1, 1);

QDate dateOfDay(int64_t day)
{
    return kEpoch.addDays(day);
}

int64_t dayOfDate(const QDate& date)
{
    return kEpoch.daysTo(date);
}
} // namespace

DateRangeGroup::DateRangeGroup(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QToolButton(this))
    , m_commit(new QTimer(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_clear->setAutoRaise(true);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setTimeSpec(Qt::UTC);
        // Never narrower than a whole date: the dock scrolls rather than clip it.
        edit->setMinimumWidth(edit->sizeHint().width());
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(edit, &QDateEdit::dateChanged, m_commit, qOverload<>(&QTimer::start));
    }
    m_commit->setSingleShot(true);
    m_commit->setInterval(400);
    connect(m_commit, &QTimer::timeout, this, &DateRangeGroup::commitEdits);
    connect(m_clear, &QToolButton::clicked, this, [this] { applyPreset(0); });

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_clear);

    auto* edits = new QGridLayout;
    edits->addWidget(m_fromLabel, 0, 0);
    edits->addWidget(m_from, 0, 1);
    edits->addWidget(m_toLabel, 1, 0);
    edits->addWidget(m_to, 1, 1);
    edits->setColumnStretch(1, 1);

    auto* presets = new QHBoxLayout;
    presets->setSpacing(4);
    for (const int days : {7, 30, 90, 0}) {
        // Tool buttons: push buttons have a minimum width that four of them exceed in a
        // narrow dock.
        auto* button = new QToolButton(this);
        button->setProperty("days", days);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(button, &QToolButton::clicked, this, [this, days] { applyPreset(days); });
        presets->addWidget(button);
        m_presets.append(button);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addLayout(edits);
    layout->addLayout(presets);
    // The dock may shrink the panel, never this group: its height is what it needs.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    retranslateUi();
    setEnabled(false);
}

void DateRangeGroup::retranslateUi()
{
    m_title->setText(tr("Date range"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Show every day of the data"));
    for (QToolButton* button : m_presets) {
        const int days = button->property("days").toInt();
        button->setText(days ? tr("%n days", nullptr, days) : tr("All"));
        button->setToolTip(days ? tr("The last %n days of the data", nullptr, days)
                                : tr("Every day of the data"));
    }
}

void DateRangeGroup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DateRangeGroup::setExtent(const facets::TimeExtent& extent)
{
    m_extent = extent;
    setEnabled(!extent.isEmpty());
    if (extent.isEmpty())
        return;
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    for (QDateEdit* edit : {m_from, m_to})
        edit->setDateRange(dateOfDay(*extent.firstDay), dateOfDay(*extent.lastDay));
}

void DateRangeGroup::setRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    m_commit->stop();
    if (m_extent.isEmpty())
        return;
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    m_from->setDate(
        dateOfDay(fromMs ? query::floorDiv(*fromMs, query::kMsPerDay) : *m_extent.firstDay));
    m_to->setDate(
        dateOfDay(toMs ? query::floorDiv(*toMs - 1, query::kMsPerDay) : *m_extent.lastDay));
    m_clear->setEnabled(fromMs || toMs);
}

void DateRangeGroup::applyPreset(int days)
{
    m_commit->stop();
    if (m_extent.isEmpty())
        return;
    if (days <= 0) {
        emit rangeEdited(std::nullopt, std::nullopt);
        return;
    }
    emitDays(std::max(*m_extent.firstDay, *m_extent.lastDay - days + 1), *m_extent.lastDay);
}

void DateRangeGroup::commitEdits()
{
    if (m_extent.isEmpty())
        return;
    int64_t first = dayOfDate(m_from->date()), last = dayOfDate(m_to->date());
    if (first > last)
        std::swap(first, last);
    emitDays(first, last);
}

void DateRangeGroup::emitDays(int64_t firstDay, int64_t lastDay)
{
    // The data's whole extent is no condition at all, so "All" and a full manual range agree.
    if (firstDay <= *m_extent.firstDay && lastDay >= *m_extent.lastDay) {
        emit rangeEdited(std::nullopt, std::nullopt);
        return;
    }
    emit rangeEdited(firstDay * query::kMsPerDay, (lastDay + 1) * query::kMsPerDay);
}

} // namespace streamlens::ui
