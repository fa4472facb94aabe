// SPDX-License-Identifier: MIT
#include "cli/SignalWaiter.h"

#include <QEventLoop>
#include <QMetaMethod>
#include <QTimer>

namespace streamlens::ui {

SignalWaiter::SignalWaiter(QObject* parent)
    : QObject(parent)
{
}

bool SignalWaiter::watch(QObject* sender, const char* signature)
{
    if (!sender)
        return false;
    const int index = sender->metaObject()->indexOfSignal(signature);
    if (index < 0)
        return false;
    const QMetaMethod signal = sender->metaObject()->method(index);
    const QMetaMethod slot = metaObject()->method(metaObject()->indexOfSlot("notify()"));
    return static_cast<bool>(connect(sender, signal, this, slot));
}

void SignalWaiter::notify()
{
    ++m_count;
    if (m_loop && m_count >= m_target)
        m_loop->quit();
}

bool SignalWaiter::waitFor(int target, int timeoutMs)
{
    if (m_count >= target)
        return true;
    QEventLoop loop;
    m_loop = &loop;
    m_target = target;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    m_loop = nullptr;
    return m_count >= target;
}

} // namespace streamlens::ui
