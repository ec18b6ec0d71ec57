#include "incidents/AlertActivity.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk;
using namespace wk::incidents;

namespace {

const QDateTime t0 = QDateTime::fromString(u"2026-11-21T03:00:00.000Z"_s, Qt::ISODateWithMs);

Incident incidentWith(const QStringList& alertIds)
{
    Incident incident;
    incident.id = 7;
    for (const QString& id : alertIds)
        incident.alerts.append({id, u"#"_s + id});
    return incident;
}

alerts::Alert alertWithNotes(const QString& id)
{
    alerts::Alert alert;
    alert.id = id;
    alert.tinyId = u"17"_s;
    alert.notes = {{t0.addSecs(120), u"lin"_s, u"rolled back to v41"_s}, {t0.addSecs(60), u"ada"_s, u"looking"_s}};
    alert.acknowledgedAt = t0.addSecs(30);
    alert.acknowledgedBy = u"ada"_s;
    return alert;
}

} // namespace

TEST(AlertActivity, NotesAndAcknowledgementsOfLinkedAlertsOldestFirst)
{
    const auto events = alertActivity(incidentWith({u"a1"_s}), {alertWithNotes(u"a1"_s)}, {}, u"opsgenie"_s);
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].payload[u"activity"_s].toString(), u"acknowledged"_s);
    EXPECT_EQ(events[0].actor, u"ada"_s);
    EXPECT_EQ(events[1].note, u"looking"_s);
    EXPECT_EQ(events[2].note, u"rolled back to v41"_s);
    EXPECT_EQ(events[2].actor, u"lin"_s);
    EXPECT_EQ(events[2].at, t0.addSecs(120));
    for (const TimelineEvent& event : events) {
        EXPECT_EQ(event.kind, EventKind::BackendNote);
        EXPECT_EQ(event.payload[u"alert_id"_s].toString(), u"a1"_s);
    }
}

TEST(AlertActivity, WhatIsAlreadyInTheTimelineIsNotWrittenAgain)
{
    const auto incident = incidentWith({u"a1"_s});
    const auto first = alertActivity(incident, {alertWithNotes(u"a1"_s)}, {}, u"opsgenie"_s);
    const auto again = alertActivity(incident, {alertWithNotes(u"a1"_s)}, activityKeys(first), u"opsgenie"_s);
    EXPECT_TRUE(again.isEmpty());

    auto changed = alertWithNotes(u"a1"_s);
    changed.notes.append({t0.addSecs(120), u"lin"_s, u"and scaled up"_s}); // same second, other words
    changed.status = alerts::AlertStatus::Closed;
    changed.closedAt = t0.addSecs(600);
    const auto more = alertActivity(incident, {changed}, activityKeys(first), u"opsgenie"_s);
    ASSERT_EQ(more.size(), 2);
    EXPECT_EQ(more[0].note, u"and scaled up"_s);
    EXPECT_EQ(more[1].payload[u"activity"_s].toString(), u"closed"_s);
    EXPECT_EQ(more[1].actor, u"opsgenie"_s);
}

TEST(AlertActivity, AlertsNotLinkedAreIgnored)
{
    EXPECT_TRUE(alertActivity(incidentWith({u"a1"_s}), {alertWithNotes(u"b2"_s)}, {}, u"demo"_s).isEmpty());
}

TEST(AlertActivity, AConsoleActionIsRecordedOnceItEnds)
{
    const auto incident = incidentWith({u"a1"_s});
    outbox::OutboxRecord record;
    record.action.alertId = u"a1"_s;
    record.action.kind = alerts::ActionKind::Escalate;
    record.action.user = u"ada"_s;
    record.action.escalation = u"ml-platform"_s;
    record.state = outbox::OutboxState::Accepted;
    record.updatedAt = t0;
    EXPECT_FALSE(actionEvent(incident, record)) << "still on its way";

    record.state = outbox::OutboxState::Landed;
    record.landedAt = t0.addSecs(2);
    record.requestId = u"req-1"_s;
    const auto event = actionEvent(incident, record);
    ASSERT_TRUE(event);
    EXPECT_EQ(event->kind, EventKind::Action);
    EXPECT_EQ(event->actor, u"ada"_s);
    EXPECT_EQ(event->at, t0.addSecs(2));
    EXPECT_EQ(event->payload[u"action"_s].toString(), u"escalate"_s);
    EXPECT_EQ(event->payload[u"state"_s].toString(), u"landed"_s);
    EXPECT_EQ(event->payload[u"escalation"_s].toString(), u"ml-platform"_s);
    EXPECT_EQ(activityKey(*event), u"action:"_s + record.action.actionId);

    record.action.alertId = u"other"_s;
    EXPECT_FALSE(actionEvent(incident, record));
}
