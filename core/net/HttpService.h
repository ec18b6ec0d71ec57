#pragma once

#include "common/Error.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <random>

namespace wk::net {

// The one QNetworkAccessManager of the console. Every request has a timeout; transport failures and
// 429/502/503/504 answers to idempotent requests are retried with exponential backoff and jitter,
// honouring Retry-After. Any HTTP status is an answer (the caller reads its body); only transport
// failures, timeouts and oversized bodies are errors.
// Requests that are not idempotent (writes) go out once per send() on a connection of their own (OneShotHttp):
// QNetworkAccessManager would resend one whose connection dropped before the answer.
class HttpService : public QObject
{
    Q_OBJECT
public:
    explicit HttpService(QObject* parent = nullptr);

    using Done = std::function<void(Result<HttpResponse>)>;
    void send(const HttpRequest& request, QObject* context, Done done);

    // Tests shrink the backoff so retries do not make them slow.
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = ms; }
    int requestsStarted() const { return m_started; }

private:
    void attempt(const HttpRequest& request, int number, QObject* context, Done done, qint64 startedAtMs);
    void sendOnce(
        const HttpRequest& request, const QSslConfiguration& ssl, QObject* context, Done done, qint64 startedAtMs);
    Result<QSslConfiguration> sslFor(const QString& caFile);
    int backoffMs(int attempt, const HttpResponse* response);

    QNetworkAccessManager m_manager;
    QHash<QString, QSslConfiguration> m_ssl;
    std::mt19937 m_random{std::random_device{}()};
    int m_backoffBaseMs = 500;
    int m_started = 0;
};

// Whether an answer is worth another try: rate limited, or a gateway or server that is briefly away.
bool isRetryableStatus(int status);

} // namespace wk::net
