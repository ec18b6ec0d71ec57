#include "HttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

namespace {

constexpr int idleTimeoutMs = 30'000; // a client that never finishes its request goes away

HttpResponse plainError(int status, const QByteArray& text)
{
    HttpResponse response;
    response.status = status;
    response.body = text + '\n';
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    return response;
}

// One connection: read one request, hand it to the server's handler, answer (or reset), close.
class Connection : public QObject
{
public:
    Connection(QTcpSocket* socket, const HttpServer::Handler& handler, int* openCount, QObject* parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
        , m_openCount(openCount)
    {
        ++*m_openCount;
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        QTimer::singleShot(idleTimeoutMs, this, [this] { reset(); });
        read();
    }
    ~Connection() override { --*m_openCount; }

private:
    void read()
    {
        if (m_done || !m_socket)
            return;
        m_buffer += m_socket->readAll();
        if (m_headEnd < 0) {
            m_headEnd = m_buffer.indexOf("\r\n\r\n");
            if (m_headEnd < 0) {
                if (m_buffer.size() > HttpServer::maxHeaderBytes)
                    answer(plainError(431, "request header fields too large"));
                return;
            }
            if (!parseHead())
                return;
        }
        const qsizetype bodyStart = m_headEnd + 4;
        if (m_buffer.size() - bodyStart < m_contentLength)
            return;
        m_request.body = m_buffer.mid(bodyStart, m_contentLength);
        m_done = true;
        HttpResponse response = m_handler(m_request);
        if (response.dropConnection) {
            reset();
            return;
        }
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, response] { answer(response); });
            return;
        }
        answer(response);
    }

    // Request line and headers; false when an error answer was already sent.
    bool parseHead()
    {
        const QList<QByteArray> lines = m_buffer.left(m_headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            answer(plainError(400, "malformed request line"));
            return false;
        }
        m_request.method = requestLine[0];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                answer(plainError(400, "malformed header line"));
                return false;
            }
            m_request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!parseTarget(requestLine[1]))
            return false;
        const QByteArray encoding = m_request.header("Transfer-Encoding");
        if (!encoding.isEmpty() && encoding.toLower() != "identity") {
            answer(plainError(501, "only Content-Length bodies are supported"));
            return false;
        }
        const QByteArray length = m_request.header("Content-Length");
        bool ok = true;
        m_contentLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            answer(plainError(400, "bad Content-Length"));
            return false;
        }
        if (m_contentLength > HttpServer::maxBodyBytes) {
            answer(plainError(413, "request body larger than 1 MB"));
            return false;
        }
        if (m_request.header("Expect").toLower() == "100-continue")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    }

    bool parseTarget(QByteArray target)
    {
        if (target.startsWith("http://") || target.startsWith("https://"))
            target = QUrl::fromEncoded(target).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        if (!target.startsWith('/')) {
            answer(plainError(400, "request target must be a path"));
            return false;
        }
        const qsizetype question = target.indexOf('?');
        const QByteArray rawPath = question < 0 ? target : target.left(question);
        QByteArray rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
        rawQuery.replace('+', "%20");
        m_request.query.setQuery(QString::fromLatin1(rawQuery));
        for (const QByteArray& segment : rawPath.split('/')) {
            if (!segment.isEmpty())
                m_request.segments.append(QUrl::fromPercentEncoding(segment));
        }
        m_request.path = u"/"_s + m_request.segments.join(u'/');
        return true;
    }

    void answer(const HttpResponse& response)
    {
        m_done = true;
        if (!m_socket)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + HttpServer::reasonPhrase(response.status) + "\r\n";
        for (const HttpHeader& header : response.headers) {
            const QByteArray name = header.first.toLower();
            if (name != "content-length" && name != "connection")
                head += header.first + ": " + header.second + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
        m_socket->write(head + response.body);
        m_socket->disconnectFromHost(); // after the buffered bytes are written
    }

    // SO_LINGER 0 makes the close send RST rather than FIN: the client sees "connection reset", not an answer.
    void reset()
    {
        m_done = true;
        if (!m_socket)
            return;
        const linger hard{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        m_socket->abort();
        deleteLater();
    }

    QPointer<QTcpSocket> m_socket;
    HttpServer::Handler m_handler;
    int* m_openCount;
    QByteArray m_buffer;
    qsizetype m_headEnd = -1;
    qint64 m_contentLength = 0;
    HttpRequest m_request;
    bool m_done = false;
};

} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const HttpHeader& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

HttpResponse HttpResponse::drop()
{
    HttpResponse response;
    response.dropConnection = true;
    return response;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (HttpHeader& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const HttpHeader& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

HttpServer::~HttpServer()
{
    m_server.close();
    // Connections are children; they decrement m_open while it still exists.
    qDeleteAll(findChildren<QObject*>(Qt::FindDirectChildrenOnly));
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QUrl HttpServer::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    default:
        return "Status";
    }
}

void HttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new Connection(socket, m_handler, &m_open, this);
}

} // namespace wk::fakegenie
