#pragma once

#include "incidents/TimelineEvent.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace wk::incidents {

// How long an incident waited for people, read from its real transitions, not from the row's current state.
struct ResponseTimes
{
    QDateTime createdAt;
    QDateTime acknowledgedAt;          // the first move to acknowledged or any later status
    QDateTime resolvedAt;              // the last move to resolved, if the incident is resolved now
    std::optional<qint64> mttaSeconds; // created -> acknowledgedAt
    std::optional<qint64> mttrSeconds; // created -> resolvedAt; none while open or after a reopen
};

// From a timeline in seq order. A resolved incident that was reopened has no MTTR until it is resolved again,
// and then counts to that last resolution.
ResponseTimes responseTimesOf(const QList<TimelineEvent>& timeline);

} // namespace wk::incidents
