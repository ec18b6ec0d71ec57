#include "net/HttpService.h"

#include "common/BoundedRead.h"
#include "common/Logging.h"
#include "net/HttpErrors.h"
#include "net/OneShotHttp.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::net {

namespace {

constexpr int maxRetryAfterSeconds = 120;
constexpr qint64 readAheadBytes = 1024 * 1024;

Error transportError(QNetworkReply::NetworkError code, const QString& text, bool timedOut)
{
    if (timedOut || code == QNetworkReply::TimeoutError)
        return Error{ErrorCode::Timeout, text, std::nullopt, 0};
    if (code == QNetworkReply::OperationCanceledError)
        return Error{ErrorCode::Cancelled, text, std::nullopt, 0};
    if (code == QNetworkReply::SslHandshakeFailedError)
        return Error{ErrorCode::Network, u"TLS: "_s + text, std::nullopt, 0};
    return Error{ErrorCode::Network, text, std::nullopt, 0};
}

// Retry-After is either seconds or an HTTP date.
std::optional<int> retryAfterSeconds(const QByteArray& value)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (at.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at));
    return std::nullopt;
}

} // namespace

bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

HttpService::HttpService(QObject* parent)
    : QObject(parent)
{
    m_manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

Result<QSslConfiguration> HttpService::sslFor(const QString& caFile)
{
    if (auto it = m_ssl.find(caFile); it != m_ssl.end())
        return *it;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!caFile.isEmpty()) {
        if (QFileInfo(caFile).size() > maxTextFileBytes)
            return makeError(ErrorCode::Io,
                u"%1 is larger than %2: not a CA certificate file"_s.arg(caFile, byteSizeText(maxTextFileBytes)));
        const auto certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (certificates.isEmpty())
            return makeError(ErrorCode::Io, u"no PEM certificate could be read from %1"_s.arg(caFile));
        config.addCaCertificates(certificates);
    }
    m_ssl.insert(caFile, config);
    return config;
}

int HttpService::backoffMs(int attempt, const HttpResponse* response)
{
    if (response) {
        if (const auto after = retryAfterSeconds(response->header("Retry-After")))
            return *after * 1000;
    }
    // Exponential with full jitter: many consoles retrying at once must not arrive together.
    const int ceiling = m_backoffBaseMs * (1 << std::min(attempt - 1, 6));
    return std::uniform_int_distribution<int>(ceiling / 2, ceiling)(m_random);
}

void HttpService::send(const HttpRequest& request, QObject* context, Done done)
{
    attempt(request, 1, context, std::move(done), QDateTime::currentMSecsSinceEpoch());
}

void HttpService::attempt(const HttpRequest& request, int number, QObject* context, Done done, qint64 startedAtMs)
{
    auto ssl = sslFor(request.caFile);
    if (!ssl) {
        done(std::unexpected(ssl.error()));
        return;
    }
    if (!request.idempotent) {
        sendOnce(request, *ssl, context, std::move(done), startedAtMs);
        return;
    }
    QNetworkRequest q(request.url);
    q.setTransferTimeout(request.timeoutMs);
    if (request.url.scheme() == u"https")
        q.setSslConfiguration(*ssl);
    q.setRawHeader("Accept", "application/json");
    q.setRawHeader("User-Agent", "watchkeeper/" WATCHKEEPER_VERSION);
    for (const auto& [name, value] : request.headers)
        q.setRawHeader(name, value);
    if (!request.contentType.isEmpty())
        q.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);

    ++m_started;
    QNetworkReply* reply = nullptr;
    switch (request.method) {
    case HttpRequest::Method::Get:
        reply = m_manager.get(q);
        break;
    case HttpRequest::Method::Post:
        reply = m_manager.post(q, request.body);
        break;
    default:
        reply = m_manager.sendCustomRequest(q, methodName(request.method), request.body);
        break;
    }
    // The body is taken as it comes, at most readAheadBytes ahead of this thread: without a read buffer limit Qt's
    // network thread reads everything the server sends, queued for this thread faster than it can see it go past
    // the limit (a 2 GB answer became 2 GB of memory before the abort landed).
    auto tooLarge = std::make_shared<bool>(false);
    auto body = std::make_shared<QByteArray>();
    reply->setReadBufferSize(readAheadBytes);
    const auto refuse = [reply, tooLarge, body] {
        *tooLarge = true;
        *body = QByteArray();
        reply->abort();
    };
    connect(reply, &QNetworkReply::readyRead, reply, [reply, tooLarge, body, refuse, limit = request.maxBytes] {
        if (*tooLarge)
            return;
        body->append(reply->read(std::max<qint64>(0, limit + 1 - body->size())));
        if (body->size() > limit)
            refuse();
    });
    // An announced Content-Length over the limit is refused at once, before its body is read.
    connect(reply, &QNetworkReply::downloadProgress, reply,
        [tooLarge, refuse, limit = request.maxBytes](qint64, qint64 announced) {
            if (announced > limit && !*tooLarge)
                refuse();
        });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [=, this, done = std::move(done)]() mutable {
        reply->deleteLater();
        if (!guard)
            return;
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - startedAtMs;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        auto log = logging::get("net");
        if (*tooLarge) {
            done(std::unexpected(answerTooLarge(request)));
            return;
        }
        // Connection-level errors (Qt's codes below 100) also happen after the headers: a body cut short or
        // stalled mid-way is a transport failure, retried like one, not an answer.
        const auto code = reply->error();
        const bool connectionLevel = code != QNetworkReply::NoError && int(code) < 100;
        const bool transportFailed = (status == 0 && code != QNetworkReply::NoError) || connectionLevel;
        if (transportFailed) {
            // Qt reports a transfer timeout as an operation cancelled without a status.
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            Error error = transportError(reply->error(), reply->errorString(), timedOut);
            if (timedOut)
                error = answerTimedOut(request, status != 0);
            else if (status != 0)
                error = connectionBroke(request, true, reply->errorString());
            if (request.idempotent && number < request.maxAttempts) {
                const int wait = backoffMs(number, nullptr);
                log->debug("{}: {}; retry {} in {} ms", request.url.toDisplayString(), error.detail, number + 1, wait);
                QTimer::singleShot(wait, guard.data(),
                    [=, this]() mutable { attempt(request, number + 1, guard.data(), std::move(done), startedAtMs); });
                return;
            }
            log->info("{} failed after {} attempt(s): {}", request.url.toDisplayString(), number, error.detail);
            done(std::unexpected(error));
            return;
        }
        HttpResponse response;
        response.status = status;
        body->append(reply->readAll());
        response.body = std::move(*body);
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        response.elapsedMs = elapsed;
        response.attempts = number;
        if (isRetryableStatus(status) && request.idempotent && number < request.maxAttempts) {
            const int wait = backoffMs(number, &response);
            if (wait <= maxRetryAfterSeconds * 1000) {
                log->debug(
                    "{} answered {}; retry {} in {} ms", request.url.toDisplayString(), status, number + 1, wait);
                QTimer::singleShot(wait, guard.data(),
                    [=, this]() mutable { attempt(request, number + 1, guard.data(), std::move(done), startedAtMs); });
                return;
            }
        }
        log->debug("{} {} -> {} in {} ms, {} bytes", methodName(request.method).constData(),
            request.url.toDisplayString(), status, elapsed, response.body.size());
        done(std::move(response));
    });
}

void HttpService::sendOnce(
    const HttpRequest& request, const QSslConfiguration& ssl, QObject* context, Done done, qint64 startedAtMs)
{
    ++m_started;
    QPointer<QObject> guard(context);
    OneShotHttp::start(request, ssl, this, [=, done = std::move(done)](Result<HttpResponse> result) {
        if (!guard)
            return;
        auto log = logging::get("net");
        if (!result) {
            log->info("{} failed after 1 attempt(s): {}", request.url.toDisplayString(), result.error().detail);
            done(std::move(result));
            return;
        }
        result->elapsedMs = QDateTime::currentMSecsSinceEpoch() - startedAtMs;
        result->attempts = 1;
        log->debug("{} {} -> {} in {} ms, {} bytes", methodName(request.method).constData(),
            request.url.toDisplayString(), result->status, result->elapsedMs, result->body.size());
        done(std::move(result));
    });
}

} // namespace wk::net
