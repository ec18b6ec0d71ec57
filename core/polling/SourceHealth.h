#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace wk::polling {

enum class SourceState {
    Waiting, // no answer yet
    Live,    // the last poll succeeded recently
    Stale,   // the last success is too old (nothing failed, but nothing arrived either)
    Failing, // the last poll failed; the last good data stays on screen
};

// What the status bar says about one source: live or stale, and since when.
struct SourceHealth
{
    QString source;
    qint64 intervalMs = 15'000;
    QDateTime lastSuccess;
    QDateTime failingSince;
    std::optional<Error> lastError;
    int consecutiveFailures = 0;

    // `startedAt`: when the request began. An answer to a request sent before the source started failing is
    // old news: it refreshes the data's time but does not declare the source healthy again.
    void recordSuccess(const QDateTime& at, const QDateTime& startedAt = {});
    void recordFailure(const QDateTime& at, const Error& error);

    // Stale after three missed intervals without an answer.
    SourceState state(const QDateTime& now) const;
    // When the current state began (the moment the source went stale or started failing).
    QDateTime stateSince(const QDateTime& now) const;
};

} // namespace wk::polling
