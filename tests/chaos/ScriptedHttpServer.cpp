#include "ScriptedHttpServer.h"

#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace wk::chaos {

namespace {

// SO_LINGER 0: the close sends RST instead of FIN, so the client sees a reset, as after a crash or a cut cable.
void resetConnection(QTcpSocket* socket)
{
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

// Writes the pieces one by one, then closes, resets or stays silent.
void play(QPointer<QTcpSocket> socket, ScriptedHttpServer::Reply reply, int next)
{
    if (!socket)
        return;
    if (next < reply.pieces.size()) {
        socket->write(reply.pieces[next]);
        socket->flush();
        QTimer::singleShot(reply.pauseMs, socket, [socket, reply, next] { play(socket, reply, next + 1); });
        return;
    }
    switch (reply.then) {
    case ScriptedHttpServer::Then::Close:
        socket->disconnectFromHost();
        break;
    case ScriptedHttpServer::Then::Reset:
        resetConnection(socket);
        break;
    case ScriptedHttpServer::Then::Silence:
        break;
    }
}

// The request is complete when its head and its Content-Length body are in.
bool complete(const QByteArray& bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    qint64 length = 0;
    for (const QByteArray& line : bytes.left(headEnd).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.toLower().startsWith("content-length:"))
            length = trimmed.mid(15).trimmed().toLongLong();
    }
    return bytes.size() - (headEnd + 4) >= length;
}

} // namespace

ScriptedHttpServer::ScriptedHttpServer(Script script, QObject* parent)
    : QObject(parent)
    , m_script(std::move(script))
{ }

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::accept);
    return m_server->listen(QHostAddress::LocalHost);
}

bool ScriptedHttpServer::listenTls(const QSslConfiguration& config)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    // Only connections whose handshake succeeded become pending: a client that refuses the certificate never
    // gets to send a request.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::accept);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

QByteArray ScriptedHttpServer::answer(int status, const QByteArray& body, const QByteArray& extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

void ScriptedHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection())
        serve(socket);
}

void ScriptedHttpServer::serve(QTcpSocket* socket)
{
    ++m_connections;
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    const auto read = [this, socket, buffer, done] {
        if (*done)
            return;
        *buffer += socket->readAll();
        if (!complete(*buffer))
            return;
        *done = true;
        m_requests.append(*buffer);
        play(socket, m_script(*buffer), 0);
    };
    connect(socket, &QTcpSocket::readyRead, this, read);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    read();
}

} // namespace wk::chaos
