#include "postmortems/PostmortemDraft.h"

#include <QHash>
#include <QJsonValue>

using namespace Qt::StringLiterals;
using wk::incidents::EventKind;
using wk::incidents::TimelineEvent;

namespace wk::postmortems {

namespace {

QString field(const TimelineEvent& event, const QString& key)
{
    const QJsonValue value = event.payload.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 6);
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return value.toString();
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString alertName(const TimelineEvent& event)
{
    const QString tiny = field(event, u"tiny_id"_s);
    return tiny.isEmpty() ? field(event, u"alert_id"_s) : u"#"_s + tiny;
}

QString roleLine(const TimelineEvent& event)
{
    const QString person = field(event, u"person"_s);
    const QString previous = field(event, u"previous"_s);
    QString line = capitalised(field(event, u"role"_s)) + u": "_s + (person.isEmpty() ? u"unassigned"_s : person);
    if (!previous.isEmpty())
        line += u" (was "_s + previous + u')';
    return line;
}

QString thresholdLine(const TimelineEvent& event)
{
    const QString direction = field(event, u"direction"_s);
    QString line = u"Threshold crossed: "_s + field(event, u"query"_s) + u" = "_s + field(event, u"value"_s);
    const QString threshold = field(event, u"threshold"_s);
    if (!threshold.isEmpty())
        line += u" ("_s + (direction.isEmpty() ? u"threshold"_s : direction) + u' ' + threshold + u')';
    return line;
}

QString scriptLine(const TimelineEvent& event)
{
    QString line = u"Script run: "_s + field(event, u"script"_s);
    const QString where = field(event, u"where"_s);
    if (!where.isEmpty())
        line += u" on "_s + where;
    if (event.payload.value(u"timed_out"_s).toBool())
        line += u" → timed out"_s;
    else if (event.payload.contains(u"exit_code"_s))
        line += u" → exit "_s + field(event, u"exit_code"_s);
    return line;
}

QString actionLine(const TimelineEvent& event)
{
    QString line = u"Action: "_s + field(event, u"action"_s);
    const QString alert = alertName(event);
    if (!alert.isEmpty())
        line += u" on alert "_s + alert;
    return line;
}

// The line an event stands for, without the words a person added to it.
QString eventLine(const TimelineEvent& event)
{
    switch (event.kind) {
    case EventKind::Created:
        return u"Opened: "_s + field(event, u"title"_s) + u" ("_s + field(event, u"severity"_s) + u')';
    case EventKind::StatusChanged:
        return u"Status: "_s + field(event, u"from"_s) + u" → "_s + field(event, u"to"_s);
    case EventKind::SeverityChanged:
        return u"Severity: "_s + field(event, u"from"_s) + u" → "_s + field(event, u"to"_s);
    case EventKind::RoleAssigned:
        return roleLine(event);
    case EventKind::AlertLinked:
        return u"Alert linked: "_s + alertName(event);
    case EventKind::Note:
        return u"Note: "_s + event.note;
    case EventKind::NoteEdited:
        return u"Note edited: "_s + event.note;
    case EventKind::RunbookStepDone:
        return u"Runbook step done: "_s + field(event, u"step_id"_s) + u" ("_s + field(event, u"runbook_id"_s) + u')';
    case EventKind::Action:
        return actionLine(event);
    case EventKind::BackendNote: {
        const QString author = field(event, u"author"_s);
        return u"Alert service note"_s + (author.isEmpty() ? QString() : u" by "_s + author) + u": "_s + event.note;
    }
    case EventKind::ThresholdCrossed:
        return thresholdLine(event);
    case EventKind::Snapshot:
        return u"Snapshot: "_s + field(event, u"title"_s);
    case EventKind::ScriptRun:
        return scriptLine(event);
    }
    return {};
}

bool carriesItsNoteInTheLine(EventKind kind)
{
    return kind == EventKind::Note || kind == EventKind::NoteEdited || kind == EventKind::BackendNote;
}

// The entries with the kind of event each stands for.
QList<std::pair<TimelineEntry, EventKind>> entriesWithKinds(const QList<TimelineEvent>& timeline)
{
    QList<std::pair<TimelineEntry, EventKind>> entries;
    QHash<qint64, qsizetype> noteEntry; // a note's seq, or an edit's, -> the entry of the original note
    for (const TimelineEvent& event : timeline) {
        if (event.kind == EventKind::NoteEdited) {
            const auto original = noteEntry.constFind(event.refersTo);
            if (original != noteEntry.cend()) {
                noteEntry.insert(event.seq, *original);
                entries[*original].first.text = u"Note: "_s + event.note;
                continue;
            }
        }
        if (event.kind == EventKind::Note)
            noteEntry.insert(event.seq, entries.size());
        entries.append({TimelineEntry{event.seq, event.at.toUTC(), event.actor, timelineLine(event)}, event.kind});
    }
    return entries;
}

} // namespace

QString timelineLine(const TimelineEvent& event)
{
    QString line = eventLine(event);
    if (!carriesItsNoteInTheLine(event.kind) && !event.note.isEmpty())
        line += u" — "_s + event.note;
    return line;
}

QList<TimelineEntry> timelineEntries(const QList<TimelineEvent>& timeline)
{
    QList<TimelineEntry> entries;
    for (auto& [entry, kind] : entriesWithKinds(timeline))
        entries.append(std::move(entry));
    return entries;
}

bool tellsTheStory(EventKind kind)
{
    switch (kind) {
    case EventKind::RunbookStepDone:
    case EventKind::BackendNote:
    case EventKind::NoteEdited:
        return false;
    default:
        return true;
    }
}

Postmortem draftFromIncident(const incidents::IncidentWithTimeline& incident, const incidents::ResponseTimes& times,
    std::optional<double> sloBudgetBurned)
{
    Postmortem draft;
    draft.incidentId = incident.incident.id;
    draft.title = incident.incident.title;
    for (auto& [entry, kind] : entriesWithKinds(incident.timeline)) {
        if (tellsTheStory(kind))
            draft.timeline.append(std::move(entry));
    }
    draft.impact.sloBudgetBurned = sloBudgetBurned;
    if (sloBudgetBurned)
        draft.impact.sloBudget = u"%1% of the error budget"_s.arg(*sloBudgetBurned * 100.0, 0, 'f', 1);
    refreshFromIncident(draft, incident, times);
    return draft;
}

void refreshFromIncident(
    Postmortem& postmortem, const incidents::IncidentWithTimeline& incident, const incidents::ResponseTimes& times)
{
    postmortem.severity = incidents::severityToken(incident.incident.severity);
    postmortem.commander = incident.incident.commander();
    postmortem.mttaSeconds = times.mttaSeconds;
    postmortem.mttrSeconds = times.mttrSeconds;
    postmortem.impact.durationSeconds = times.mttrSeconds; // for one incident, created -> resolved is its MTTR
    QHash<qint64, TimelineEntry> current;
    for (TimelineEntry& entry : timelineEntries(incident.timeline))
        current.insert(entry.seq, std::move(entry));
    for (TimelineEntry& chosen : postmortem.timeline) {
        const auto now = current.constFind(chosen.seq);
        if (now != current.cend())
            chosen = *now;
    }
}

} // namespace wk::postmortems
