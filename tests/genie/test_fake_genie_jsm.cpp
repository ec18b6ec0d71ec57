#include "FakeGenieServer.h"
#include "GenieTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using namespace wk::fakegenie::testing;

// JSM Ops: the same model behind a different base path, auth, envelope, paging, ids and plan limits.
namespace {

FakeGenieServer::Options jsm()
{
    FakeGenieServer::Options options;
    options.vendor = Vendor::Jsm;
    options.processingDelayMs = 20;
    return options;
}

} // namespace

TEST(FakeJsm, AuthenticatesWithBasicEmailAndTokenAnd401sLikeAMissingScope)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    EXPECT_EQ(server.apiBase().path(), u"/jsm/ops/api/0b1c2d3e-cloud"_s);
    GenieTestClient client(server);
    client.clearAuthorization();
    const Answer missing = client.get(u"/v1/alerts"_s);
    EXPECT_EQ(missing.status, 401);
    EXPECT_TRUE(missing.json().value(u"message"_s).toString().contains(u"scope does not match"_s));
    EXPECT_FALSE(missing.json().contains(u"requestId"_s));
    client.setAuthorization("Basic " + QByteArray("oncall@example.com:wrong").toBase64());
    EXPECT_EQ(client.get(u"/v1/alerts"_s).status, 401);
    client.setAuthorization("GenieKey test-genie-key");
    EXPECT_EQ(client.get(u"/v1/alerts"_s).status, 401);
    client.setAuthorization("Basic " + QByteArray("oncall@example.com:test-jsm-token").toBase64());
    EXPECT_EQ(client.get(u"/v1/alerts"_s).status, 200);

    QUrl otherSite = server.url();
    otherSite.setPath(u"/jsm/ops/api/some-other-cloud/v1/alerts"_s);
    EXPECT_EQ(client.sendUrl("GET", otherSite).status, 404);
    QUrl opsgeniePath = server.url();
    opsgeniePath.setPath(u"/v2/alerts"_s);
    EXPECT_EQ(client.sendUrl("GET", opsgeniePath).status, 404);
}

TEST(FakeJsm, ListsInAValuesEnvelopeWithCountAndNextLink)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    server.seedAlerts(45, 5);
    GenieTestClient client(server);
    const Answer page
        = client.get(u"/v1/alerts"_s, {{u"size"_s, u"20"_s}, {u"query"_s, u"status:open OR status:closed"_s}});
    ASSERT_EQ(page.status, 200) << page.body.toStdString();
    const QJsonObject body = page.json();
    EXPECT_FALSE(body.contains(u"data"_s));
    EXPECT_EQ(body.value(u"values"_s).toArray().size(), 20);
    EXPECT_EQ(body.value(u"count"_s).toInt(), 45);
    const QString next = body[u"links"_s][u"next"_s].toString();
    const QUrlQuery nextQuery(QUrl(next).query());
    EXPECT_EQ(nextQuery.queryItemValue(u"offset"_s), u"20"_s);
    EXPECT_EQ(nextQuery.queryItemValue(u"size"_s), u"20"_s);
    EXPECT_TRUE(next.startsWith(server.apiBase().toString() + u"/v1/alerts?"_s));
    const QJsonObject last = client.get(u"/v1/alerts"_s, {{u"offset"_s, u"40"_s}, {u"size"_s, u"20"_s}}).json();
    EXPECT_EQ(last.value(u"values"_s).toArray().size(), 5);
    EXPECT_FALSE(last.value(u"links"_s).toObject().contains(u"next"_s));
    // limit is the Opsgenie name: JSM ignores it and serves its default page of 20.
    EXPECT_EQ(client.get(u"/v1/alerts"_s, {{u"limit"_s, u"5"_s}}).json().value(u"values"_s).toArray().size(), 20);
}

TEST(FakeJsm, RefusesToPageBeyondTwentyThousand)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    GenieTestClient client(server);
    const Answer deep = client.get(u"/v1/alerts"_s, {{u"offset"_s, u"19990"_s}, {u"size"_s, u"10"_s}});
    EXPECT_EQ(deep.status, 400);
    EXPECT_TRUE(deep.json().value(u"message"_s).toString().contains(u"20000"_s));
    EXPECT_EQ(client.get(u"/v1/alerts"_s, {{u"offset"_s, u"19989"_s}, {u"size"_s, u"10"_s}}).status, 200);
}

TEST(FakeJsm, FieldNamesInQueriesAreCaseSensitive)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    server.seedAlerts(10, 2);
    GenieTestClient client(server);
    EXPECT_EQ(client.get(u"/v1/alerts"_s, {{u"query"_s, u"status:open AND tinyId:3"_s}}).status, 200);
    const Answer wrongCase = client.get(u"/v1/alerts"_s, {{u"query"_s, u"Status:open"_s}});
    EXPECT_EQ(wrongCase.status, 400);
    EXPECT_TRUE(wrongCase.json().value(u"message"_s).toString().contains(u"case-sensitive"_s));
    EXPECT_EQ(client.get(u"/v1/alerts"_s, {{u"query"_s, u"tinyid:3"_s}}).status, 400);
}

TEST(FakeJsm, GetsByFullIdOnlyAndByAliasOnlyWhileOpen)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    FakeAlert alert;
    alert.message = u"Feature drift PSI 0.31 on credit-risk-model"_s;
    alert.alias = u"credit-drift"_s;
    const QString id = server.addAlert(alert);
    static const QRegularExpression fullId(u"^[0-9a-f-]{36}-\\d{13}$"_s);
    EXPECT_TRUE(fullId.match(id).hasMatch()) << id.toStdString();
    GenieTestClient client(server);
    const Answer byId = client.get(u"/v1/alerts/"_s + id);
    ASSERT_EQ(byId.status, 200);
    EXPECT_EQ(byId.json().value(u"id"_s).toString(), id); // no data envelope
    EXPECT_TRUE(byId.json().contains(u"extraProperties"_s));
    EXPECT_EQ(client.get(u"/v1/alerts/"_s + id.left(36)).status, 404);
    EXPECT_EQ(client.get(u"/v1/alerts/"_s + server.alert(id)->tinyId).status, 404);
    EXPECT_EQ(client.get(u"/v1/alerts/"_s + id, {{u"identifierType"_s, u"tiny"_s}}).status, 200);
    const Answer byAlias = client.get(u"/v1/alerts/alias"_s, {{u"alias"_s, u"credit-drift"_s}});
    EXPECT_EQ(byAlias.json().value(u"id"_s).toString(), id);

    const QString requestId = client.act(u"/v1/alerts/"_s + id + u"/close"_s, {{u"user"_s, u"oncall@example.com"_s}});
    const QJsonObject status = client.waitForRequest(requestId);
    EXPECT_TRUE(status.value(u"isSuccess"_s).toBool());
    EXPECT_EQ(status.value(u"alertId"_s).toString(), id);
    EXPECT_EQ(client.get(u"/v1/alerts/alias"_s, {{u"alias"_s, u"credit-drift"_s}}).status, 404);
    EXPECT_EQ(client.get(u"/v1/alerts/"_s + id).status, 200);
}

TEST(FakeJsm, EditsArePatchesAndApiTokensCannotDelete)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    FakeAlert alert;
    alert.message = u"GPU memory above 95% on search-embedder pods"_s;
    const QString id = server.addAlert(alert);
    GenieTestClient client(server);
    const QString base = u"/v1/alerts/"_s + id;
    const QByteArray body = QJsonDocument(QJsonObject{{u"priority"_s, u"P2"_s}}).toJson();
    EXPECT_EQ(client.send("PUT", base + u"/priority"_s, {}, body).status, 404);
    const Answer patched = client.send("PATCH", base + u"/priority"_s, {}, body);
    ASSERT_EQ(patched.status, 202);
    client.waitForRequest(patched.json().value(u"requestId"_s).toString());
    EXPECT_EQ(server.alert(id)->priority, u"P2"_s);

    const Answer deleted = client.send("DELETE", base);
    EXPECT_EQ(deleted.status, 401);
    EXPECT_TRUE(deleted.json().value(u"message"_s).toString().contains(u"scope does not match"_s));
    EXPECT_NE(server.alert(id), nullptr);

    const QString unknown = client.act(u"/v1/alerts/"_s + id + u"/action"_s, {{u"action"_s, u"NoSuchAction"_s}});
    EXPECT_TRUE(client.waitForRequest(unknown).value(u"isSuccess"_s).toBool()); // accepted, silently nothing
}

TEST(FakeJsm, NotesPageWithAnAfterCursor)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    FakeAlert alert;
    alert.message = u"Low-confidence rate above 15% on sentiment-api"_s;
    for (int i = 0; i < 5; ++i)
        alert.notes.append({u"note %1"_s.arg(i), u"alice"_s, server.now().addSecs(i - 10)});
    const QString id = server.addAlert(alert);
    GenieTestClient client(server);
    const QJsonObject first = client.get(u"/v1/alerts/"_s + id + u"/notes"_s, {{u"size"_s, u"2"_s}}).json();
    ASSERT_EQ(first.value(u"values"_s).toArray().size(), 2);
    EXPECT_EQ(first[u"values"_s][0][u"note"_s].toString(), u"note 4"_s);
    const QString next = first[u"links"_s][u"next"_s].toString();
    EXPECT_TRUE(QUrlQuery(QUrl(next).query()).hasQueryItem(u"after"_s));
    const QJsonObject second = client.sendUrl("GET", QUrl(next)).json();
    EXPECT_EQ(second[u"values"_s][0][u"note"_s].toString(), u"note 2"_s);
}

TEST(FakeJsm, OnCallsHaveNoEnvelopeAndHeartbeatsAreTeamScoped)
{
    FakeGenieServer server(jsm());
    ASSERT_TRUE(server.listen());
    const QString schedule = server.setSchedule(u"nlp_schedule"_s, {u"emeka@example.com"_s}, {u"alice@example.com"_s});
    GenieTestClient client(server);
    const QJsonObject flat
        = client.get(u"/v1/schedules/"_s + schedule + u"/on-calls"_s, {{u"flat"_s, u"true"_s}}).json();
    EXPECT_EQ(flat.value(u"onCallUsers"_s).toArray(), QJsonArray({u"emeka@example.com"_s}));
    const QJsonObject next = client.get(u"/v1/schedules/"_s + schedule + u"/next-on-calls"_s).json();
    EXPECT_EQ(next[u"nextOnCallParticipants"_s][0][u"type"_s].toString(), u"user"_s);
    // Schedule paths take ids only; a name is looked up in the schedule list first.
    EXPECT_EQ(
        client.get(u"/v1/schedules/nlp_schedule/on-calls"_s, {{u"scheduleIdentifierType"_s, u"name"_s}}).status, 404);
    const QJsonObject found = client.get(u"/v1/schedules"_s, {{u"query"_s, u"NLP_schedule"_s}}).json();
    EXPECT_EQ(found[u"values"_s][0][u"id"_s].toString(), schedule);
    EXPECT_EQ(client.get(u"/v1/schedules"_s, {{u"query"_s, u"nlp"_s}}).json()[u"values"_s].toArray().size(), 0);

    FakeHeartbeat beat;
    beat.name = u"feature-store-sync"_s;
    beat.intervalUnit = u"minutes"_s;
    beat.ownerTeamName = u"payments-ml"_s;
    server.addHeartbeat(beat);
    const QString team = server.teams()[1].id;
    const Answer listed = client.get(u"/v1/teams/"_s + team + u"/heartbeats"_s);
    ASSERT_EQ(listed.status, 200);
    const QJsonArray values = listed.json().value(u"values"_s).toArray();
    ASSERT_EQ(values.size(), 1);
    EXPECT_EQ(values[0][u"intervalUnit"_s].toString(), u"Minutes"_s);
    EXPECT_EQ(values[0][u"status"_s].toString(), u"Pending"_s);
    EXPECT_EQ(client.get(u"/v1/teams/"_s + server.teams()[0].id + u"/heartbeats"_s)
                  .json()
                  .value(u"values"_s)
                  .toArray()
                  .size(),
        0);
    EXPECT_EQ(client.get(u"/v1/teams/"_s + team + u"/escalations"_s).json().value(u"values"_s).toArray().size(), 1);
    EXPECT_EQ(client.get(u"/v1/heartbeats"_s).status, 404);

    server.setJsmHeartbeatsInPlan(false);
    const Answer plan = client.get(u"/v1/teams/"_s + team + u"/heartbeats"_s);
    EXPECT_EQ(plan.status, 402);
    EXPECT_EQ(plan.json().value(u"message"_s).toString(), u"Please upgrade your pricing plan"_s);
}
