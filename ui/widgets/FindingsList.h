// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"
#include "summary/Finding.h"

#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace streamlens::ui {

// The "what changed" section: the core's findings as numbered, clickable paragraphs. A click
// (or Enter on a focused finding) emits the finding's filter, which selects its segment.
class FindingsList : public QWidget {
    Q_OBJECT
public:
    explicit FindingsList(QWidget* parent = nullptr);

    // note: shown under the heading (how many comparisons, or why there is nothing).
    void setFindings(const std::vector<summary::Finding>& findings, const QString& note);
    int count() const { return static_cast<int>(m_findings.size()); }
    QString text(int index) const;
    // Emits findingActivated for finding index (what a click does), for tests and shortcuts.
    void activate(int index);

signals:
    void findingActivated(const streamlens::query::Filter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_heading;
    QLabel* m_note;
    QVBoxLayout* m_items;
    std::vector<summary::Finding> m_findings;
    std::vector<QWidget*> m_itemWidgets;
};

} // namespace streamlens::ui
