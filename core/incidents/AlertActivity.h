#pragma once

#include "alerts/Alert.h"
#include "incidents/Incident.h"
#include "incidents/TimelineEvent.h"
#include "outbox/ActionOutbox.h"

#include <QList>
#include <QSet>
#include <QString>

namespace wk::incidents {

// What happened on an incident's alerts outside the incident, as timeline events: notes people wrote in the
// alert service, acknowledgements and closes seen there, and the actions taken from this console. Each event
// carries a `key` in its payload, the same every time the same thing is seen, so the timeline gets it once.
QString activityKey(const TimelineEvent& event);
QSet<QString> activityKeys(const QList<TimelineEvent>& timeline);

// Events for the linked alerts among `seen` whose keys are not in `known`, oldest first. `backend` names the
// alert service ("opsgenie", "demo") as the actor of changes it reports without a person.
QList<TimelineEvent> alertActivity(
    const Incident& incident, const QList<alerts::Alert>& seen, const QSet<QString>& known, const QString& backend);

// A console action that reached an end (landed or failed for good) as an `action` event; nothing for an action
// still on its way or not on one of the incident's alerts.
std::optional<TimelineEvent> actionEvent(const Incident& incident, const outbox::OutboxRecord& record);

} // namespace wk::incidents
