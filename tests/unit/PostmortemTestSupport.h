#pragma once

#include "common/Clock.h"
#include "incidents/IncidentStore.h"

#include <QJsonObject>
#include <QTimeZone>

#include <stdexcept>

namespace wk::testsupport {

inline const QDateTime incidentStart(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

template <typename T> T ok(Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().detail.toStdString());
    return std::move(*result);
}

inline void append(incidents::IncidentStore& store, qint64 id, incidents::EventKind kind, const QString& actor,
    const QJsonObject& payload, const QString& note = QString())
{
    incidents::TimelineEvent event;
    event.incidentId = id;
    event.kind = kind;
    event.actor = actor;
    event.payload = payload;
    event.note = note;
    ok(store.append(event));
}

// A resolved SEV1 with one of each kind of event, written through the store as the console would:
//  1 created (SEV2, commander ada)        9 note_edited (of 8)
//  2 alert_linked 1791                    10 severity SEV2 -> SEV1
//  3 status open -> acknowledged (+4m)    11 role scribe: lin
//  4 runbook_step_done                    12 script_run
//  5 backend_note                         13 snapshot
//  6 threshold_crossed                    14 action acknowledge on 1791
//  7 status -> investigating              15 status -> identified
//  8 note                                 16 status -> resolved (+47m)
// MTTA 4 min, MTTR 47 min.
inline qint64 writeStoryIncident(incidents::IncidentStore& store, ManualClock& clock)
{
    using namespace Qt::StringLiterals;
    using incidents::EventKind;
    using incidents::IncidentStatus;
    clock.set(incidentStart);
    incidents::NewIncident draft;
    draft.title = u"Checkout p99 latency above 800 ms"_s;
    draft.severity = incidents::Severity::Sev2;
    draft.commander = u"ada"_s;
    draft.alerts = {{u"alert-full-id-1"_s, u"1791"_s}};
    draft.services = {u"checkout"_s};
    draft.note = u"paged by the checkout SLO"_s;
    const qint64 id = ok(store.create(draft, u"ada"_s)).id;
    const auto minutes = [&](int m) { clock.advance(qint64(m) * 60'000); };
    minutes(4);
    ok(store.changeStatus(id, IncidentStatus::Acknowledged, u"ada"_s, u"on it"_s));
    minutes(1);
    append(store, id, EventKind::RunbookStepDone, u"ada"_s,
        {{u"runbook_id"_s, u"model-serving-latency"_s}, {u"step_id"_s, u"check-gpu"_s}});
    minutes(1);
    append(store, id, EventKind::BackendNote, u"opsgenie"_s,
        {{u"alert_id"_s, u"alert-full-id-1"_s}, {u"author"_s, u"System"_s}}, u"Alert acknowledged via API"_s);
    minutes(2);
    append(store, id, EventKind::ThresholdCrossed, u"console"_s,
        {{u"query"_s, u"checkout:latency_p99"_s}, {u"value"_s, 0.93}, {u"threshold"_s, 0.8},
            {u"direction"_s, u"above"_s}});
    minutes(1);
    ok(store.changeStatus(id, IncidentStatus::Investigating, u"ada"_s));
    minutes(1);
    const qint64 note = ok(store.addNote(id, u"GPU pool at 100%"_s, u"bo"_s)).seq;
    minutes(1);
    ok(store.editNote(id, note, u"GPU pool eu-2 at 100% | since the 11:50 deploy"_s, u"bo"_s));
    minutes(2);
    ok(store.changeSeverity(id, incidents::Severity::Sev1, u"ada"_s));
    minutes(1);
    ok(store.assignRole(id, u"scribe"_s, u"lin"_s, u"ada"_s));
    minutes(1);
    append(store, id, EventKind::ScriptRun, u"bo"_s,
        {{u"script"_s, u"kubectl rollout undo deploy/ranker"_s}, {u"where"_s, u"prod-eu"_s}, {u"exit_code"_s, 0},
            {u"output"_s, u"rolled back\n"_s}, {u"timed_out"_s, false}});
    minutes(1);
    append(store, id, EventKind::Snapshot, u"bo"_s,
        {{u"title"_s, u"p99 latency"_s}, {u"media_type"_s, u"image/png"_s}, {u"attachment"_s, u"abc"_s}});
    minutes(1);
    append(store, id, EventKind::Action, u"ada"_s,
        {{u"action"_s, u"acknowledge"_s}, {u"alert_id"_s, u"alert-full-id-1"_s}, {u"tiny_id"_s, u"1791"_s}});
    minutes(10);
    ok(store.changeStatus(id, IncidentStatus::Identified, u"ada"_s));
    minutes(20);
    ok(store.changeStatus(id, IncidentStatus::Resolved, u"ada"_s, u"rolled back"_s));
    return id;
}

} // namespace wk::testsupport
