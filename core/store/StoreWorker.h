#pragma once

#include "common/Error.h"
#include "common/Logging.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace wk::store {

// A store (anything opened with a Result<Store>, used only on the thread that opened it) on a thread of its own,
// for a GUI thread that never waits on disk. Calls are queued to it in order and return at once; each answer comes
// back on the thread that made the worker, through `done`, unless the call's `context` was destroyed meanwhile.
//
// Destroying the worker finishes the calls already queued (their writes land; their answers are dropped), then
// closes the store on its own thread.
template <typename Store> class StoreWorker
{
public:
    template <typename T> using Done = std::function<void(Result<T>)>;

    // Opens the store on the worker thread; `opened` says whether it did. Calls made before that are queued behind
    // the opening and fail with its error if it failed.
    StoreWorker(const QString& threadName, std::function<Result<Store>()> open, QObject* context, Done<void> opened)
        : m_worker(std::make_unique<QObject>())
        , m_answers(std::make_unique<QObject>())
        , m_store(std::make_shared<std::optional<Store>>())
        , m_openError(std::make_shared<Error>(
              Error{ErrorCode::Io, QStringLiteral("the %1 store is not open").arg(threadName), std::nullopt, 0}))
    {
        m_thread.setObjectName(QStringLiteral("wk-") + threadName);
        m_worker->moveToThread(&m_thread);
        m_thread.start();
        QPointer<QObject> guard(context);
        QObject* answers = m_answers.get();
        QMetaObject::invokeMethod(
            m_worker.get(),
            [answers, guard, store = m_store, error = m_openError, threadName, open = std::move(open),
                opened = std::move(opened)]() {
                auto result = open();
                Result<void> answer;
                if (result) {
                    store->emplace(std::move(*result));
                } else {
                    *error = result.error();
                    answer = std::unexpected(result.error());
                    logging::get("store")->error(
                        "cannot open the {} store: {}", threadName.toStdString(), result.error().detail.toStdString());
                }
                QMetaObject::invokeMethod(
                    answers,
                    [guard, opened, answer]() {
                        if (guard && opened)
                            opened(answer);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    ~StoreWorker()
    {
        // Queued behind every call: they all run, then the store closes on the thread that opened it.
        QMetaObject::invokeMethod(
            m_worker.get(),
            [store = m_store]() {
                store->reset();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_thread.wait();
        m_worker.reset();
    }

    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    template <typename T> void run(QObject* context, std::function<Result<T>(Store&)> work, Done<T> done)
    {
        QPointer<QObject> guard(context);
        QObject* answers = m_answers.get();
        QMetaObject::invokeMethod(
            m_worker.get(),
            [answers, guard, store = m_store, error = m_openError, work = std::move(work), done = std::move(done)]() {
                auto result = std::make_shared<Result<T>>(*store ? work(**store) : Result<T>(std::unexpected(*error)));
                QMetaObject::invokeMethod(
                    answers,
                    [guard, done, result]() {
                        if (guard && done)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // The worker thread, for tests that check where the work ran.
    const QThread* thread() const { return &m_thread; }

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_worker;  // lives on m_thread: the queue the calls run from
    std::unique_ptr<QObject> m_answers; // lives on the creating thread: answers are posted to it
    // Touched on the worker thread only; shared so queued calls can hold them.
    std::shared_ptr<std::optional<Store>> m_store;
    std::shared_ptr<Error> m_openError;
};

} // namespace wk::store
