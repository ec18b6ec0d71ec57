#include "FakeGenieServer.h"
#include "GenieTestClient.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using namespace wk::fakegenie::testing;

// Opsgenie reads: auth, search and paging, rate limits, on-call, heartbeats, teams, notes and logs.
namespace {

QUrlQuery queryOf(const QString& link)
{
    return QUrlQuery(QUrl(link).query());
}

} // namespace

TEST(FakeOpsgenie, RejectsAMissingOrWrongGenieKeyWith401)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    GenieTestClient client(server);
    client.clearAuthorization();
    const Answer missing = client.get(u"/v2/alerts"_s);
    EXPECT_EQ(missing.status, 401);
    EXPECT_FALSE(missing.json().value(u"message"_s).toString().isEmpty());
    EXPECT_TRUE(missing.json().contains(u"took"_s));
    EXPECT_FALSE(missing.json().value(u"requestId"_s).toString().isEmpty());

    client.setAuthorization("GenieKey not-the-key");
    EXPECT_EQ(client.get(u"/v2/alerts"_s).status, 401);
    client.setAuthorization("Bearer test-genie-key");
    EXPECT_EQ(client.get(u"/v2/alerts"_s).status, 401);
    client.setAuthorization("GenieKey test-genie-key");
    const Answer ok = client.get(u"/v2/alerts"_s);
    EXPECT_EQ(ok.status, 200);
    EXPECT_EQ(ok.header("X-RateLimit-State"), "OK");
    EXPECT_EQ(ok.header("X-Request-Id").toStdString(), ok.json().value(u"requestId"_s).toString().toStdString());
    EXPECT_FALSE(ok.header("X-Response-Time").isEmpty());

    const QList<LoggedRequest> log = server.requestLog();
    ASSERT_EQ(log.size(), 4);
    EXPECT_FALSE(log[0].hasAuthorization);
    EXPECT_TRUE(log[3].hasAuthorization);
    EXPECT_EQ(log[3].status, 200);
}

TEST(FakeOpsgenie, ListsWithPagingLinksThatKeepQuerySortAndOrder)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.seedAlerts(60, 42);
    GenieTestClient client(server);
    const Params params{{u"query"_s, u"status:open OR status:closed"_s}, {u"limit"_s, u"7"_s},
        {u"sort"_s, u"createdAt"_s}, {u"order"_s, u"asc"_s}};
    Answer page = client.get(u"/v2/alerts"_s, params);
    ASSERT_EQ(page.status, 200) << page.body.toStdString();
    const QJsonObject paging = page.json().value(u"paging"_s).toObject();
    EXPECT_EQ(page.header("X-Paging-Next").toStdString(), paging.value(u"next"_s).toString().toStdString());
    EXPECT_EQ(page.header("X-Paging-First").toStdString(), paging.value(u"first"_s).toString().toStdString());
    EXPECT_EQ(page.header("X-Paging-Last").toStdString(), paging.value(u"last"_s).toString().toStdString());
    const QUrlQuery next = queryOf(paging.value(u"next"_s).toString());
    EXPECT_EQ(next.queryItemValue(u"query"_s, QUrl::FullyDecoded), u"status:open OR status:closed"_s);
    EXPECT_EQ(next.queryItemValue(u"offset"_s), u"7"_s);
    EXPECT_EQ(next.queryItemValue(u"limit"_s), u"7"_s);
    EXPECT_EQ(next.queryItemValue(u"sort"_s), u"createdAt"_s);
    EXPECT_EQ(next.queryItemValue(u"order"_s), u"asc"_s);
    EXPECT_EQ(queryOf(paging.value(u"last"_s).toString()).queryItemValue(u"offset"_s), u"56"_s);

    // Following next links visits every alert once, oldest first, and stops.
    QStringList ids;
    QString previousCreated;
    for (int guard = 0; guard < 20; ++guard) {
        for (const QJsonValue& alert : page.json().value(u"data"_s).toArray()) {
            ids.append(alert[u"id"_s].toString());
            EXPECT_GE(alert[u"createdAt"_s].toString(), previousCreated);
            previousCreated = alert[u"createdAt"_s].toString();
            EXPECT_FALSE(alert.toObject().contains(u"description"_s)); // BaseAlert only
        }
        const QString nextLink = page.json().value(u"paging"_s).toObject().value(u"next"_s).toString();
        if (nextLink.isEmpty())
            break;
        page = client.sendUrl("GET", QUrl(nextLink));
        ASSERT_EQ(page.status, 200);
    }
    EXPECT_EQ(ids.size(), 60);
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()).size(), 60);
}

TEST(FakeOpsgenie, ClampsTheLimitAndDefaultsToTwentyNewestFirst)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.seedAlerts(130, 3);
    GenieTestClient client(server);
    const QJsonArray byDefault = client.get(u"/v2/alerts"_s).json().value(u"data"_s).toArray();
    ASSERT_EQ(byDefault.size(), 20);
    EXPECT_GT(byDefault[0][u"createdAt"_s].toString(), byDefault[19][u"createdAt"_s].toString());
    EXPECT_EQ(client.get(u"/v2/alerts"_s, {{u"limit"_s, u"500"_s}}).json().value(u"data"_s).toArray().size(), 100);
    EXPECT_EQ(client.get(u"/v2/alerts"_s, {{u"limit"_s, u"0"_s}}).json().value(u"data"_s).toArray().size(), 1);
    const Answer count = client.get(u"/v2/alerts/count"_s, {{u"query"_s, u"status:open"_s}});
    ASSERT_EQ(count.status, 200);
    int open = 0;
    for (const FakeAlert* alert : server.alerts())
        open += alert->isOpen() ? 1 : 0;
    EXPECT_EQ(count.json()[u"data"_s][u"count"_s].toInt(), open);
}

TEST(FakeOpsgenie, AcceptsBothSpellingsOfLastOccurredAtAndRejectsUnknownSorts)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.seedAlerts(10, 1);
    GenieTestClient client(server);
    EXPECT_EQ(client.get(u"/v2/alerts"_s, {{u"sort"_s, u"lastOccurredAt"_s}}).status, 200);
    const Answer goSdk = client.get(u"/v2/alerts"_s, {{u"sort"_s, u"lastOccuredAt"_s}});
    EXPECT_EQ(goSdk.status, 200);
    EXPECT_TRUE(goSdk.json()[u"paging"_s][u"first"_s].toString().contains(u"sort=lastOccuredAt"_s));
    const Answer unknown = client.get(u"/v2/alerts"_s, {{u"sort"_s, u"severity"_s}});
    EXPECT_EQ(unknown.status, 422);
    EXPECT_TRUE(unknown.json().value(u"message"_s).toString().contains(u"severity"_s));
    EXPECT_EQ(client.get(u"/v2/alerts"_s, {{u"order"_s, u"sideways"_s}}).status, 422);
    EXPECT_EQ(client.get(u"/v2/alerts"_s, {{u"offset"_s, u"-1"_s}}).status, 422);
}

TEST(FakeOpsgenie, SearchesWithTheQueryDialectAndAnswers400WhenMalformed)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.seedAlerts(80, 11);
    GenieTestClient client(server);
    const Answer p1
        = client.get(u"/v2/alerts"_s, {{u"query"_s, u"STATUS:open AND priority:P1"_s}, {u"limit"_s, u"100"_s}});
    ASSERT_EQ(p1.status, 200);
    for (const QJsonValue& alert : p1.json().value(u"data"_s).toArray()) {
        EXPECT_EQ(alert[u"status"_s].toString(), u"open"_s);
        EXPECT_EQ(alert[u"priority"_s].toString(), u"P1"_s);
    }
    const Answer fraud
        = client.get(u"/v2/alerts"_s, {{u"query"_s, u"message:*fraud-scorer* OR teams:nlp"_s}, {u"limit"_s, u"100"_s}});
    ASSERT_EQ(fraud.status, 200);
    EXPECT_GT(fraud.json().value(u"data"_s).toArray().size(), 0);
    const Answer malformed = client.get(u"/v2/alerts"_s, {{u"query"_s, u"status:open AND (priority:P1"_s}});
    EXPECT_EQ(malformed.status, 400);
    EXPECT_TRUE(malformed.json().value(u"message"_s).toString().contains(u"Missing ')'"_s));
    EXPECT_EQ(client.get(u"/v2/alerts/count"_s, {{u"query"_s, u"nonsense:1"_s}}).status, 400);
    const qint64 now = server.now().toMSecsSinceEpoch();
    const Answer recent
        = client.get(u"/v2/alerts/count"_s, {{u"query"_s, u"createdAt>=%1"_s.arg(now - 24 * 3600 * 1000)}});
    EXPECT_EQ(recent.status, 200);
    EXPECT_LT(recent.json()[u"data"_s][u"count"_s].toInt(), 80);
}

TEST(FakeOpsgenie, GetsOneAlertByIdTinyIdOrAliasWithItsFullFields)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.seedAlerts(5, 9);
    const FakeAlert* alert = server.alerts().at(2);
    GenieTestClient client(server);
    const Answer byId = client.get(u"/v2/alerts/"_s + alert->id);
    ASSERT_EQ(byId.status, 200);
    const QJsonObject data = byId.json().value(u"data"_s).toObject();
    EXPECT_EQ(data[u"tinyId"_s].toString(), alert->tinyId);
    for (const QString& key : {u"description"_s, u"entity"_s, u"details"_s, u"actions"_s})
        EXPECT_TRUE(data.contains(key)) << key.toStdString();
    EXPECT_TRUE(data[u"createdAt"_s].toString().endsWith(u'Z'));
    EXPECT_EQ(data[u"createdAt"_s].toString().size(), 24); // 2017-03-21T20:32:52.353Z
    EXPECT_EQ(client.get(u"/v2/alerts/"_s + alert->tinyId, {{u"identifierType"_s, u"tiny"_s}}).status, 200);
    EXPECT_EQ(client.get(u"/v2/alerts/"_s + alert->alias, {{u"identifierType"_s, u"alias"_s}}).status, 200);
    EXPECT_EQ(client.get(u"/v2/alerts/"_s + alert->tinyId).status, 404); // a tinyId is not an id
    EXPECT_EQ(client.get(u"/v2/alerts/x"_s, {{u"identifierType"_s, u"name"_s}}).status, 422);
}

TEST(FakeOpsgenie, EmptyBucketAnswers429WithRateLimitHeadersPerDomain)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.seedAlerts(3, 1);
    server.setRateLimit(Domain::Search, RateLimit{3, 0});
    GenieTestClient client(server);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(client.get(u"/v2/alerts"_s).status, 200);
    const Answer throttled = client.get(u"/v2/alerts/count"_s);
    EXPECT_EQ(throttled.status, 429);
    EXPECT_EQ(throttled.json().value(u"message"_s).toString(),
        u"You are making too many requests! To avoid errors, we recommend you limit requests."_s);
    EXPECT_TRUE(throttled.json().contains(u"requestId"_s));
    EXPECT_EQ(throttled.header("X-RateLimit-State"), "THROTTLED");
    EXPECT_EQ(throttled.header("X-RateLimit-Reason"), "Search");
    EXPECT_EQ(throttled.header("X-RateLimit-Period-In-Sec"), "60");
    EXPECT_FALSE(throttled.hasHeader("Retry-After"));
    // Buckets are independent: the Alert domain still answers.
    EXPECT_EQ(client.get(u"/v2/alerts/"_s + server.alerts().first()->id).status, 200);
    EXPECT_EQ(server.counters(Domain::Search).requests, 4);
    EXPECT_EQ(server.counters(Domain::Search).throttled, 1);
    EXPECT_EQ(server.counters(Domain::Alert).requests, 1);
    EXPECT_EQ(server.counters(Domain::Alert).throttled, 0);
}

TEST(FakeOpsgenie, ABucketInDelayModeSlowsTheAnswerInsteadOfRejecting)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    server.setRateLimit(Domain::Configuration, RateLimit{1, 5, true});
    GenieTestClient client(server);
    EXPECT_EQ(client.get(u"/v2/teams"_s).status, 200);
    QElapsedTimer timer;
    timer.start();
    EXPECT_EQ(client.get(u"/v2/teams"_s).status, 200);
    EXPECT_GE(timer.elapsed(), 120); // one token every 200 ms
    EXPECT_EQ(server.counters(Domain::Configuration).delayed, 1);
}

TEST(FakeOpsgenie, AnswersWhoIsOnCallFlatAndNested)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    const QString id = server.setSchedule(
        u"ml-platform_schedule"_s, {u"alice@example.com"_s, u"bob@example.com"_s}, {u"chen@example.com"_s});
    GenieTestClient client(server);
    const Answer flat = client.get(u"/v2/schedules/"_s + id + u"/on-calls"_s, {{u"flat"_s, u"true"_s}});
    ASSERT_EQ(flat.status, 200);
    const QJsonObject flatData = flat.json().value(u"data"_s).toObject();
    EXPECT_EQ(flatData[u"_parent"_s][u"name"_s].toString(), u"ml-platform_schedule"_s);
    EXPECT_TRUE(flatData[u"_parent"_s][u"enabled"_s].toBool());
    EXPECT_EQ(flatData[u"onCallRecipients"_s].toArray(), QJsonArray({u"alice@example.com"_s, u"bob@example.com"_s}));

    const Answer nested = client.get(u"/v2/schedules/ml-platform_schedule/on-calls"_s,
        {{u"scheduleIdentifierType"_s, u"name"_s}, {u"flat"_s, u"false"_s}});
    ASSERT_EQ(nested.status, 200);
    const QJsonArray participants = nested.json()[u"data"_s][u"onCallParticipants"_s].toArray();
    ASSERT_EQ(participants.size(), 2);
    EXPECT_EQ(participants[0][u"name"_s].toString(), u"alice@example.com"_s);
    EXPECT_EQ(participants[0][u"type"_s].toString(), u"user"_s);
    EXPECT_FALSE(participants[0][u"id"_s].toString().isEmpty());

    const Answer next = client.get(u"/v2/schedules/"_s + id + u"/next-on-calls"_s, {{u"flat"_s, u"true"_s}});
    EXPECT_EQ(next.json()[u"data"_s][u"nextOnCallRecipients"_s].toArray(), QJsonArray({u"chen@example.com"_s}));
    EXPECT_EQ(next.json()[u"data"_s][u"exactNextOnCallRecipients"_s].toArray(), QJsonArray({u"chen@example.com"_s}));
    const Answer nextNested = client.get(u"/v2/schedules/"_s + id + u"/next-on-calls"_s);
    EXPECT_EQ(nextNested.json()[u"data"_s][u"nextOnCallParticipants"_s].toArray().size(), 1);
    EXPECT_EQ(client.get(u"/v2/schedules/nope/on-calls"_s).status, 404);
    EXPECT_EQ(server.counters(Domain::ScheduleOncalls).requests, 5);
}

TEST(FakeOpsgenie, ListsHeartbeatsTeamsAndEscalations)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    FakeHeartbeat beat;
    beat.name = u"nightly-training"_s;
    beat.interval = 26;
    beat.intervalUnit = u"hours"_s;
    beat.ownerTeamName = u"ml-platform"_s;
    beat.alertMessage = u"Nightly training is silent"_s;
    beat.alertTags = {u"ml"_s};
    beat.lastPingTime = server.now().addSecs(-3600);
    server.addHeartbeat(beat);
    GenieTestClient client(server);
    QJsonArray heartbeats = client.get(u"/v2/heartbeats"_s).json()[u"data"_s][u"heartbeats"_s].toArray();
    ASSERT_EQ(heartbeats.size(), 1);
    EXPECT_EQ(heartbeats[0][u"name"_s].toString(), u"nightly-training"_s);
    EXPECT_EQ(heartbeats[0][u"intervalUnit"_s].toString(), u"hours"_s);
    EXPECT_EQ(heartbeats[0][u"ownerTeam"_s][u"name"_s].toString(), u"ml-platform"_s);
    EXPECT_FALSE(heartbeats[0][u"expired"_s].toBool());
    EXPECT_TRUE(heartbeats[0].toObject().contains(u"lastPingTime"_s));
    server.setHeartbeatExpired(u"nightly-training"_s, true);
    heartbeats = client.get(u"/v2/heartbeats"_s).json()[u"data"_s][u"heartbeats"_s].toArray();
    EXPECT_TRUE(heartbeats[0][u"expired"_s].toBool());
    EXPECT_EQ(client.get(u"/v2/heartbeats/nightly-training/ping"_s).status, 202);
    EXPECT_FALSE(client.get(u"/v2/heartbeats/nightly-training"_s).json()[u"data"_s][u"expired"_s].toBool());
    EXPECT_EQ(server.counters(Domain::Heartbeat).requests, 4);

    const QJsonArray teams = client.get(u"/v2/teams"_s).json().value(u"data"_s).toArray();
    EXPECT_EQ(teams.size(), 3);
    server.addEscalation(u"night-owls"_s, u"nlp"_s);
    const QJsonArray escalations = client.get(u"/v2/escalations"_s).json().value(u"data"_s).toArray();
    ASSERT_EQ(escalations.size(), 4);
    EXPECT_EQ(escalations[3][u"name"_s].toString(), u"night-owls"_s);
    EXPECT_EQ(escalations[3][u"ownerTeam"_s][u"name"_s].toString(), u"nlp"_s);
    EXPECT_EQ(server.counters(Domain::Configuration).requests, 2);
}

TEST(FakeOpsgenie, PagesNotesAndLogsWithOpaqueOffsets)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    FakeAlert alert;
    alert.message = u"Model accuracy dropped below 0.92 on churn-predictor"_s;
    for (int i = 0; i < 7; ++i)
        alert.notes.append({u"note %1"_s.arg(i), u"alice"_s, server.now().addSecs(i - 100)});
    const QString id = server.addAlert(alert);
    GenieTestClient client(server);
    const QString path = u"/v2/alerts/"_s + id + u"/notes"_s;
    Answer page = client.get(path, {{u"limit"_s, u"3"_s}, {u"order"_s, u"asc"_s}});
    ASSERT_EQ(page.status, 200);
    QStringList seen;
    for (int guard = 0; guard < 10; ++guard) {
        for (const QJsonValue& note : page.json().value(u"data"_s).toArray()) {
            seen.append(note[u"note"_s].toString());
            bool numeric = false;
            note[u"offset"_s].toString().toInt(&numeric);
            EXPECT_FALSE(numeric) << "offsets are opaque strings";
            EXPECT_EQ(note[u"owner"_s].toString(), u"alice"_s);
        }
        const QString next = page.json()[u"paging"_s][u"next"_s].toString();
        if (next.isEmpty())
            break;
        EXPECT_EQ(queryOf(next).queryItemValue(u"direction"_s), u"next"_s);
        page = client.sendUrl("GET", QUrl(next));
    }
    EXPECT_EQ(
        seen, QStringList({u"note 0"_s, u"note 1"_s, u"note 2"_s, u"note 3"_s, u"note 4"_s, u"note 5"_s, u"note 6"_s}));
    // prev goes back from the last page; the default order is newest first.
    const QString prev = page.json()[u"paging"_s][u"prev"_s].toString();
    ASSERT_FALSE(prev.isEmpty());
    const QJsonArray before = client.sendUrl("GET", QUrl(prev)).json().value(u"data"_s).toArray();
    ASSERT_EQ(before.size(), 3);
    EXPECT_EQ(before[0][u"note"_s].toString(), u"note 3"_s);
    EXPECT_EQ(client.get(path).json().value(u"data"_s).toArray()[0][u"note"_s].toString(), u"note 6"_s);
    EXPECT_EQ(client.get(path, {{u"offset"_s, u"3"_s}}).status, 422);

    const Answer logs = client.get(u"/v2/alerts/"_s + id + u"/logs"_s);
    ASSERT_EQ(logs.status, 200);
    const QJsonArray entries = logs.json().value(u"data"_s).toArray();
    ASSERT_EQ(entries.size(), 0); // an alert added through the test API has no history
}
