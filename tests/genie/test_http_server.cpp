#include "GenieTestClient.h"
#include "HttpServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace wk::fakegenie;
using wk::fakegenie::testing::waitUntil;

namespace {

// What a raw client saw: the bytes it read and how the connection ended.
struct RawExchange
{
    QByteArray received;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    bool closed = false;
};

RawExchange exchange(quint16 port, const QByteArray& bytes)
{
    QTcpSocket socket;
    RawExchange result;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { result.received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { result.closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&](QAbstractSocket::SocketError error) {
        result.error = error;
        result.closed = true;
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_TRUE(socket.waitForConnected(5000));
    socket.write(bytes);
    EXPECT_TRUE(waitUntil([&] { return result.closed; }));
    return result;
}

// Echoes what it parsed, or resets when the path says so.
HttpResponse echo(const HttpRequest& request)
{
    if (request.path == u"/reset")
        return HttpResponse::drop();
    HttpResponse response;
    response.status = request.path == u"/missing" ? 404 : 200;
    response.body = request.method + ' ' + request.path.toUtf8() + " segments=" + request.segments.join(u'|').toUtf8()
        + " q=" + request.queryValue(u"q"_s).toUtf8() + " body=" + request.body;
    response.setHeader("X-Test", "yes");
    return response;
}

} // namespace

TEST(HttpServer, ParsesPathQueryAndBodyAndClosesAfterTheAnswer)
{
    HttpServer server(echo);
    ASSERT_TRUE(server.listen());
    const RawExchange answer = exchange(server.port(),
        "POST //v2/alerts/a%2Fb/close?q=status%3Aopen+AND+x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello");
    EXPECT_TRUE(answer.received.startsWith("HTTP/1.1 200 OK\r\n")) << answer.received.toStdString();
    EXPECT_TRUE(answer.received.contains("Connection: close\r\n"));
    EXPECT_TRUE(answer.received.contains("X-Test: yes\r\n"));
    // Doubled slashes collapse; an encoded slash stays inside its segment; '+' reads as a space.
    EXPECT_TRUE(answer.received.contains("POST /v2/alerts/a/b/close segments=v2|alerts|a/b|close"));
    EXPECT_TRUE(answer.received.contains("q=status:open AND x body=hello"));
    EXPECT_EQ(answer.error, QAbstractSocket::RemoteHostClosedError);
}

TEST(HttpServer, RejectsBodiesOverOneMegabyteAndMalformedRequests)
{
    HttpServer server(echo);
    ASSERT_TRUE(server.listen());
    const RawExchange tooBig
        = exchange(server.port(), "POST /v2/alerts HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n" + QByteArray(100, 'x'));
    EXPECT_TRUE(tooBig.received.startsWith("HTTP/1.1 413 ")) << tooBig.received.toStdString();
    const RawExchange garbage = exchange(server.port(), "HELLO\r\n\r\n");
    EXPECT_TRUE(garbage.received.startsWith("HTTP/1.1 400 ")) << garbage.received.toStdString();
    const RawExchange chunked
        = exchange(server.port(), "POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    EXPECT_TRUE(chunked.received.startsWith("HTTP/1.1 501 ")) << chunked.received.toStdString();
}

TEST(HttpServer, ADropResetsTheConnectionWithoutAnAnswer)
{
    HttpServer server(echo);
    ASSERT_TRUE(server.listen());
    const RawExchange dropped = exchange(server.port(), "GET /reset HTTP/1.1\r\n\r\n");
    EXPECT_TRUE(dropped.received.isEmpty());
    EXPECT_EQ(dropped.error, QAbstractSocket::RemoteHostClosedError); // ECONNRESET reads as this in Qt
}

TEST(HttpServer, ServesSeveralConnectionsAtOnce)
{
    HttpServer server(echo);
    ASSERT_TRUE(server.listen());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(5);
    for (int i = 0; i < 5; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket* raw = socket.get();
        QObject::connect(
            raw, &QTcpSocket::readyRead, raw, [raw, &received, i] { received[size_t(i)] += raw->readAll(); });
        raw->connectToHost(QHostAddress::LocalHost, server.port());
        ASSERT_TRUE(raw->waitForConnected(5000));
        raw->write("GET /slow?q=" + QByteArray::number(i) + " HTTP/1.1\r\n"); // half a request each
        sockets.push_back(std::move(socket));
    }
    EXPECT_TRUE(waitUntil([&] { return server.openConnections() == 5; }));
    for (auto it = sockets.rbegin(); it != sockets.rend(); ++it)
        (*it)->write("Host: x\r\n\r\n");
    EXPECT_TRUE(waitUntil([&] {
        return std::all_of(received.begin(), received.end(), [](const QByteArray& r) { return r.contains("body="); });
    }));
    for (int i = 0; i < 5; ++i)
        EXPECT_TRUE(received[size_t(i)].contains(QByteArray("q=" + QByteArray::number(i)))) << i;
    EXPECT_TRUE(waitUntil([&] { return server.openConnections() == 0; }));
}

TEST(HttpServer, AnswersLaterWhenAskedToDelay)
{
    HttpServer server([](const HttpRequest&) {
        HttpResponse response;
        response.delayMs = 200;
        response.body = "late";
        return response;
    });
    ASSERT_TRUE(server.listen());
    QElapsedTimer timer;
    timer.start();
    const RawExchange answer = exchange(server.port(), "GET / HTTP/1.1\r\n\r\n");
    EXPECT_GE(timer.elapsed(), 190);
    EXPECT_TRUE(answer.received.endsWith("\r\n\r\nlate"));
}
