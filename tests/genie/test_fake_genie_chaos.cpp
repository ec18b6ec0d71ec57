#include "FakeGenieServer.h"
#include "GenieTestClient.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using namespace wk::fakegenie::testing;

// Seeded chaos: resets before or after a write is applied, and spurious 429s.
namespace {

QString openAlert(FakeGenieServer& server)
{
    FakeAlert alert;
    alert.message = u"Inference queue depth above 1000 on recsys-ranker"_s;
    return server.addAlert(alert);
}

// One request on its own connection, so exactly one request reaches the server (QNetworkAccessManager resends
// on a reset; see AResetAfterApplyLeavesTheActionApplied).
struct RawResult
{
    QByteArray received;
    bool reset = false;
};

RawResult rawPost(const FakeGenieServer& server, const QString& path, const QJsonObject& body)
{
    QTcpSocket socket;
    RawResult result;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { result.received += socket.readAll(); });
    QObject::connect(
        &socket, &QTcpSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError) { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, server.url().port());
    EXPECT_TRUE(socket.waitForConnected(5000));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    socket.write("POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + server.authorization()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\n\r\n"
        + json);
    EXPECT_TRUE(waitUntil([&] { return closed; }));
    result.reset = result.received.isEmpty();
    return result;
}

} // namespace

TEST(FakeGenieChaos, AResetBeforeApplyLosesTheAction)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(10);
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server);
    server.setChaos({1.0, 0.0, 0.0, 7});
    const RawResult result = rawPost(server, u"/v2/alerts/"_s + id + u"/acknowledge"_s, {{u"user"_s, u"alice"_s}});
    EXPECT_TRUE(result.reset);
    spin(100);
    EXPECT_TRUE(server.applied().isEmpty());
    EXPECT_EQ(server.pendingCount(), 0);
    EXPECT_FALSE(server.alert(id)->acknowledged);
    ASSERT_EQ(server.requestLog().size(), 1);
    EXPECT_TRUE(server.requestLog()[0].dropped);
    EXPECT_EQ(server.requestLog()[0].status, 0);

    // QNetworkAccessManager sees an error, not an answer.
    GenieTestClient client(server);
    const Answer answer = client.post(u"/v2/alerts/"_s + id + u"/acknowledge"_s, {});
    EXPECT_EQ(answer.status, 0);
    EXPECT_NE(answer.error, QNetworkReply::NoError);
    spin(50);
    EXPECT_TRUE(server.applied().isEmpty());
}

TEST(FakeGenieChaos, AResetAfterApplyLeavesTheActionApplied)
{
    FakeGenieServer server;
    server.setProcessingDelayMs(10);
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server);
    server.setChaos({0.0, 1.0, 0.0, 7});
    const RawResult result
        = rawPost(server, u"/v2/alerts/"_s + id + u"/notes"_s, {{u"note"_s, u"draining the queue"_s}});
    EXPECT_TRUE(result.reset);
    EXPECT_TRUE(waitUntil([&] { return server.applied().size() == 1; }));
    EXPECT_EQ(server.applied()[0].kind, u"AddNote"_s);
    EXPECT_TRUE(server.applied()[0].success);
    EXPECT_EQ(server.alert(id)->notes.size(), 1);

    // Through QNetworkAccessManager the client also sees a failure; Qt may quietly resend the POST on a fresh
    // connection first, so the note can land more than once: exactly what a client's retry logic must expect.
    GenieTestClient client(server);
    const Answer answer = client.post(u"/v2/alerts/"_s + id + u"/notes"_s, {{u"note"_s, u"second"_s}});
    EXPECT_EQ(answer.status, 0);
    EXPECT_NE(answer.error, QNetworkReply::NoError);
    EXPECT_TRUE(waitUntil([&] { return server.pendingCount() == 0 && server.applied().size() >= 2; }));
    EXPECT_GE(server.alert(id)->notes.size(), 2);
    EXPECT_EQ(server.alert(id)->notes.last().note, u"second"_s);
}

TEST(FakeGenieChaos, Spurious429sHitWritesButNotReadsUnlessAsked)
{
    FakeGenieServer server;
    ASSERT_TRUE(server.listen());
    const QString id = openAlert(server);
    server.setChaos({0.0, 0.0, 1.0, 7});
    GenieTestClient client(server);
    const Answer write = client.post(u"/v2/alerts/"_s + id + u"/close"_s, {});
    EXPECT_EQ(write.status, 429);
    EXPECT_EQ(write.header("X-RateLimit-State"), "THROTTLED");
    EXPECT_EQ(write.header("X-RateLimit-Reason"), "Alert");
    EXPECT_EQ(client.get(u"/v2/alerts/"_s + id).status, 200);
    EXPECT_EQ(server.counters(Domain::Alert).throttled, 1);

    ChaosSettings everything{0.0, 0.0, 1.0, 7};
    everything.allRequests = true;
    server.setChaos(everything);
    EXPECT_EQ(client.get(u"/v2/alerts"_s).status, 429);
    server.setChaos({});
    EXPECT_EQ(client.get(u"/v2/alerts"_s).status, 200);
}

TEST(FakeGenieChaos, TheSameSeedGivesTheSameFaults)
{
    const auto outcomes = [](quint32 seed) {
        FakeGenieServer server;
        server.setProcessingDelayMs(0);
        EXPECT_TRUE(server.listen());
        const QString id = openAlert(server);
        server.setChaos({0.3, 0.3, 0.2, seed});
        QList<int> seen;
        for (int i = 0; i < 12; ++i) {
            const RawResult result = rawPost(server, u"/v2/alerts/"_s + id + u"/acknowledge"_s, {});
            seen.append(result.reset ? 0 : result.received.mid(9, 3).toInt());
        }
        return seen;
    };
    const QList<int> first = outcomes(99);
    EXPECT_EQ(first, outcomes(99));
    EXPECT_TRUE(first.contains(0));
    EXPECT_TRUE(first.contains(202) || first.contains(429));
}
