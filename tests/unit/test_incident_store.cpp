#include "common/Clock.h"
#include "incidents/IncidentStore.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::incidents;

namespace {

const QDateTime start(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());

IncidentStore openStore(const QString& path, std::shared_ptr<const wk::Clock> clock)
{
    auto store = IncidentStore::open(path, std::move(clock));
    if (!store)
        throw std::runtime_error(store.error().detail.toStdString());
    return std::move(*store);
}

wk::alerts::Alert alert(const QString& id, const QString& tiny, wk::alerts::Priority priority, const QString& service)
{
    wk::alerts::Alert a;
    a.id = id;
    a.tinyId = tiny;
    a.priority = priority;
    a.service = service;
    a.message = u"Model latency p99 above 800 ms on "_s + service;
    return a;
}

template <typename T> T ok(wk::Result<T> result)
{
    if (!result)
        throw std::runtime_error(result.error().detail.toStdString());
    return std::move(*result);
}

QList<EventKind> kindsOf(const QList<TimelineEvent>& events)
{
    QList<EventKind> kinds;
    for (const TimelineEvent& e : events)
        kinds.append(e.kind);
    return kinds;
}

} // namespace

TEST(IncidentStore, CreatesFromAlertsWithItsEventsInOrder)
{
    auto clock = std::make_shared<wk::ManualClock>(start);
    IncidentStore store = openStore(u":memory:"_s, clock);
    NewIncident draft = incidentFromAlerts({alert(u"a-1"_s, u"1791"_s, wk::alerts::Priority::P4, u"ranker"_s),
        alert(u"a-2"_s, u"1792"_s, wk::alerts::Priority::P2, u"embedder"_s),
        alert(u"a-1"_s, u"1791"_s, wk::alerts::Priority::P4, u"ranker"_s)});
    draft.commander = u"ada"_s;
    draft.note = u"two services paging at once"_s;
    EXPECT_EQ(draft.severity, Severity::Sev2);
    EXPECT_EQ(draft.services, (QStringList{u"embedder"_s, u"ranker"_s}));

    const Incident incident = ok(store.create(draft, u"ada"_s));
    EXPECT_GT(incident.id, 0);
    EXPECT_EQ(incident.title, u"Model latency p99 above 800 ms on ranker"_s);
    EXPECT_EQ(incident.status, IncidentStatus::Open);
    EXPECT_EQ(incident.severity, Severity::Sev2);
    EXPECT_EQ(incident.commander(), u"ada"_s);
    EXPECT_EQ(incident.alerts, (QList<LinkedAlert>{{u"a-1"_s, u"1791"_s}, {u"a-2"_s, u"1792"_s}}));
    EXPECT_EQ(incident.services, (QStringList{u"embedder"_s, u"ranker"_s}));
    EXPECT_EQ(incident.createdAt, start);
    EXPECT_EQ(incident.lastSeq, 3);

    const auto loaded = ok(store.load(incident.id));
    ASSERT_EQ(loaded.timeline.size(), 3);
    EXPECT_EQ(kindsOf(loaded.timeline),
        (QList<EventKind>{EventKind::Created, EventKind::AlertLinked, EventKind::AlertLinked}));
    EXPECT_EQ(loaded.timeline.at(0).seq, 1);
    EXPECT_EQ(loaded.timeline.at(0).note, draft.note);
    EXPECT_EQ(loaded.timeline.at(0).payload.value(u"severity"_s).toString(), u"SEV2"_s);
    EXPECT_EQ(loaded.timeline.at(2).payload.value(u"tiny_id"_s).toString(), u"1792"_s);
    EXPECT_EQ(loaded.timeline.at(2).seq, 3);

    // Linking again skips what is there and adds the rest.
    const Incident more = ok(store.linkAlerts(incident.id, {{u"a-2"_s, u"1792"_s}, {u"a-3"_s, u"7"_s}}, u"lin"_s));
    EXPECT_EQ(more.alerts.size(), 3);
    EXPECT_EQ(more.lastSeq, 4);
}

TEST(IncidentStore, RefusesIncidentsWithoutTitleOrActor)
{
    IncidentStore store = openStore(u":memory:"_s, nullptr);
    NewIncident draft;
    EXPECT_FALSE(store.create(draft, u"ada"_s));
    draft.title = u"from scratch"_s;
    EXPECT_FALSE(store.create(draft, QString()));
    EXPECT_TRUE(ok(store.list()).isEmpty()) << "a refused create left a row behind";
    const Incident created = ok(store.create(draft, u"ada"_s));
    EXPECT_TRUE(created.alerts.isEmpty());
    EXPECT_EQ(created.lastSeq, 1);
    EXPECT_EQ(store.incident(created.id + 100).error().code, wk::ErrorCode::NotFound);
}

TEST(IncidentStore, EveryChangeWritesTheRowAndAnEvent)
{
    auto clock = std::make_shared<wk::ManualClock>(start);
    IncidentStore store = openStore(u":memory:"_s, clock);
    NewIncident draft;
    draft.title = u"Feature drift on checkout"_s;
    const qint64 id = ok(store.create(draft, u"console"_s)).id;

    clock->advance(60'000);
    Incident now = ok(store.changeStatus(id, IncidentStatus::Acknowledged, u"ada"_s, u"on it"_s));
    EXPECT_EQ(now.status, IncidentStatus::Acknowledged);
    EXPECT_EQ(now.updatedAt, start.addSecs(60));
    clock->advance(60'000);
    now = ok(store.changeSeverity(id, Severity::Sev1, u"ada"_s));
    EXPECT_EQ(now.severity, Severity::Sev1);
    now = ok(store.assignRole(id, commanderRole, u"ada"_s, u"ada"_s));
    now = ok(store.assignRole(id, u"scribe"_s, u"lin"_s, u"ada"_s));
    now = ok(store.assignRole(id, commanderRole, u"bo"_s, u"ada"_s, u"handover"_s));
    EXPECT_EQ(now.roles, (QMap<QString, QString>{{commanderRole, u"bo"_s}, {u"scribe"_s, u"lin"_s}}));
    now = ok(store.assignRole(id, u"scribe"_s, QString(), u"bo"_s));
    EXPECT_FALSE(now.roles.contains(u"scribe"_s));

    // Setting what is already set is not a change.
    const qint64 before = now.lastSeq;
    now = ok(store.changeStatus(id, IncidentStatus::Acknowledged, u"bo"_s));
    now = ok(store.changeSeverity(id, Severity::Sev1, u"bo"_s));
    EXPECT_EQ(now.lastSeq, before);

    const auto events = ok(store.timeline(id));
    EXPECT_EQ(kindsOf(events),
        (QList<EventKind>{EventKind::Created, EventKind::StatusChanged, EventKind::SeverityChanged,
            EventKind::RoleAssigned, EventKind::RoleAssigned, EventKind::RoleAssigned, EventKind::RoleAssigned}));
    EXPECT_EQ(events.at(1).payload, (QJsonObject{{u"from"_s, u"open"_s}, {u"to"_s, u"acknowledged"_s}}));
    EXPECT_EQ(events.at(1).actor, u"ada"_s);
    EXPECT_EQ(events.at(1).note, u"on it"_s);
    EXPECT_EQ(events.at(2).payload, (QJsonObject{{u"from"_s, u"SEV3"_s}, {u"to"_s, u"SEV1"_s}}));
    EXPECT_EQ(events.at(5).payload.value(u"previous"_s).toString(), u"ada"_s);
    EXPECT_EQ(events.at(5).note, u"handover"_s);
    EXPECT_EQ(events.at(6).payload.value(u"person"_s).toString(), QString());
    EXPECT_EQ(events.last().seq, now.lastSeq);
    for (qsizetype i = 0; i < events.size(); ++i)
        EXPECT_EQ(events.at(i).seq, i + 1);

    EXPECT_EQ(store.changeStatus(id + 1, IncidentStatus::Resolved, u"ada"_s).error().code, wk::ErrorCode::NotFound);
}

TEST(IncidentStore, NoteEditsAreNewEventsAndTheOriginalStays)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    IncidentStore store = openStore(path, nullptr);
    NewIncident draft;
    draft.title = u"Queue backlog"_s;
    const qint64 id = ok(store.create(draft, u"ada"_s)).id;
    const TimelineEvent note = ok(store.addNote(id, u"restarted the consumer «eu-1» ✓"_s, u"ada"_s));
    EXPECT_EQ(note.seq, 2);
    const TimelineEvent edit = ok(store.editNote(id, note.seq, u"restarted the consumer «eu-2» ✓"_s, u"ada"_s));
    EXPECT_EQ(edit.kind, EventKind::NoteEdited);
    EXPECT_EQ(edit.refersTo, note.seq);
    EXPECT_EQ(edit.seq, 3);

    const auto events = ok(store.timeline(id));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(1).note, u"restarted the consumer «eu-1» ✓"_s);
    EXPECT_EQ(events.at(2).note, u"restarted the consumer «eu-2» ✓"_s);
    EXPECT_EQ(events.at(2).refersTo, 2);

    // Only notes can be edited, only existing ones, and empty notes are refused.
    EXPECT_FALSE(store.editNote(id, 1, u"rewrite history"_s, u"ada"_s));
    EXPECT_FALSE(store.editNote(id, 42, u"no such note"_s, u"ada"_s));
    EXPECT_FALSE(store.addNote(id, u"  "_s, u"ada"_s));
    EXPECT_EQ(ok(store.incident(id)).lastSeq, 3);

    // Not even a direct write can change or take away an event.
    auto raw = wk::store::Database::open(path, IncidentStore::schema());
    ASSERT_TRUE(raw) << raw.error().detail.toStdString();
    EXPECT_FALSE(raw->exec(u"UPDATE timeline_events SET note = 'quietly' WHERE seq = 2"_s));
    EXPECT_FALSE(raw->exec(u"DELETE FROM timeline_events WHERE seq = 2"_s));
    EXPECT_EQ(ok(store.timeline(id)).at(1).note, u"restarted the consumer «eu-1» ✓"_s);
}

TEST(IncidentStore, AppendsOtherEventsButNotRowChanges)
{
    IncidentStore store = openStore(u":memory:"_s, nullptr);
    NewIncident draft;
    draft.title = u"Disk full"_s;
    const qint64 id = ok(store.create(draft, u"ada"_s)).id;

    TimelineEvent run;
    run.incidentId = id;
    run.actor = u"ada"_s;
    run.kind = EventKind::ScriptRun;
    run.payload = QJsonObject{{u"script"_s, u"df -h /var"_s}, {u"exit_code"_s, 1}, {u"output"_s, u"…\n"_s}};
    const TimelineEvent stored = ok(store.append(run));
    EXPECT_EQ(stored.seq, 2);
    EXPECT_TRUE(stored.at.isValid());

    const QByteArray png("\x89PNG\r\n\x1a\n fake chart", 20);
    const QString blob = ok(store.putAttachment(png, u"image/png"_s));
    EXPECT_EQ(ok(store.putAttachment(png, u"image/png"_s)), blob);
    TimelineEvent snapshot;
    snapshot.incidentId = id;
    snapshot.actor = u"ada"_s;
    snapshot.kind = EventKind::Snapshot;
    snapshot.payload = QJsonObject{{u"title"_s, u"p99 latency"_s}, {u"attachment"_s, blob}};
    ok(store.append(snapshot));
    const auto attachment = ok(store.attachment(blob));
    ASSERT_TRUE(attachment.has_value());
    EXPECT_EQ(attachment->data, png);
    EXPECT_EQ(attachment->mediaType, u"image/png"_s);
    EXPECT_FALSE(ok(store.attachment(u"nope"_s)).has_value());

    for (EventKind kind : {EventKind::Created, EventKind::StatusChanged, EventKind::SeverityChanged,
             EventKind::RoleAssigned, EventKind::AlertLinked}) {
        TimelineEvent sneaky = run;
        sneaky.kind = kind;
        EXPECT_FALSE(store.append(sneaky)) << eventKindToken(kind).toStdString();
    }
    run.actor.clear();
    EXPECT_FALSE(store.append(run));
    const auto after = ok(store.timeline(id, 1));
    EXPECT_EQ(kindsOf(after), (QList<EventKind>{EventKind::ScriptRun, EventKind::Snapshot}));
    EXPECT_EQ(after.at(0).payload.value(u"exit_code"_s).toInt(), 1);
}

TEST(IncidentStore, ListsUnresolvedFirst)
{
    auto clock = std::make_shared<wk::ManualClock>(start);
    IncidentStore store = openStore(u":memory:"_s, clock);
    QList<qint64> ids;
    for (const QString& title : {u"first"_s, u"second"_s, u"third"_s}) {
        NewIncident draft;
        draft.title = title;
        draft.services = {u"svc-"_s + title};
        ids.append(ok(store.create(draft, u"ada"_s)).id);
        clock->advance(1000);
    }
    ok(store.changeStatus(ids.at(2), IncidentStatus::Resolved, u"ada"_s));
    const auto incidents = ok(store.list());
    ASSERT_EQ(incidents.size(), 3);
    EXPECT_EQ(incidents.at(0).title, u"second"_s);
    EXPECT_EQ(incidents.at(1).title, u"first"_s);
    EXPECT_EQ(incidents.at(2).title, u"third"_s);
    EXPECT_EQ(incidents.at(1).services, QStringList{u"svc-first"_s});
}

TEST(IncidentStore, MttaAndMttrComeFromTheTransitions)
{
    auto clock = std::make_shared<wk::ManualClock>(start);
    IncidentStore store = openStore(u":memory:"_s, clock);
    NewIncident draft;
    draft.title = u"Checkout errors"_s;
    const qint64 id = ok(store.create(draft, u"console"_s)).id;

    ResponseTimes times = ok(store.responseTimes(id));
    EXPECT_FALSE(times.mttaSeconds);
    EXPECT_FALSE(times.mttrSeconds);

    clock->advance(90'000); // a note is not an acknowledgement
    ok(store.addNote(id, u"looking"_s, u"ada"_s));
    clock->advance(150'000); // 4 min: straight to investigating counts as acknowledged
    ok(store.changeStatus(id, IncidentStatus::Investigating, u"ada"_s));
    clock->advance(60'000);
    ok(store.changeStatus(id, IncidentStatus::Acknowledged, u"bo"_s));
    clock->advance(20 * 60'000); // 25 min
    ok(store.changeStatus(id, IncidentStatus::Resolved, u"ada"_s));
    times = ok(store.responseTimes(id));
    EXPECT_EQ(times.mttaSeconds, 240);
    EXPECT_EQ(times.mttrSeconds, 25 * 60);
    EXPECT_EQ(times.acknowledgedAt, start.addSecs(240));

    clock->advance(5 * 60'000); // 30 min: it came back
    ok(store.changeStatus(id, IncidentStatus::Monitoring, u"ada"_s));
    EXPECT_FALSE(ok(store.responseTimes(id)).mttrSeconds) << "a reopened incident is not resolved";
    clock->advance(17 * 60'000); // 47 min
    ok(store.changeStatus(id, IncidentStatus::Resolved, u"ada"_s));
    times = ok(store.responseTimes(id));
    EXPECT_EQ(times.mttaSeconds, 240);
    EXPECT_EQ(times.mttrSeconds, 47 * 60);
    EXPECT_EQ(times.resolvedAt, start.addSecs(47 * 60));
}

TEST(IncidentStore, ResolvedWithoutAcknowledgementCountsForBoth)
{
    TimelineEvent created;
    created.kind = EventKind::Created;
    created.at = start;
    created.payload = QJsonObject{{u"status"_s, u"open"_s}};
    TimelineEvent resolved;
    resolved.kind = EventKind::StatusChanged;
    resolved.at = start.addSecs(600);
    resolved.payload = QJsonObject{{u"from"_s, u"open"_s}, {u"to"_s, u"resolved"_s}};
    const ResponseTimes times = responseTimesOf({created, resolved});
    EXPECT_EQ(times.mttaSeconds, 600);
    EXPECT_EQ(times.mttrSeconds, 600);
    EXPECT_FALSE(responseTimesOf({resolved}).mttrSeconds) << "no created event, no start to count from";
}

TEST(IncidentStore, ReopeningKeepsEverything)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"incidents.db"_s);
    auto clock = std::make_shared<wk::ManualClock>(start);
    IncidentWithTimeline before;
    {
        IncidentStore store = openStore(path, clock);
        NewIncident draft = incidentFromAlerts({alert(u"a-9"_s, u"9"_s, wk::alerts::Priority::P1, u"ranker"_s)});
        draft.commander = u"zoë"_s;
        const qint64 id = ok(store.create(draft, u"zoë"_s)).id;
        clock->advance(1234);
        ok(store.changeStatus(id, IncidentStatus::Identified, u"zoë"_s, u"bad deploy 🚒"_s));
        ok(store.addNote(id, u"rolled back\nsecond line"_s, u"zoë"_s));
        before = ok(store.load(id));
    }
    IncidentStore store = openStore(path, clock);
    EXPECT_EQ(store.schemaVersion(), 2);
    const auto after = ok(store.load(before.incident.id));
    EXPECT_EQ(after.incident.title, before.incident.title);
    EXPECT_EQ(after.incident.status, IncidentStatus::Identified);
    EXPECT_EQ(after.incident.severity, Severity::Sev1);
    EXPECT_EQ(after.incident.roles, before.incident.roles);
    EXPECT_EQ(after.incident.alerts, before.incident.alerts);
    EXPECT_EQ(after.incident.services, before.incident.services);
    EXPECT_EQ(after.incident.updatedAt, start.addMSecs(1234));
    ASSERT_EQ(after.timeline.size(), before.timeline.size());
    for (qsizetype i = 0; i < after.timeline.size(); ++i) {
        EXPECT_EQ(after.timeline.at(i).at, before.timeline.at(i).at);
        EXPECT_EQ(after.timeline.at(i).note, before.timeline.at(i).note);
        EXPECT_EQ(after.timeline.at(i).payload, before.timeline.at(i).payload);
        EXPECT_EQ(after.timeline.at(i).actor, u"zoë"_s);
    }
    EXPECT_TRUE(ok(store.integrityCheck()));
}
