#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <memory>

namespace wk::security {

// A byte relay on 127.0.0.1 in front of a plain HTTP server (a real Prometheus, the fake Opsgenie): plain, or
// TLS-terminating with the given certificate, so a client meets a TLS server whose answers are the real ones.
// It records the head of each request it relays (one request per connection, as the clients here send them), so
// a test can tell which credentials reached the server.
class LoopbackRelay : public QObject
{
public:
    explicit LoopbackRelay(const QUrl& upstream, QObject* parent = nullptr);
    ~LoopbackRelay() override;

    bool listen();
    bool listenTls(const QSslConfiguration& config);
    QUrl url() const; // http(s)://127.0.0.1:PORT

    // The Authorization values of the requests relayed so far, in order.
    QList<QByteArray> authorizations() const { return m_authorizations; }
    int connections() const { return m_connections; }

private:
    void accept();
    void relay(QTcpSocket* client);

    QUrl m_upstream;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<QByteArray> m_authorizations;
    int m_connections = 0;
};

} // namespace wk::security
