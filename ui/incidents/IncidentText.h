#pragma once

#include "incidents/Incident.h"
#include "incidents/TimelineEvent.h"

#include <QColor>
#include <QDateTime>
#include <QString>

namespace wk::ui {

// The translated words for incidents: what a person reads in the incident view, the war room and the list.
QString incidentStatusText(incidents::IncidentStatus status); // "Investigating"
QString severityText(incidents::Severity severity);           // "SEV2"
QString severityMeaning(incidents::Severity severity);        // "major: a core function degraded"
QColor severityColor(incidents::Severity severity);
QColor incidentStatusColor(incidents::IncidentStatus status);

// What one timeline event says, in one line without the time or the actor: "Status: open → investigating",
// "Note: rolled back v42", "Acknowledged alert #1791 in the alert service".
QString timelineText(const incidents::TimelineEvent& event);
// A short tag for the kind, shown in its own column: "status", "note", "runbook", "script"...
QString timelineKindText(incidents::EventKind kind);

// A label drawn as a filled badge in the colour, with dark text: the words carry the meaning, the colour helps.
QString badgeStyleSheet(const QColor& color, int pointSize = 0);

// "2h 14m" since `from`, for ages that tick.
QString ageText(const QDateTime& from, const QDateTime& now);

} // namespace wk::ui
