#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace wk {

// Runs `work` on the global thread pool and hands its result to `done` on the GUI thread, unless `context`
// was destroyed meanwhile. The result travels via the application object, which outlives every context.
template <typename T> void runInBackground(QObject* context, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<T>(work());
        QObject* app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(
            app,
            [guard, done = std::move(done), result]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace wk
