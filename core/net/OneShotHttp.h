#pragma once

#include "common/Error.h"
#include "net/HttpResponseParser.h"
#include "net/HttpTypes.h"

#include <QAbstractSocket>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace wk::net {

// One HTTP/1.1 request on a connection of its own, sent exactly once. QNetworkAccessManager quietly sends a request
// again on a fresh connection when the first one closes before any byte of the answer (its HTTP channel reconnects
// and resends, POST included), so a write the service applied just before the drop is applied twice and nobody
// knows. Here a broken connection is an error and the caller decides: the outbox asks hasLanded() first.
//
// `Connection: close`, Host and Content-Length, the request's headers; the answer framed by Content-Length, chunked
// coding or the end of the connection, at most request.maxBytes. No redirect is followed and no compression asked
// for. https uses the given TLS configuration (peer verification stays on). The proxy is the one Qt's proxy
// settings give for the URL, as for QNetworkAccessManager; an HTTP proxy is used as a CONNECT tunnel.
// Errors: Network (cannot connect, TLS, a connection broken before the whole answer, not HTTP), Timeout (no byte
// for request.timeoutMs), Parse (larger than maxBytes), BadQuery (a request that cannot be written).
class OneShotHttp : public QObject
{
public:
    using Done = std::function<void(Result<HttpResponse>)>;

    // Starts at once; `done` runs once, later, from the event loop, unless this object is destroyed first. The
    // object deletes itself after `done`.
    static OneShotHttp* start(const HttpRequest& request, const QSslConfiguration& ssl, QObject* parent, Done done);

    // The bytes that go on the wire: request line, header fields, body.
    static Result<QByteArray> serialize(const HttpRequest& request);

private:
    OneShotHttp(const HttpRequest& request, Done done, QObject* parent);

    void connectSocket(const QSslConfiguration& ssl);
    void sendRequest();
    void readAnswer();
    void onSocketError(QAbstractSocket::SocketError code);
    void onTimeout();
    void succeed();
    void fail(Error error);

    HttpRequest m_request;
    QByteArray m_wire;
    Done m_done;
    QPointer<QTcpSocket> m_socket;
    HttpResponseParser m_parser;
    QTimer m_idle;
    QString m_tlsProblems;
    qint64 m_written = 0;
    bool m_finished = false;
};

} // namespace wk::net
