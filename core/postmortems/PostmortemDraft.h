#pragma once

#include "incidents/IncidentStore.h"
#include "incidents/ResponseTimes.h"
#include "incidents/TimelineEvent.h"
#include "postmortems/Postmortem.h"

#include <QList>
#include <QString>

#include <optional>

namespace wk::postmortems {

// What happened, in one human line, in the plain English of a postmortem document (not translated: the document's
// language is the template's): "Status: investigating → identified", "Severity: SEV3 → SEV1", "Commander: bo (was
// ada)", "Note: rolled back". Words the person added to a change follow after " — ". A note's text keeps its line
// breaks.
QString timelineLine(const incidents::TimelineEvent& event);

// Every event that can go in a postmortem, in seq order, one entry each. An edited note is one entry at the note's
// place carrying the latest text; the `note_edited` events themselves are not entries.
QList<TimelineEntry> timelineEntries(const QList<incidents::TimelineEvent>& timeline);

// Whether a draft picks an event of this kind: the changes that tell the story (created, status, severity, roles),
// the alerts linked, notes, console actions, threshold crossings, snapshots and script runs. Left out unless someone
// ticks them: runbook steps (a runbook has many; its outcome shows in the notes and actions that follow) and notes
// mirrored from the alert backend (mostly automation chatter).
bool tellsTheStory(incidents::EventKind kind);

// A first draft of the postmortem of a (resolved) incident: its title, severity, commander, duration, MTTA and MTTR,
// and the timeline entries that tell the story. sloBudgetBurned, when the caller measured it, is a fraction of the
// error budget and also fills the SLO text ("18.0% of the error budget").
Postmortem draftFromIncident(const incidents::IncidentWithTimeline& incident, const incidents::ResponseTimes& times,
    std::optional<double> sloBudgetBurned = std::nullopt);

// Brings what the incident knows up to date in a saved postmortem (severity, commander, duration, MTTA, MTTR, and the
// text of each chosen entry, so a note edited later reads as edited); what people wrote stays as it is.
void refreshFromIncident(
    Postmortem& postmortem, const incidents::IncidentWithTimeline& incident, const incidents::ResponseTimes& times);

} // namespace wk::postmortems
