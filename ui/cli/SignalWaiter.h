// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QEventLoop;

namespace streamlens::ui {

// Counts the emissions of signals and runs the event loop until enough have come, for the
// offscreen commands that must wait for pages and charts to show their data. Works with
// signals known only by name (a page "may expose a refreshed() signal").
class SignalWaiter : public QObject {
    Q_OBJECT
public:
    explicit SignalWaiter(QObject* parent = nullptr);

    // Counts sender's signal by its signature ("refreshed()"); false when it has none.
    bool watch(QObject* sender, const char* signature);
    int count() const { return m_count; }
    // Runs the event loop until count() reaches target or timeoutMs passes; true if reached.
    bool waitFor(int target, int timeoutMs);

public slots:
    void notify();

private:
    int m_count = 0;
    int m_target = 0;
    QEventLoop* m_loop = nullptr;
};

} // namespace streamlens::ui
