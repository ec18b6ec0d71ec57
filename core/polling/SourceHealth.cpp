#include "polling/SourceHealth.h"

namespace wk::polling {

namespace {
constexpr int staleAfterIntervals = 3;
}

void SourceHealth::recordSuccess(const QDateTime& at, const QDateTime& startedAt)
{
    lastSuccess = at;
    if (consecutiveFailures > 0 && startedAt.isValid() && startedAt < failingSince)
        return;
    failingSince = {};
    lastError.reset();
    consecutiveFailures = 0;
}

void SourceHealth::recordFailure(const QDateTime& at, const Error& error)
{
    if (consecutiveFailures == 0)
        failingSince = at;
    ++consecutiveFailures;
    lastError = error;
}

SourceState SourceHealth::state(const QDateTime& now) const
{
    if (consecutiveFailures > 0)
        return SourceState::Failing;
    if (!lastSuccess.isValid())
        return SourceState::Waiting;
    if (lastSuccess.msecsTo(now) > staleAfterIntervals * intervalMs)
        return SourceState::Stale;
    return SourceState::Live;
}

QDateTime SourceHealth::stateSince(const QDateTime& now) const
{
    switch (state(now)) {
    case SourceState::Failing:
        return failingSince;
    case SourceState::Stale:
        return lastSuccess.addMSecs(staleAfterIntervals * intervalMs);
    case SourceState::Live:
    case SourceState::Waiting:
        return lastSuccess;
    }
    return {};
}

} // namespace wk::polling
