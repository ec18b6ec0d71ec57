#pragma once

#include "common/Error.h"

#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

// Waiting for one asynchronous answer of the product's clients in a test or a benchmark: spins an event loop
// until the answer comes, never longer than a bound.
namespace wk::testfleet {

template <typename T> using Call = std::function<void(QObject*, std::function<void(Result<T>)>)>;

// Runs `call` with a context that dies when the wait ends, so a late answer is dropped, not delivered.
template <typename T> Result<T> await(const Call<T>& call, int timeoutMs = 30'000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QObject context;
    call(&context, [&out, &loop](Result<T> result) {
        out = std::move(result);
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out)
        return makeError(ErrorCode::Cancelled, QStringLiteral("the test stopped waiting after %1 ms").arg(timeoutMs));
    return std::move(*out);
}

} // namespace wk::testfleet
