#pragma once

#include "analytics/incidents/IncidentMetrics.h"
#include "common/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wk::analytics::incidents {

// An alert of the file that could not be used, and why.
struct SkippedAlert
{
    qsizetype index = 0; // position in the array, from 0
    QString key;         // tinyId, else id; empty when the alert has neither
    QString reason;
};

struct AlertsFile
{
    QList<IncidentRecord> records;
    QList<SkippedAlert> skipped;
};

// An exported list of Opsgenie alert objects: a JSON array, or a saved list answer ({data: [...]}).
//
// What each record takes from an alert:
// - createdAt (ISO 8601, or epoch milliseconds) is required; status must be "open" or "closed"; priority P1..P5,
//   P3 when absent (Opsgenie's default);
// - report.ackTime and report.closeTime are milliseconds after createdAt, non-negative numbers; a closed alert
//   needs closeTime, an ackTime later than closeTime is inconsistent, and an acknowledged closed alert needs
//   ackTime. ackTime counts even when the alert was unacknowledged since: it is the first acknowledgement;
// - teams: the responders of type team (by name, else id); the `teams` list when there are none;
// - escalated: a responder of type escalation, a tag "escalated", or details.escalated = true. The alert object
//   has no record of escalations (only the activity log does), so this is a lower bound;
// - occurrence time (MTTD): firstOccurredAt, else details/extraProperties firstOccurredAt, startsAt or
//   occurredAt, as ISO 8601 or epoch milliseconds. lastOccurredAt is the latest occurrence, not the first;
// - closed by a person: report.closedBy is a username (Opsgenie usernames are email addresses), so "System",
//   an integration's name or nothing means it closed without a person;
// - an owner: the alert's owner is set.
// An alert that breaks these rules is skipped with its reason; the file fails only when it is not JSON or not a
// list of alerts.
Result<AlertsFile> readOpsgenieAlerts(const QByteArray& json);

// One alert; the error is the reason it cannot be used.
Result<IncidentRecord> readOpsgenieAlert(const QJsonObject& alert);

} // namespace wk::analytics::incidents
