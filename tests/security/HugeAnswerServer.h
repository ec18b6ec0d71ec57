#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <functional>

// A loopback HTTP server whose answers are far larger than any client should take: a body announced with a
// Content-Length of 2 GiB, or sent chunked with no length at all, generated as it is sent (the test never holds
// more than a few megabytes of it). It writes as fast as the client reads and stops when the client hangs up, so
// how much it sent says how much the client took before refusing.
namespace wk::security {

class HugeAnswerServer : public QObject
{
public:
    // The bytes of a body, generated from `offset` on: at most `max` bytes, fewer at the end of the body.
    using Generator = std::function<QByteArray(qint64 offset, qint64 max)>;

    struct Answer
    {
        qint64 length = 0;          // the body's length
        bool announceLength = true; // Content-Length: length; else Transfer-Encoding: chunked
        Generator body;
        QByteArray contentType = "application/json";
    };
    using Route = std::function<Answer(const QByteArray& method, const QString& path)>;

    explicit HugeAnswerServer(Route route, QObject* parent = nullptr);

    bool listen();
    QUrl url() const; // http://127.0.0.1:PORT

    qint64 bodyBytesSent() const { return m_sent; } // over every connection
    int requests() const { return m_requests; }

    // A body of `length` bytes repeating `unit`.
    static Answer repeating(qint64 length, const QByteArray& unit, bool announceLength);
    // A small complete JSON answer.
    static Answer small(const QByteArray& json);

private:
    void serve(QTcpSocket* socket);
    void pump(QTcpSocket* socket, const Answer& answer, qint64* offset);

    QTcpServer m_server;
    Route m_route;
    qint64 m_sent = 0;
    int m_requests = 0;
};

// A list page of `count` Opsgenie alerts, written out as it is sent, and its length.
HugeAnswerServer::Answer alertPage(qint64 count, bool compact);

} // namespace wk::security
