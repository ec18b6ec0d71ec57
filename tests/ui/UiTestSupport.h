#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <functional>

namespace wk::uitest {

// Spins the event loop (and whatever else `step` does) until `done` holds or the time is up.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10'000, const std::function<void()>& step = {})
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        if (step)
            step();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace wk::uitest
