#include "incidents/ResponseTimes.h"

#include "incidents/Incident.h"

using namespace Qt::StringLiterals;

namespace wk::incidents {

ResponseTimes responseTimesOf(const QList<TimelineEvent>& timeline)
{
    ResponseTimes times;
    bool resolved = false;
    for (const TimelineEvent& event : timeline) {
        std::optional<IncidentStatus> to;
        if (event.kind == EventKind::Created) {
            times.createdAt = event.at;
            to = statusFromToken(event.payload.value(u"status"_s).toString());
        } else if (event.kind == EventKind::StatusChanged) {
            to = statusFromToken(event.payload.value(u"to"_s).toString());
        }
        if (!to)
            continue;
        if (isAcknowledgedOrLater(*to) && !times.acknowledgedAt.isValid())
            times.acknowledgedAt = event.at;
        resolved = *to == IncidentStatus::Resolved;
        if (resolved)
            times.resolvedAt = event.at;
    }
    if (!resolved)
        times.resolvedAt = QDateTime();
    if (times.createdAt.isValid()) {
        if (times.acknowledgedAt.isValid())
            times.mttaSeconds = times.createdAt.secsTo(times.acknowledgedAt);
        if (times.resolvedAt.isValid())
            times.mttrSeconds = times.createdAt.secsTo(times.resolvedAt);
    }
    return times;
}

} // namespace wk::incidents
