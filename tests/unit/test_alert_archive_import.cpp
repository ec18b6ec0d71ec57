// The alert service's history written into the archive beside what the console saw live: one alert per id, one
// entry per event however it arrived, nothing the console knew taken back.
#include "archive/AlertArchive.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using alerts::AlertLogEntry;
using alerts::AlertLogKind;
using archive::AlertArchive;
using archive::HistoryKind;
using archive::ImportedAlert;

namespace {

const QDateTime t0 = QDateTime::fromString(u"2026-09-14T03:10:00.000Z"_s, Qt::ISODateWithMs);

// An Opsgenie alert as the list reads it: created at t0, acknowledged 4 minutes later by ada.
alerts::Alert acknowledged(const QString& id)
{
    alerts::Alert a;
    a.id = id;
    a.tinyId = u"17"_s;
    a.message = u"p99 latency above 500 ms on fraud-scorer"_s;
    a.priority = alerts::Priority::P1;
    a.team = u"payments-ml"_s;
    a.service = u"fraud-scorer"_s;
    a.source = u"Prometheus Alertmanager"_s;
    a.createdAt = t0;
    a.updatedAt = t0.addSecs(240);
    a.status = alerts::AlertStatus::Acknowledged;
    a.acknowledgedAt = t0.addSecs(240);
    a.acknowledgedBy = u"ada@example.com"_s;
    a.owner = u"ada@example.com"_s;
    return a;
}

// The same alert later, closed by `closer` 40 minutes in.
alerts::Alert closedBy(alerts::Alert a, const QString& closer)
{
    a.status = alerts::AlertStatus::Closed;
    a.closedAt = t0.addSecs(2400);
    a.closedBy = closer;
    a.updatedAt = a.closedAt;
    return a;
}

// What its activity log and notes say: the acknowledgement, a note, the close. The log's line of the first
// acknowledgement is a few milliseconds off the report's ackTime, as two clocks of one service may be.
QList<AlertLogEntry> logOf(const alerts::Alert& a)
{
    QList<AlertLogEntry> log{
        {a.acknowledgedAt.addMSecs(312), AlertLogKind::Acknowledged, u"ada@example.com"_s,
            u"Alert acknowledged via web"_s, {}, {}},
        {t0.addSecs(300), AlertLogKind::Note, u"ada@example.com"_s, u"Rolled back to xgb-fraud-v40"_s, {}, {}},
    };
    if (a.status == alerts::AlertStatus::Closed)
        log.append({a.closedAt.addMSecs(45), AlertLogKind::Closed, a.closedBy, u"Alert closed via web"_s, {}, {}});
    return log;
}

AlertArchive memory()
{
    auto opened = AlertArchive::open(u":memory:"_s);
    EXPECT_TRUE(opened) << opened.error().detail.toStdString();
    return std::move(*opened);
}

QList<HistoryKind> kindsOf(const AlertArchive& archive, const QString& id)
{
    QList<HistoryKind> kinds;
    for (const auto& entry : archive.history(id).value_or(QList<archive::HistoryEntry>{}))
        kinds.append(entry.kind);
    return kinds;
}

} // namespace

TEST(AlertArchiveImport, AnAlertSeenLiveAndImportedCountsOnce)
{
    auto archive = memory();
    alerts::Alert live = acknowledged(u"4f0c-1"_s);
    live.notes = {{t0.addSecs(300), u"ada@example.com"_s, u"Rolled back to xgb-fraud-v40"_s}};
    ASSERT_TRUE(archive.observe({live}));
    const auto liveHistory = archive.history(live.id);
    ASSERT_TRUE(liveHistory);
    ASSERT_EQ(liveHistory->size(), 4) << "created, acknowledged, assigned, note";

    const alerts::Alert later = closedBy(live, u"ada@example.com"_s);
    const auto imported = archive.importAlerts({ImportedAlert{later, logOf(later)}});
    ASSERT_TRUE(imported) << imported.error().detail.toStdString();
    EXPECT_EQ(imported->newAlerts, 0) << "the same alert id is the same alert";
    EXPECT_EQ(imported->newEntries, 1) << "only the close is new: the ack and the note are the ones seen live";

    EXPECT_EQ(archive.count().value_or(-1), 1);
    const auto records = archive.records({});
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 1);
    EXPECT_DOUBLE_EQ(records->at(0).ackSeconds.value_or(-1), 240.0);
    EXPECT_DOUBLE_EQ(records->at(0).closeSeconds.value_or(-1), 2400.0);
    EXPECT_TRUE(records->at(0).closedByPerson);
    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->at(0).seenLive) << "an import never takes back a live sighting";
    EXPECT_EQ(stored->at(0).closedBy, u"ada@example.com"_s);
    EXPECT_EQ(kindsOf(archive, live.id),
        (QList<HistoryKind>{HistoryKind::Created, HistoryKind::Acknowledged, HistoryKind::Assigned, HistoryKind::Note,
            HistoryKind::Closed}));
}

TEST(AlertArchiveImport, ImportingTheSameHistoryTwiceAddsNothing)
{
    auto archive = memory();
    QList<ImportedAlert> page;
    for (int i = 0; i < 5; ++i) {
        alerts::Alert a = closedBy(acknowledged(u"alert-%1"_s.arg(i)), u"bo@example.com"_s);
        a.createdAt = t0.addSecs(i * 3600);
        a.acknowledgedAt = a.createdAt.addSecs(240);
        a.closedAt = a.createdAt.addSecs(2400);
        page.append({a, logOf(a)});
    }
    const auto first = archive.importAlerts(page);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->newAlerts, 5);
    EXPECT_EQ(first->newEntries, 5 * 5) << "created, acknowledged, assigned, note and closed for each";
    const auto second = archive.importAlerts(page);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->newAlerts, 0);
    EXPECT_EQ(second->newEntries, 0);
    EXPECT_EQ(archive.count().value_or(-1), 5);
    EXPECT_EQ(archive.records({}).value_or(QList<analytics::incidents::IncidentRecord>{}).size(), 5);
    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    for (const auto& a : *stored)
        EXPECT_FALSE(a.seenLive) << "the console never saw " << a.alertId.toStdString();
}

TEST(AlertArchiveImport, KeepsWhatTheConsoleKnewWhenTheServiceSaysLess)
{
    auto archive = memory();
    alerts::Alert live = acknowledged(u"a-1"_s);
    live.acknowledgedAt = t0.addSecs(60); // the console saw an acknowledgement at one minute
    live.acknowledgedBy = u"ada@example.com"_s;
    live.escalationLevel = 1;
    ASSERT_TRUE(archive.observe({live}));

    // Read later while un-acknowledged: the list carries no acknowledgement and no owner.
    alerts::Alert later = live;
    later.status = alerts::AlertStatus::Open;
    later.acknowledgedAt = {};
    later.acknowledgedBy.clear();
    later.owner.clear();
    later.escalationLevel = 0;
    later.service.clear();
    const QList<AlertLogEntry> log{
        {t0.addSecs(600), AlertLogKind::Acknowledged, u"bo@example.com"_s, u"Acknowledged by bo"_s, {}, {}},
    };
    ASSERT_TRUE(archive.importAlerts({ImportedAlert{later, log}}));
    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->at(0).firstAckAt, t0.addSecs(60)) << "the earliest acknowledgement stays first";
    EXPECT_EQ(stored->at(0).firstAckBy, u"ada@example.com"_s);
    EXPECT_EQ(stored->at(0).owner, u"ada@example.com"_s);
    EXPECT_EQ(stored->at(0).service, u"fraud-scorer"_s);
    EXPECT_TRUE(stored->at(0).escalated);
    EXPECT_TRUE(stored->at(0).seenLive);

    // And a close the console saw stays when the service's answer lacks it.
    ASSERT_TRUE(archive.observe({closedBy(live, u"ada@example.com"_s)}));
    ASSERT_TRUE(archive.importAlerts({ImportedAlert{later, log}}));
    EXPECT_EQ(archive.alerts({})->at(0).closedAt, t0.addSecs(2400));
    EXPECT_EQ(archive.alerts({})->at(0).closedBy, u"ada@example.com"_s);
}

TEST(AlertArchiveImport, FillsInWhatTheConsoleDidNotSee)
{
    auto archive = memory();
    alerts::Alert live = acknowledged(u"a-1"_s);
    live.acknowledgedAt = {};
    live.acknowledgedBy.clear();
    live.status = alerts::AlertStatus::Open;
    ASSERT_TRUE(archive.observe({live}));

    // Acknowledged, un-acknowledged, escalated twice, snoozed, assigned and closed while the console was off.
    alerts::Alert later = closedBy(live, u"System"_s);
    const QDateTime snoozeEnd = t0.addSecs(1800);
    const QList<AlertLogEntry> log{
        {t0.addSecs(120), AlertLogKind::Acknowledged, u"bo@example.com"_s, u"Acknowledged by bo"_s, {}, {}},
        {t0.addSecs(180), AlertLogKind::Unacknowledged, u"bo@example.com"_s, u"Unacknowledged by bo"_s, {}, {}},
        {t0.addSecs(600), AlertLogKind::Escalated, u"System"_s, u"Escalated to payments-ml_escalation"_s,
            u"payments-ml_escalation"_s, {}},
        {t0.addSecs(900), AlertLogKind::Escalated, u"System"_s, u"Escalated to sre_escalation"_s, u"sre_escalation"_s,
            {}},
        {t0.addSecs(960), AlertLogKind::Snoozed, u"cy@example.com"_s, u"Snoozed"_s, {}, snoozeEnd},
        {t0.addSecs(1000), AlertLogKind::Assigned, u"cy@example.com"_s, u"Assigned to dee"_s, u"dee@example.com"_s, {}},
        {later.closedAt, AlertLogKind::Closed, u"System"_s, u"Alert closed by auto-close"_s, {}, {}},
    };
    ASSERT_TRUE(archive.importAlerts({ImportedAlert{later, log}}));
    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->at(0).firstAckAt, t0.addSecs(120)) << "from the log: the list no longer says";
    EXPECT_EQ(stored->at(0).firstAckBy, u"bo@example.com"_s);
    EXPECT_TRUE(stored->at(0).escalated);
    EXPECT_EQ(stored->at(0).closedBy, u"System"_s);
    const auto records = archive.records({});
    ASSERT_TRUE(records);
    EXPECT_FALSE(records->at(0).closedByPerson) << "System is not a person";

    const auto history = archive.history(u"a-1"_s);
    ASSERT_TRUE(history);
    QStringList notes;
    for (const auto& entry : *history) {
        if (entry.kind == HistoryKind::Escalated || entry.kind == HistoryKind::Snoozed)
            notes.append(entry.note);
    }
    EXPECT_EQ(notes, (QStringList{u"payments-ml_escalation"_s, u"sre_escalation"_s, snoozeEnd.toString(Qt::ISODate)}));

    // The console sees it now: the owner, the snooze and the close it reads are the ones already imported.
    alerts::Alert seen = later;
    seen.snoozedUntil = snoozeEnd;
    seen.owner = u"dee@example.com"_s;
    const auto observed = archive.observe({seen});
    ASSERT_TRUE(observed);
    EXPECT_EQ(observed->newEntries, 0);
}

TEST(AlertArchiveImport, ClosedByAPersonIsAnEmailAddress)
{
    auto archive = memory();
    alerts::Alert byPerson = closedBy(acknowledged(u"a-1"_s), u"ada@example.com"_s);
    alerts::Alert byIntegration = closedBy(acknowledged(u"a-2"_s), u"Prometheus Alertmanager"_s);
    alerts::Alert open = acknowledged(u"a-3"_s);
    byPerson.tinyId = u"1"_s;
    byIntegration.tinyId = u"2"_s;
    open.tinyId = u"3"_s;
    ASSERT_TRUE(archive.observe({byPerson, byIntegration, open}));
    const auto records = archive.records({});
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 3);
    QMap<QString, bool> person;
    for (const auto& r : *records)
        person.insert(r.key, r.closedByPerson);
    EXPECT_EQ(person, (QMap<QString, bool>{{u"1"_s, true}, {u"2"_s, false}, {u"3"_s, false}}));
    for (const auto& a : archive.alerts({}).value_or(QList<archive::ArchivedAlert>{})) {
        if (a.alertId == u"a-3") {
            EXPECT_TRUE(a.closedBy.isEmpty()) << "open: nobody closed it";
        }
    }
}

TEST(AlertArchiveImport, AnAlertOfNoTeamIsArchivedLiveAndImported)
{
    auto archive = memory();
    alerts::Alert live = acknowledged(u"a-1"_s);
    live.team.clear(); // routed to no team: the teams column is NOT NULL, so it is kept empty
    ASSERT_TRUE(archive.observe({live})) << "observe";
    alerts::Alert imported = closedBy(acknowledged(u"a-2"_s), u"ada@example.com"_s);
    imported.team.clear();
    const auto written = archive.importAlerts({ImportedAlert{imported, {}}});
    ASSERT_TRUE(written) << written.error().detail.toStdString();
    EXPECT_EQ(archive.count().value_or(-1), 2);
    for (const auto& r : archive.records({}).value_or(QList<analytics::incidents::IncidentRecord>{}))
        EXPECT_TRUE(r.teams.isEmpty());
}

TEST(AlertArchiveImport, EachAlertRemembersWhichAlertServiceItCameFrom)
{
    auto archive = memory();
    archive.setBackendName(u"Opsgenie (api.eu.opsgenie.com)"_s);
    ASSERT_TRUE(archive.observe({acknowledged(u"og-1"_s)}));
    archive.setBackendName(u"JSM Ops (api.atlassian.com)"_s);
    const alerts::Alert moved = closedBy(acknowledged(u"jsm-1"_s), u"bo@example.com"_s);
    ASSERT_TRUE(archive.importAlerts({ImportedAlert{moved, logOf(moved)}}));
    // A console without a name for its service (a test, an old build) never wipes what a row knew.
    archive.setBackendName(QString());
    ASSERT_TRUE(archive.observe({acknowledged(u"og-1"_s)}));

    const auto records = archive.records({});
    ASSERT_TRUE(records);
    ASSERT_EQ(records->size(), 2);
    QStringList seen;
    for (const auto& r : *records)
        seen.append(r.backend);
    seen.sort();
    EXPECT_EQ(seen, (QStringList{u"JSM Ops (api.atlassian.com)"_s, u"Opsgenie (api.eu.opsgenie.com)"_s}));
    const auto stored = archive.alerts({});
    ASSERT_TRUE(stored);
    for (const auto& a : *stored)
        EXPECT_EQ(
            a.backend, a.alertId == u"og-1" ? u"Opsgenie (api.eu.opsgenie.com)"_s : u"JSM Ops (api.atlassian.com)"_s);
}
