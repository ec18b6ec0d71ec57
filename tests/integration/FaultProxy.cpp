#include "FaultProxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace wk::testfleet {

namespace {

constexpr qsizetype maxRequestBytes = 1 << 20;
constexpr qsizetype maxAnswerBytes = 64 << 20;
constexpr int maxExchangeMs = 60'000; // nothing a test does takes longer; a stuck connection goes away

QByteArray headerValue(const QList<QByteArray>& lines, const QByteArray& name)
{
    for (const QByteArray& line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool isHopByHop(const QByteArray& line)
{
    const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
    return name == "connection" || name == "keep-alive" || name == "proxy-connection" || name == "content-length"
        || name == "transfer-encoding" || name == "accept-encoding";
}

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

// One client connection: read one request, answer it as the proxy's behaviour says, close.
class Exchange : public QObject
{
public:
    Exchange(QTcpSocket* client, FaultProxy* proxy)
        : QObject(proxy)
        , m_client(client)
        , m_proxy(proxy)
    {
        m_client->setParent(this);
        connect(m_client, &QTcpSocket::readyRead, this, &Exchange::readRequest);
        connect(m_client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        QTimer::singleShot(maxExchangeMs, this, &QObject::deleteLater);
        readRequest();
    }

private:
    void readRequest()
    {
        if (m_answered)
            return;
        m_request += m_client->readAll();
        const qsizetype headEnd = m_request.indexOf("\r\n\r\n");
        if (m_request.size() > maxRequestBytes) {
            m_client->abort();
            return;
        }
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = m_request.left(headEnd).split('\n');
        const qsizetype length = headerValue(lines, "Content-Length").toLongLong();
        if (m_request.size() < headEnd + 4 + length)
            return;
        m_answered = true;
        const FaultProxy::Behaviour behaviour = m_proxy->takeBehaviour();
        m_fault = behaviour.fault;
        switch (behaviour.fault) {
        case FaultProxy::Fault::Hang:
            return;
        case FaultProxy::Fault::Delay:
            QTimer::singleShot(behaviour.delayMs, this, [this, headEnd, length] { forward(headEnd, length); });
            return;
        case FaultProxy::Fault::Html502:
        case FaultProxy::Fault::Status:
        case FaultProxy::Fault::MalformedJson:
            answer(behaviour.status, behaviour.headers, behaviour.body);
            return;
        case FaultProxy::Fault::Pass:
        case FaultProxy::Fault::TruncateBody:
        case FaultProxy::Fault::ResetMidBody:
        case FaultProxy::Fault::StallMidBody:
            forward(headEnd, length);
            return;
        }
    }

    // HTTP/1.0 upstream without Accept-Encoding: the answer is neither chunked nor compressed, and ends when
    // the upstream closes, so the proxy can relay (or cut) the exact body.
    void forward(qsizetype headEnd, qsizetype length)
    {
        QList<QByteArray> lines = m_request.left(headEnd).split('\n');
        QByteArray head = lines.takeFirst().trimmed();
        head.replace("HTTP/1.1", "HTTP/1.0");
        head += "\r\n";
        for (const QByteArray& line : lines) {
            if (!line.trimmed().isEmpty() && !isHopByHop(line))
                head += line.trimmed() + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(length) + "\r\nConnection: close\r\n\r\n";
        const QByteArray outgoing = head + m_request.mid(headEnd + 4, length);

        m_upstream = new QTcpSocket(this);
        connect(m_upstream, &QTcpSocket::connected, this, [this, outgoing] { m_upstream->write(outgoing); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
            m_answer += m_upstream->readAll();
            if (m_answer.size() > maxAnswerBytes)
                m_upstream->abort();
        });
        connect(m_upstream, &QTcpSocket::disconnected, this, &Exchange::relay);
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                answer(502, {}, "fault proxy: upstream failed: " + m_upstream->errorString().toUtf8());
        });
        const QUrl& up = m_proxy->upstream();
        m_upstream->connectToHost(up.host(), quint16(up.port(80)));
    }

    void relay()
    {
        if (m_relayed)
            return;
        m_answer += m_upstream->readAll();
        const qsizetype headEnd = m_answer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            answer(502, {}, "fault proxy: the upstream sent no complete head");
            return;
        }
        QList<QByteArray> lines = m_answer.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.takeFirst().trimmed().split(' ');
        if (!headerValue(lines, "Transfer-Encoding").isEmpty()) {
            answer(502, {}, "fault proxy: the upstream answered chunked to HTTP/1.0");
            return;
        }
        QList<FaultProxy::Header> headers;
        for (const QByteArray& line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && !isHopByHop(line))
                headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        QByteArray body = m_answer.mid(headEnd + 4);
        if (const QByteArray declared = headerValue(lines, "Content-Length"); !declared.isEmpty())
            body.truncate(declared.toLongLong());
        answer(statusLine.value(1).toInt(), headers, body);
    }

    void answer(int status, const QList<FaultProxy::Header>& headers, const QByteArray& body)
    {
        if (m_relayed || !m_client)
            return;
        m_relayed = true;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonFor(status) + "\r\n";
        for (const auto& [name, value] : headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        const bool cut = m_fault == FaultProxy::Fault::TruncateBody || m_fault == FaultProxy::Fault::ResetMidBody
            || m_fault == FaultProxy::Fault::StallMidBody;
        m_client->write(head + (cut ? body.left(body.size() / 2) : body));
        if (m_fault == FaultProxy::Fault::StallMidBody)
            return; // the client's timeout or the exchange's bound ends it
        if (m_fault != FaultProxy::Fault::ResetMidBody) {
            m_client->disconnectFromHost(); // after the buffered bytes are written
            return;
        }
        // Reset once the half body is on the wire: SO_LINGER 0 makes the close send RST, not FIN.
        auto resetWhenFlushed = [this] {
            if (!m_client || m_client->bytesToWrite() > 0)
                return;
            const linger hard{1, 0};
            ::setsockopt(int(m_client->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            m_client->abort();
        };
        connect(m_client, &QTcpSocket::bytesWritten, this, resetWhenFlushed);
        m_client->flush();
        resetWhenFlushed();
    }

    QPointer<QTcpSocket> m_client;
    FaultProxy* m_proxy;
    QTcpSocket* m_upstream = nullptr;
    QByteArray m_request;
    QByteArray m_answer;
    FaultProxy::Fault m_fault = FaultProxy::Fault::Pass;
    bool m_answered = false;
    bool m_relayed = false;
};

} // namespace

FaultProxy::FaultProxy(const QUrl& upstream, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            new Exchange(socket, this);
    });
}

FaultProxy::~FaultProxy()
{
    m_server.close();
}

bool FaultProxy::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FaultProxy::setBehaviour(const Behaviour& behaviour, int times)
{
    m_behaviour = behaviour;
    m_times = times;
}

FaultProxy::Behaviour FaultProxy::delay(int ms)
{
    Behaviour b;
    b.fault = Fault::Delay;
    b.delayMs = ms;
    return b;
}

FaultProxy::Behaviour FaultProxy::html502()
{
    Behaviour b;
    b.fault = Fault::Html502;
    b.status = 502;
    b.headers = {{"Server", "nginx/1.22.1"}, {"Content-Type", "text/html"}};
    b.body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n";
    return b;
}

FaultProxy::Behaviour FaultProxy::status(int code, const QByteArray& body, const QList<Header>& headers)
{
    Behaviour b;
    b.fault = Fault::Status;
    b.status = code;
    b.body = body;
    b.headers = headers;
    return b;
}

FaultProxy::Behaviour FaultProxy::simple(Fault fault)
{
    Behaviour b;
    b.fault = fault;
    if (fault == Fault::MalformedJson) {
        b.headers = {{"Content-Type", "application/json"}};
        b.body = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{} "value":[1,"1"]}]}})";
    }
    return b;
}

void FaultProxy::resetCounters()
{
    m_arrivalsMs.clear();
    m_clock.restart();
}

FaultProxy::Behaviour FaultProxy::takeBehaviour()
{
    m_arrivalsMs.append(m_clock.elapsed());
    if (m_times == 0)
        return Behaviour{};
    if (m_times > 0)
        --m_times;
    return m_behaviour;
}

} // namespace wk::testfleet
