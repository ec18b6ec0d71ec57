#include "net/OneShotHttp.h"

#include "common/Logging.h"
#include "net/HttpErrors.h"

#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::net {

namespace {

bool isToken(const QByteArray& name)
{
    static constexpr std::string_view punctuation = "!#$%&'*+-.^_`|~";
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || punctuation.find(c) != std::string_view::npos;
    });
}

bool isFieldValue(const QByteArray& value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

// The fields this client writes itself: the framing is its business, not the caller's.
bool isFraming(const QByteArray& name)
{
    for (const char* own : {"Host", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade"}) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void setField(QList<Header>& fields, const QByteArray& name, const QByteArray& value)
{
    for (Header& field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0) {
            field.second = value;
            return;
        }
    }
    fields.append(Header{name, value});
}

bool isTls(const QUrl& url)
{
    return url.scheme() == u"https";
}

QByteArray hostField(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // an IPv6 literal
    if (url.port() != -1 && url.port() != (isTls(url) ? 443 : 80))
        host += ':' + QByteArray::number(url.port());
    return host;
}

// The proxy Qt's settings give for this URL (what QNetworkAccessManager would use), in a form a socket can use:
// an HTTP proxy becomes a CONNECT tunnel.
QNetworkProxy proxyFor(const QUrl& url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    for (QNetworkProxy proxy : proxies) {
        switch (proxy.type()) {
        case QNetworkProxy::Socks5Proxy:
        case QNetworkProxy::HttpProxy:
            return proxy;
        case QNetworkProxy::HttpCachingProxy:
            proxy.setType(QNetworkProxy::HttpProxy);
            return proxy;
        case QNetworkProxy::FtpCachingProxy:
            continue;
        case QNetworkProxy::NoProxy:
        case QNetworkProxy::DefaultProxy:
            return QNetworkProxy(QNetworkProxy::NoProxy);
        }
    }
    return QNetworkProxy(QNetworkProxy::NoProxy);
}

} // namespace

Result<QByteArray> OneShotHttp::serialize(const HttpRequest& request)
{
    const QUrl& url = request.url;
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && !isTls(url)))
        return makeError(ErrorCode::BadQuery, u"not an http or https URL: %1"_s.arg(url.toDisplayString()));
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QList<Header> fields{
        {"Host", hostField(url)}, {"Accept", "application/json"}, {"User-Agent", "watchkeeper/" WATCHKEEPER_VERSION}};
    if (!request.contentType.isEmpty())
        setField(fields, "Content-Type", request.contentType);
    for (const auto& [name, value] : request.headers) {
        if (!isToken(name) || !isFieldValue(value) || !isFieldValue(request.contentType))
            return makeError(ErrorCode::BadQuery,
                u"the request has a header field that cannot be sent: %1"_s.arg(QString::fromLatin1(name.left(60))));
        if (!isFraming(name))
            setField(fields, name, value);
    }
    const auto method = request.method;
    if (!request.body.isEmpty() || method == HttpRequest::Method::Post || method == HttpRequest::Method::Put
        || method == HttpRequest::Method::Patch)
        fields.append(Header{"Content-Length", QByteArray::number(request.body.size())});
    fields.append(Header{"Connection", "close"});

    QByteArray wire = methodName(method) + ' ' + target + " HTTP/1.1\r\n";
    for (const auto& [name, value] : std::as_const(fields))
        wire += name + ": " + value + "\r\n";
    wire += "\r\n";
    wire += request.body;
    return wire;
}

OneShotHttp* OneShotHttp::start(const HttpRequest& request, const QSslConfiguration& ssl, QObject* parent, Done done)
{
    auto* exchange = new OneShotHttp(request, std::move(done), parent);
    auto wire = serialize(request);
    if (!wire) {
        QTimer::singleShot(0, exchange, [exchange, error = wire.error()] { exchange->fail(error); });
        return exchange;
    }
    exchange->m_wire = *wire;
    exchange->connectSocket(ssl);
    return exchange;
}

OneShotHttp::OneShotHttp(const HttpRequest& request, Done done, QObject* parent)
    : QObject(parent)
    , m_request(request)
    , m_done(std::move(done))
    , m_parser(request.maxBytes)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::max(1, request.timeoutMs));
    connect(&m_idle, &QTimer::timeout, this, &OneShotHttp::onTimeout);
}

void OneShotHttp::connectSocket(const QSslConfiguration& ssl)
{
    const QUrl& url = m_request.url;
    const bool tls = isTls(url);
    if (tls && !QSslSocket::supportsSsl()) {
        QTimer::singleShot(0, this, [this] {
            fail(Error{ErrorCode::Network, u"TLS: no TLS library is available"_s, std::nullopt, 0});
        });
        return;
    }
    QSslSocket* secure = tls ? new QSslSocket(this) : nullptr;
    m_socket = secure ? secure : new QTcpSocket(this);
    m_socket->setProxy(proxyFor(url));
    if (secure) {
        QSslConfiguration config = ssl;
        config.setPeerVerifyMode(QSslSocket::VerifyPeer); // never off, whatever the caller passed
        config.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        secure->setSslConfiguration(config);
        connect(secure, &QSslSocket::encrypted, this, &OneShotHttp::sendRequest);
        connect(secure, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            QStringList texts;
            for (const QSslError& error : errors)
                texts.append(error.errorString());
            m_tlsProblems = texts.join(u"; "_s);
        });
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &OneShotHttp::sendRequest);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &OneShotHttp::readAnswer);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
        m_written += bytes;
        m_idle.start();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &OneShotHttp::onSocketError);
    connect(
        m_socket, &QTcpSocket::disconnected, this, [this] { onSocketError(QAbstractSocket::RemoteHostClosedError); });
    m_idle.start();
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (secure)
        secure->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void OneShotHttp::sendRequest()
{
    if (m_finished || !m_socket)
        return;
    m_idle.start();
    m_socket->write(m_wire);
}

void OneShotHttp::readAnswer()
{
    if (m_finished || !m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_idle.start();
    switch (m_parser.feed(bytes)) {
    case HttpResponseParser::State::NeedMore:
    case HttpResponseParser::State::Cut:
        return;
    case HttpResponseParser::State::Complete:
        succeed();
        return;
    case HttpResponseParser::State::TooLarge:
        fail(answerTooLarge(m_request));
        return;
    case HttpResponseParser::State::Malformed:
        fail(Error{ErrorCode::Network,
            u"%1 sent something that is not an HTTP/1.1 answer: %2"_s.arg(m_request.url.host(), m_parser.problem()),
            std::nullopt, 0});
        return;
    }
}

void OneShotHttp::onSocketError(QAbstractSocket::SocketError code)
{
    if (m_finished || !m_socket)
        return;
    if (code == QAbstractSocket::RemoteHostClosedError) {
        // The server closed (or reset) the connection: what it sent before is the answer, if it is whole.
        readAnswer();
        if (m_finished)
            return;
        if (m_parser.finish() == HttpResponseParser::State::Complete) {
            succeed();
            return;
        }
        fail(connectionBroke(m_request, m_parser.started()));
        return;
    }
    QString detail = m_socket->errorString();
    if (code == QAbstractSocket::SslHandshakeFailedError || code == QAbstractSocket::SslInternalError) {
        if (!m_tlsProblems.isEmpty() && !detail.contains(m_tlsProblems))
            detail += u" ("_s + m_tlsProblems + u')';
        fail(Error{ErrorCode::Network, u"TLS: "_s + detail, std::nullopt, 0});
        return;
    }
    if (m_written > 0 || m_parser.started()) {
        fail(connectionBroke(m_request, m_parser.started(), detail));
        return;
    }
    fail(Error{ErrorCode::Network, u"%1: %2"_s.arg(m_request.url.host(), detail), std::nullopt, 0});
}

void OneShotHttp::onTimeout()
{
    if (!m_finished)
        fail(answerTimedOut(m_request, m_parser.started()));
}

void OneShotHttp::succeed()
{
    m_finished = true;
    m_idle.stop();
    if (m_socket)
        m_socket->abort(); // the whole answer is here; the connection has done its one job
    deleteLater();
    // Last: `done` may destroy the parent, and this object with it.
    const Done done = std::move(m_done);
    done(m_parser.response());
}

void OneShotHttp::fail(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_idle.stop();
    if (m_socket)
        m_socket->abort();
    deleteLater();
    const Done done = std::move(m_done);
    done(std::unexpected(std::move(error)));
}

} // namespace wk::net
