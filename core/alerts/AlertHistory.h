#pragma once

#include <QDateTime>
#include <QString>

namespace wk::alerts {

// What an alert service's activity log says happened to an alert, reduced to what the console archives and reports
// on. Lines about anything else (notifications sent, views, tag and priority edits) are not kept.
enum class AlertLogKind { Acknowledged, Unacknowledged, Closed, Escalated, Snoozed, Assigned, Note };

// One such event, backend-neutral: no vendor's log wording or paging leaks past AlertBackend.
struct AlertLogEntry
{
    QDateTime at;
    AlertLogKind kind = AlertLogKind::Note;
    QString actor;   // who did it: a username (an email on Opsgenie), "System", an integration's name
    QString text;    // the service's own words; for a note, the note itself
    QString subject; // Assigned: the new owner; Escalated: the policy; empty when the service does not say
    QDateTime until; // Snoozed: when the snooze ends, when the service says
};

} // namespace wk::alerts
