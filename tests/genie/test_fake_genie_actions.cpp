#include "FakeGenieServer.h"
#include "GenieTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using namespace wk::fakegenie::testing;

// Opsgenie writes: 202 then the request status, and what each action does to the alert.
namespace {

QString openAlert(FakeGenieServer& server, const QString& alias = {})
{
    FakeAlert alert;
    alert.message = u"p99 latency above 500 ms on fraud-scorer"_s;
    alert.alias = alias;
    alert.createdAt = server.now().addSecs(-120);
    return server.addAlert(alert);
}

} // namespace

TEST(FakeOpsgenieActions, AnAckIsAcceptedThenNotProcessedThenReportedAndApplied)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(300);
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server);
    GenieTestClient client(server);
    const QString requestId = client.act(u"/v2/alerts/"_s + id + u"/acknowledge"_s,
        {{u"user"_s, u"alice@example.com"_s}, {u"note"_s, u"On it"_s}, {u"source"_s, u"watchkeeper"_s}});
    ASSERT_FALSE(requestId.isEmpty());
    EXPECT_FALSE(server.alert(id)->acknowledged);

    const Answer early = client.get(u"/v2/alerts/requests/"_s + requestId);
    EXPECT_EQ(early.status, 404);
    EXPECT_EQ(early.header("X-Opsgenie-Errortype"), "RequestNotProcessed");
    EXPECT_FALSE(early.json().value(u"message"_s).toString().isEmpty());

    const QJsonObject status = client.waitForRequest(requestId);
    EXPECT_TRUE(status[u"isSuccess"_s].toBool());
    EXPECT_TRUE(status[u"success"_s].toBool());
    EXPECT_EQ(status[u"action"_s].toString(), u"Acknowledge"_s);
    EXPECT_EQ(status[u"status"_s].toString(), u"Acknowledged alert"_s);
    EXPECT_EQ(status[u"alertId"_s].toString(), id);
    EXPECT_FALSE(status[u"processedAt"_s].toString().isEmpty());
    EXPECT_FALSE(status[u"integrationId"_s].toString().isEmpty());

    const FakeAlert* alert = server.alert(id);
    EXPECT_TRUE(alert->acknowledged);
    EXPECT_EQ(alert->acknowledgedBy, u"alice@example.com"_s);
    EXPECT_GE(alert->ackTime, 120'000);
    ASSERT_EQ(alert->notes.size(), 1);
    EXPECT_EQ(alert->notes[0].note, u"On it"_s);
    EXPECT_EQ(alert->logs.last().log, u"Acknowledged by alice@example.com"_s);
    EXPECT_EQ(alert->logs.last().owner, u"alice@example.com"_s);
    const QJsonObject report = client.get(u"/v2/alerts/"_s + id).json()[u"data"_s][u"report"_s].toObject();
    EXPECT_EQ(report[u"acknowledgedBy"_s].toString(), u"alice@example.com"_s);
    EXPECT_FALSE(report.contains(u"closeTime"_s));

    const QList<AppliedAction> applied = server.applied();
    ASSERT_EQ(applied.size(), 1);
    EXPECT_EQ(applied[0].kind, u"Acknowledge"_s);
    EXPECT_EQ(applied[0].requestId, requestId);
    EXPECT_EQ(applied[0].user, u"alice@example.com"_s);
    EXPECT_EQ(applied[0].note, u"On it"_s);
    EXPECT_EQ(applied[0].source, u"watchkeeper"_s);
    EXPECT_TRUE(applied[0].success);
}

TEST(FakeOpsgenieActions, AnActionOnAnUnknownAlertIsAcceptedThenFails)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(20);
    ASSERT_TRUE(server.listen());
    GenieTestClient client(server);
    const QString requestId = client.act(u"/v2/alerts/no-such-alert/acknowledge"_s);
    const QJsonObject status = client.waitForRequest(requestId);
    EXPECT_FALSE(status[u"isSuccess"_s].toBool());
    EXPECT_EQ(status[u"status"_s].toString(), u"Alert does not exist"_s);
    EXPECT_EQ(status[u"action"_s].toString(), u"Acknowledge"_s);
    ASSERT_EQ(server.applied().size(), 1);
    EXPECT_FALSE(server.applied()[0].success);

    const Answer unknown = client.get(u"/v2/alerts/requests/never-issued"_s);
    EXPECT_EQ(unknown.status, 404);
    EXPECT_FALSE(unknown.hasHeader("X-Opsgenie-Errortype"));
}

TEST(FakeOpsgenieActions, CreateDeduplicatesOnTheAliasOfAnOpenAlert)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(10);
    ASSERT_TRUE(server.listen());
    GenieTestClient client(server);
    const QJsonObject body{{u"message"_s, u"Error rate above 2% on recsys-ranker"_s}, {u"alias"_s, u"recsys-errors"_s},
        {u"responders"_s, QJsonArray{QJsonObject{{u"type"_s, u"team"_s}, {u"name"_s, u"ml-platform"_s}}}},
        {u"tags"_s, QJsonArray{u"ml"_s}}};
    const QJsonObject first = client.waitForRequest(client.act(u"/v2/alerts"_s, body));
    EXPECT_EQ(first[u"action"_s].toString(), u"Create"_s);
    EXPECT_EQ(first[u"status"_s].toString(), u"Created alert"_s);
    EXPECT_EQ(first[u"alias"_s].toString(), u"recsys-errors"_s);
    const QJsonObject second = client.waitForRequest(client.act(u"/v2/alerts"_s, body));
    EXPECT_EQ(second[u"alertId"_s].toString(), first[u"alertId"_s].toString());
    EXPECT_EQ(server.alertCount(), 1);
    const FakeAlert* alert = server.findByAlias(u"recsys-errors"_s);
    ASSERT_NE(alert, nullptr);
    EXPECT_EQ(alert->count, 2);
    EXPECT_GT(alert->lastOccurredAt, alert->createdAt);
    EXPECT_EQ(alert->priority, u"P3"_s);
    ASSERT_EQ(alert->teamIds.size(), 1);
    EXPECT_EQ(alert->teamIds[0], server.teams()[0].id);

    // A closed alert no longer absorbs the alias: the next create is a new alert.
    client.waitForRequest(client.act(u"/v2/alerts/recsys-errors/close"_s, {}, {{u"identifierType"_s, u"alias"_s}}));
    client.waitForRequest(client.act(u"/v2/alerts"_s, body));
    EXPECT_EQ(server.alertCount(), 2);
    const QJsonObject listed
        = client.get(u"/v2/alerts/count"_s, {{u"query"_s, u"alias:recsys-errors AND status:open"_s}}).json();
    EXPECT_EQ(listed[u"data"_s][u"count"_s].toInt(), 1);
}

TEST(FakeOpsgenieActions, CreateValidatesSynchronouslyWith422)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    GenieTestClient client(server);
    const Answer empty = client.post(u"/v2/alerts"_s, {{u"alias"_s, u"x"_s}});
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(empty.json()[u"errors"_s][u"message"_s].toString(), u"Message can not be empty."_s);
    EXPECT_EQ(client.post(u"/v2/alerts"_s, {{u"message"_s, QString(131, u'x')}}).status, 422);
    EXPECT_EQ(client.post(u"/v2/alerts"_s, {{u"message"_s, QString(130, u'x')}}).status, 202);
    EXPECT_EQ(client.post(u"/v2/alerts"_s, {{u"message"_s, u"m"_s}, {u"priority"_s, u"P7"_s}}).status, 422);
    EXPECT_EQ(client.send("POST", u"/v2/alerts"_s, {}, "{not json").status, 400);
    EXPECT_EQ(server.pendingCount(), 1);
}

TEST(FakeOpsgenieActions, EveryActionPathTakesAnIdentifierType)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(10);
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server, u"fraud-latency"_s);
    const QString tiny = server.alert(id)->tinyId;
    GenieTestClient client(server);
    client.waitForRequest(client.act(
        u"/v2/alerts/"_s + tiny + u"/acknowledge"_s, {{u"user"_s, u"bob"_s}}, {{u"identifierType"_s, u"tiny"_s}}));
    EXPECT_TRUE(server.alert(id)->acknowledged);
    // Acknowledging again and unacknowledging twice are no-ops that still succeed.
    EXPECT_TRUE(client.waitForRequest(client.act(u"/v2/alerts/"_s + id + u"/acknowledge"_s))[u"isSuccess"_s].toBool());
    EXPECT_EQ(server.alert(id)->acknowledgedBy, u"bob"_s);
    client.waitForRequest(
        client.act(u"/v2/alerts/fraud-latency/unacknowledge"_s, {}, {{u"identifierType"_s, u"alias"_s}}));
    EXPECT_FALSE(server.alert(id)->acknowledged);
    EXPECT_TRUE(
        client.waitForRequest(client.act(u"/v2/alerts/"_s + id + u"/unacknowledge"_s))[u"isSuccess"_s].toBool());
    client.waitForRequest(client.act(
        u"/v2/alerts/fraud-latency/close"_s, {{u"user"_s, u"carol"_s}}, {{u"identifierType"_s, u"alias"_s}}));
    EXPECT_EQ(server.alert(id)->status, u"closed"_s);
    EXPECT_EQ(server.alert(id)->closedBy, u"carol"_s);
    EXPECT_GE(server.alert(id)->closeTime, 120'000);
    EXPECT_EQ(client.post(u"/v2/alerts/"_s + id + u"/close"_s, {}, {{u"identifierType"_s, u"uuid"_s}}).status, 422);
}

TEST(FakeOpsgenieActions, SnoozeEscalateAssignNotesAndTags)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(10);
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server);
    GenieTestClient client(server);
    const QString base = u"/v2/alerts/"_s + id;
    EXPECT_EQ(client.post(base + u"/snooze"_s, {}).status, 422);
    EXPECT_EQ(client.post(base + u"/snooze"_s, {{u"endTime"_s, u"tomorrow"_s}}).status, 422);
    const QString until = server.now().addSecs(3600).toString(Qt::ISODateWithMs);
    client.waitForRequest(client.act(base + u"/snooze"_s, {{u"endTime"_s, until}}));
    EXPECT_TRUE(server.alert(id)->snoozed);
    EXPECT_EQ(client.get(base).json()[u"data"_s][u"snoozedUntil"_s].toString(), until);

    EXPECT_EQ(client.post(base + u"/escalate"_s, {{u"user"_s, u"alice"_s}}).status, 422);
    const QJsonObject unknown = client.waitForRequest(
        client.act(base + u"/escalate"_s, {{u"escalation"_s, QJsonObject{{u"name"_s, u"nobody"_s}}}}));
    EXPECT_FALSE(unknown[u"isSuccess"_s].toBool());
    EXPECT_EQ(unknown[u"status"_s].toString(), u"Escalation [nobody] does not exist"_s);
    const QJsonObject escalated = client.waitForRequest(client.act(base + u"/escalate"_s,
        {{u"escalation"_s, QJsonObject{{u"name"_s, u"ml-platform_escalation"_s}}}, {u"user"_s, u"alice"_s}}));
    EXPECT_TRUE(escalated[u"isSuccess"_s].toBool());
    EXPECT_EQ(server.alert(id)->logs.last().log, u"Escalated to ml-platform_escalation by alice"_s);

    EXPECT_EQ(client.post(base + u"/assign"_s, {}).status, 422);
    client.waitForRequest(
        client.act(base + u"/assign"_s, {{u"owner"_s, QJsonObject{{u"username"_s, u"dana@example.com"_s}}}}));
    EXPECT_EQ(server.alert(id)->owner, u"dana@example.com"_s);

    EXPECT_EQ(client.post(base + u"/notes"_s, {{u"note"_s, u" "_s}}).status, 422);
    client.waitForRequest(
        client.act(base + u"/notes"_s, {{u"note"_s, u"Rolled back to v40"_s}, {u"user"_s, u"alice"_s}}));
    EXPECT_EQ(server.alert(id)->notes.last().note, u"Rolled back to v40"_s);
    EXPECT_EQ(server.applied().last().kind, u"AddNote"_s);

    client.waitForRequest(client.act(base + u"/tags"_s, {{u"tags"_s, QJsonArray{u"db"_s, u"redis"_s}}}));
    EXPECT_EQ(server.alert(id)->tags, QStringList({u"db"_s, u"redis"_s}));
    const Answer removed = client.send("DELETE", base + u"/tags"_s, {{u"tags"_s, u"db"_s}, {u"user"_s, u"alice"_s}});
    EXPECT_EQ(removed.status, 202);
    client.waitForRequest(removed.json().value(u"requestId"_s).toString());
    EXPECT_EQ(server.alert(id)->tags, QStringList({u"redis"_s}));
    EXPECT_EQ(server.applied().last().user, u"alice"_s);
}

TEST(FakeOpsgenieActions, EditsArePutsAndDeleteRemovesTheAlert)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(10);
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server);
    GenieTestClient client(server);
    const QString base = u"/v2/alerts/"_s + id;
    const auto put = [&](const QString& what, const QJsonObject& body) {
        return client.send("PUT", base + u'/' + what, {}, QJsonDocument(body).toJson());
    };
    EXPECT_EQ(put(u"priority"_s, {{u"priority"_s, u"P9"_s}}).status, 422);
    Answer answer = put(u"priority"_s, {{u"priority"_s, u"P1"_s}});
    ASSERT_EQ(answer.status, 202);
    client.waitForRequest(answer.json().value(u"requestId"_s).toString());
    EXPECT_EQ(server.alert(id)->priority, u"P1"_s);
    answer = put(u"message"_s, {{u"message"_s, u"p99 latency above 800 ms on fraud-scorer"_s}});
    client.waitForRequest(answer.json().value(u"requestId"_s).toString());
    EXPECT_EQ(server.alert(id)->message, u"p99 latency above 800 ms on fraud-scorer"_s);
    EXPECT_EQ(client.send("PATCH", base + u"/message"_s, {}, "{}").status, 404); // Opsgenie edits are PUTs

    answer = client.send("DELETE", base, {{u"user"_s, u"alice"_s}});
    ASSERT_EQ(answer.status, 202);
    const QJsonObject status = client.waitForRequest(answer.json().value(u"requestId"_s).toString());
    EXPECT_EQ(status[u"action"_s].toString(), u"Delete"_s);
    EXPECT_EQ(server.alert(id), nullptr);
    EXPECT_EQ(client.get(base).status, 404);
}

TEST(FakeOpsgenieActions, WritesAreProcessedInArrivalOrder)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(50);
    ASSERT_TRUE(server.listen());
    GenieTestClient client(server);
    client.act(u"/v2/alerts"_s, {{u"message"_s, u"Queue backlog on ocr-extractor"_s}, {u"alias"_s, u"ocr-queue"_s}});
    client.act(u"/v2/alerts/ocr-queue/acknowledge"_s, {}, {{u"identifierType"_s, u"alias"_s}});
    client.act(u"/v2/alerts/ocr-queue/notes"_s, {{u"note"_s, u"draining"_s}}, {{u"identifierType"_s, u"alias"_s}});
    EXPECT_EQ(server.pendingCount(), 3);
    server.processPending();
    const QList<AppliedAction> applied = server.applied();
    ASSERT_EQ(applied.size(), 3);
    EXPECT_EQ(applied[0].kind, u"Create"_s);
    for (const AppliedAction& action : applied)
        EXPECT_TRUE(action.success) << action.kind.toStdString() << ": " << action.status.toStdString();
    EXPECT_TRUE(server.findByAlias(u"ocr-queue"_s)->acknowledged);
}
