#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

namespace wk::chaos {

// A loopback HTTP server for tests of the one-shot client: it reads one request per connection (head and
// Content-Length body), records it, and then does what the test's script says: answer in pieces with pauses,
// reset the connection, close it, or say nothing. Plain TCP, or TLS with the given certificate and key.
class ScriptedHttpServer : public QObject
{
public:
    enum class Then {
        Close,   // after the pieces, close the connection (FIN)
        Reset,   // after the pieces, reset it (RST)
        Silence, // after the pieces, keep it open and send nothing more
    };
    struct Reply
    {
        QList<QByteArray> pieces; // written one after the other, pauseMs apart
        Then then = Then::Close;
        int pauseMs = 0;
    };
    using Script = std::function<Reply(const QByteArray& request)>;

    explicit ScriptedHttpServer(Script script, QObject* parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    bool listenTls(const QSslConfiguration& config);
    QUrl url() const; // http(s)://127.0.0.1:PORT

    const QList<QByteArray>& requests() const { return m_requests; } // every complete request read
    int connections() const { return m_connections; }

    // One complete answer: status line, Content-Length, the extra header lines, the body.
    static QByteArray answer(int status, const QByteArray& body, const QByteArray& extraHeaders = {});

private:
    void accept();
    void serve(QTcpSocket* socket);

    Script m_script;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<QByteArray> m_requests;
    int m_connections = 0;
};

} // namespace wk::chaos
