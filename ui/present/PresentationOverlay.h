// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"

#include <QWidget>

class QLabel;

namespace streamlens::ui {

// The small box in the top-right corner of a presentation: the active filter in words (as
// the chips word it) and the page as "2 / 3". It lets clicks through and keeps its corner
// when the window resizes.
class PresentationOverlay : public QWidget {
    Q_OBJECT
public:
    explicit PresentationOverlay(QWidget* parent);

    void setFilter(const query::Filter& filter);
    // index counts from 0.
    void setPage(int index, int count);

    QString filterText() const;
    QString pageText() const;

    // The filter in one line: "2026-10-01 – 2026-10-30 · device_type: smart_tv"; "All sessions"
    // when there is no condition.
    static QString describe(const query::Filter& filter);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslateUi();
    void placeInCorner();

    query::Filter m_filter;
    int m_pageIndex = 0;
    int m_pageCount = 0;
    QLabel* m_filterLabel;
    QLabel* m_pageLabel;
};

} // namespace streamlens::ui
