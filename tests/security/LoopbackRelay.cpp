#include "LoopbackRelay.h"

#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace wk::security {

LoopbackRelay::LoopbackRelay(const QUrl& upstream, QObject* parent)
    : QObject(parent)
    , m_upstream(upstream)
{ }

LoopbackRelay::~LoopbackRelay() = default;

bool LoopbackRelay::listen()
{
    m_server = std::make_unique<QTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackRelay::accept);
    return m_server->listen(QHostAddress::LocalHost);
}

bool LoopbackRelay::listenTls(const QSslConfiguration& config)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    // Only connections whose handshake succeeded become pending.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackRelay::accept);
    m_server = std::move(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost);
}

QUrl LoopbackRelay::url() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server ? m_server->serverPort() : 0);
    return url;
}

void LoopbackRelay::accept()
{
    while (QTcpSocket* client = m_server->nextPendingConnection())
        relay(client);
}

void LoopbackRelay::relay(QTcpSocket* client)
{
    ++m_connections;
    client->setParent(this);
    auto* upstream = new QTcpSocket(client);
    QPointer<QTcpSocket> far(upstream);
    auto head = std::make_shared<QByteArray>();
    auto headRead = std::make_shared<bool>(false);
    // Bytes wait in the client's buffer until the upstream is connected.
    const auto forward = [this, client, far, head, headRead] {
        if (!far || far->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray bytes = client->readAll();
        if (!*headRead) {
            *head += bytes;
            if (const qsizetype end = head->indexOf("\r\n\r\n"); end >= 0) {
                *headRead = true;
                for (const QByteArray& line : head->left(end).split('\n')) {
                    if (line.toLower().startsWith("authorization:"))
                        m_authorizations.append(line.mid(14).trimmed());
                }
            }
        }
        far->write(bytes);
    };
    connect(client, &QTcpSocket::readyRead, client, forward);
    connect(upstream, &QTcpSocket::connected, client, forward);
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, [client, far] {
        if (far)
            far->disconnectFromHost();
        client->deleteLater();
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
}

} // namespace wk::security
