#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

namespace wk::fakegenie {

using HttpHeader = std::pair<QByteArray, QByteArray>;

struct HttpRequest
{
    QByteArray method;
    QString path;         // percent-decoded, repeated slashes collapsed ("//v2/alerts" is "/v2/alerts")
    QStringList segments; // the path split on '/', each segment decoded on its own, so "%2F" stays in one
    QUrlQuery query;      // '+' already read as a space, as Java and Go servers do
    QList<HttpHeader> headers;
    QByteArray body;

    // Case-insensitive; the first header of that name, or empty.
    QByteArray header(const QByteArray& name) const;
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
};

struct HttpResponse
{
    int status = 200;
    QList<HttpHeader> headers;
    QByteArray body;
    // Reset the connection (RST) instead of answering; the request may or may not have been applied.
    bool dropConnection = false;
    // Answer this much later; the connection stays open meanwhile.
    int delayMs = 0;

    static HttpResponse drop();
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
};

// A minimal HTTP/1.1 server on 127.0.0.1: one request per connection (every answer says Connection: close),
// Content-Length bodies up to maxBodyBytes, several connections at once. The handler runs on the event loop
// of the thread that owns the server and answers synchronously (or asks for a delay or a reset).
class HttpServer : public QObject
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    static constexpr qsizetype maxBodyBytes = 1 << 20;
    static constexpr qsizetype maxHeaderBytes = 64 << 10;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    // Listens on 127.0.0.1 on a port the system picks, or on `port` when it is not 0.
    bool listen(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:PORT, no trailing slash.
    QUrl url() const;
    int openConnections() const { return m_open; }

    static QByteArray reasonPhrase(int status);

private:
    void acceptPending();

    QTcpServer m_server;
    Handler m_handler;
    int m_open = 0;
};

} // namespace wk::fakegenie
