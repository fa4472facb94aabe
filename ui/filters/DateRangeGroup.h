// SPDX-License-Identifier: MIT
#pragma once

#include "facets/TimeExtent.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QTimer;
class QToolButton;

namespace streamlens::ui {

// The date part of the filter panel: from/to date edits bounded by the data's first and
// last day, and presets (last 7/30/90 days ending at the data's last day, all). Days are UTC,
// as the data's timestamps are; "to" includes its whole day.
class DateRangeGroup : public QWidget {
    Q_OBJECT
public:
    explicit DateRangeGroup(QWidget* parent = nullptr);

    void setExtent(const facets::TimeExtent& extent);
    const facets::TimeExtent& extent() const { return m_extent; }
    // Reflects the filter's time range (no signal).
    void setRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    // Presets: the last days days of the data, or everything (days = 0).
    void applyPreset(int days);
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

protected:
    void changeEvent(QEvent* event) override;

signals:
    // The user picked a range: [fromMs, toMs), nullopt = unbounded.
    void rangeEdited(std::optional<qint64> fromMs, std::optional<qint64> toMs);

private:
    void retranslateUi();
    void commitEdits();
    void emitDays(int64_t firstDay, int64_t lastDay);

    facets::TimeExtent m_extent;
    QLabel* m_title;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    QList<QToolButton*> m_presets; // each has its number of days (0 = all) as "days"
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_clear;
    QTimer* m_commit; // typing in a date edit commits once it pauses, not per keystroke
};

} // namespace streamlens::ui
