#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wk::incidents {

enum class EventKind {
    Created,          // payload: title, status, severity, roles, services
    StatusChanged,    // payload: from, to
    SeverityChanged,  // payload: from, to
    RoleAssigned,     // payload: role, person (empty: unassigned), previous
    AlertLinked,      // payload: alert_id, tiny_id
    Note,             // the text is in `note`
    NoteEdited,       // `refersTo` is the edited event, `note` the new text; the original stays as it was
    RunbookStepDone,  // payload: runbook_id, step_id
    Action,           // a console action on an alert; payload: action, alert_id, request_id...
    BackendNote,      // a note or activity from the alert backend; payload: alert_id, author
    ThresholdCrossed, // payload: query, value, threshold, direction
    Snapshot,         // a pinned chart or drift table; payload: title, media_type, attachment (see putAttachment)
    ScriptRun,        // payload: script, where, exit_code, output, timed_out
};

// Stable tokens kept in the database: "created", "status_changed", ..., "script_run".
QString eventKindToken(EventKind kind);
std::optional<EventKind> eventKindFromToken(const QString& token);

// Kinds that change the incident row; only the store's own calls write them, so the row always agrees with them.
bool changesIncident(EventKind kind);

// One entry of an incident's timeline. Events are only ever appended: an edit is a new event.
struct TimelineEvent
{
    qint64 incidentId = 0;
    qint64 seq = 0; // 1, 2, 3... within the incident: the order of the timeline
    QDateTime at;   // UTC, milliseconds
    QString actor;  // the person, or "console", "opsgenie", "runbook"...
    EventKind kind = EventKind::Note;
    QString note;        // optional words with any event; the text of a note
    qint64 refersTo = 0; // NoteEdited: the seq of the edited note
    QJsonObject payload;
};

} // namespace wk::incidents
