#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <utility>

namespace wk::testfleet {

// An HTTP/1.1 proxy on 127.0.0.1 in front of a real server, which misbehaves on demand: a gateway page, a rate
// limit, a slow, hanging, cut or broken answer. Tests point a client at url() and see what the user would.
// One request per connection (every answer says Connection: close); sizes and times are bounded.
class FaultProxy : public QObject
{
public:
    enum class Fault {
        Pass,          // forward to the upstream and relay its answer
        Delay,         // wait delayMs, then Pass
        Html502,       // an nginx "502 Bad Gateway" page
        Status,        // answer status, body and headers without asking the upstream
        TruncateBody,  // the upstream's headers with the full Content-Length, half the body, then a clean close
        MalformedJson, // 200 with complete JSON that lacks a comma
        ResetMidBody,  // the upstream's headers, half the body, then a TCP reset
        StallMidBody,  // the upstream's headers, half the body, then silence with the connection open
        Hang,          // read the request and never answer
    };
    using Header = std::pair<QByteArray, QByteArray>;
    struct Behaviour
    {
        Fault fault = Fault::Pass;
        int delayMs = 0;
        int status = 200;
        QByteArray body;
        QList<Header> headers;
    };

    explicit FaultProxy(const QUrl& upstream, QObject* parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 on a port the system picks (or `port`: the same address again after close()).
    bool listen(quint16 port = 0);
    // Stops listening: connections are refused, as by a server that is down.
    void close() { m_server.close(); }
    QUrl url() const;

    // The next `times` requests (all of them when negative) get `behaviour`; after those, requests pass.
    void setBehaviour(const Behaviour& behaviour, int times = -1);
    void pass() { setBehaviour(Behaviour{}); }

    static Behaviour delay(int ms);
    static Behaviour html502();
    static Behaviour status(int code, const QByteArray& body, const QList<Header>& headers = {});
    static Behaviour simple(Fault fault);

    // Requests read in full since the last resetCounters(), and when each arrived (ms since then).
    int requestsSeen() const { return int(m_arrivalsMs.size()); }
    QList<qint64> arrivalsMs() const { return m_arrivalsMs; }
    void resetCounters();

    // Called by a connection once its request is complete: counts it and says how to answer it.
    Behaviour takeBehaviour();
    const QUrl& upstream() const { return m_upstream; }

private:
    QTcpServer m_server;
    QUrl m_upstream;
    Behaviour m_behaviour;
    int m_times = -1;
    QElapsedTimer m_clock;
    QList<qint64> m_arrivalsMs;
};

} // namespace wk::testfleet
