#include "genie/GenieClient.h"

#include "genie/GenieJson.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::genie {

namespace {

constexpr int readAttempts = 2;
constexpr int readRetryDelayMs = 500;

void scrubSecret(Error& error, const QString& secret)
{
    if (!secret.isEmpty())
        error.detail.replace(secret, u"***"_s);
}

bool worthAnotherRead(const Result<net::HttpResponse>& r)
{
    if (!r)
        return r.error().code == ErrorCode::Network;
    return r->status == 502 || r->status == 503 || r->status == 504;
}

} // namespace

GenieClient::GenieClient(net::HttpService& http, GenieEndpoint endpoint, QString secret, const Clock& clock)
    : m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_clock(clock)
    , m_authorization(m_endpoint.authorization(secret))
    , m_secret(std::move(secret))
    , m_limits(std::make_shared<RateLimiter>(clock))
{ }

void GenieClient::send(const Call& call, QObject* context, Done done)
{
    if (const auto until = m_limits->blockedUntil(call.domain)) {
        Error error{ErrorCode::RateLimited,
            u"%1 is rate limiting the console's %2 requests; the next one goes out at %3"_s.arg(
                vendorName(m_endpoint.vendor), domainName(call.domain), until->toLocalTime().toString(u"HH:mm:ss"_s)),
            std::chrono::seconds(qMax<qint64>(1, m_clock.now().secsTo(*until))), 429};
        done(std::unexpected(error));
        return;
    }
    net::HttpRequest request;
    request.method = call.method;
    request.url = m_endpoint.url(call.path, call.query);
    request.headers.append({"Authorization", m_authorization});
    if (call.body) {
        request.body = QJsonDocument(*call.body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    request.timeoutMs = m_endpoint.timeoutSeconds * 1000;
    request.caFile = m_endpoint.caFile;
    // The HTTP service would retry a 429 on its own (after Retry-After, up to two minutes), spending another
    // token of a bucket that is already empty; so it never retries here, and attempt() retries reads only.
    // Writes are never retried here: the outbox decides, after checking whether the first attempt landed.
    request.idempotent = call.method == net::HttpRequest::Method::Get;
    request.maxAttempts = 1;
    request.maxBytes = 16 * 1024 * 1024; // a 100-alert page is about 150 kB
    attempt(request, call.domain, 1, context, std::move(done));
}

void GenieClient::attempt(const net::HttpRequest& request, Domain domain, int number, QObject* context, Done done)
{
    m_limits->recordSent(domain);
    m_http.send(request, context,
        [this, alive = std::weak_ptr<void>(m_lifetime), limits = m_limits, request, domain, number,
            guard = QPointer<QObject>(context), done = std::move(done)](Result<net::HttpResponse> r) mutable {
            if (!request.idempotent || number >= readAttempts || !worthAnotherRead(r) || alive.expired() || !guard) {
                deliver(*limits, domain, std::move(r), done);
                return;
            }
            QTimer::singleShot(readRetryDelayMs, guard.data(),
                [this, alive, limits, request, domain, number, guard, r = std::move(r), done]() mutable {
                    if (alive.expired()) // the client is gone: the first answer stands
                        deliver(*limits, domain, std::move(r), done);
                    else
                        attempt(request, domain, number + 1, guard.data(), std::move(done));
                });
        });
}

void GenieClient::deliver(RateLimiter& limits, Domain domain, Result<net::HttpResponse> r, const Done& done)
{
    if (r && r->status == 429) {
        std::optional<std::chrono::seconds> retryAfter;
        bool ok = false;
        const int seconds = r->header("Retry-After").toInt(&ok);
        if (ok)
            retryAfter = std::chrono::seconds(seconds);
        limits.recordThrottled(domain, retryAfter);
    } else if (r) {
        limits.recordAnswered(domain);
    }
    done(std::move(r));
}

void GenieClient::json(const Call& call, QObject* context, std::function<void(Result<QJsonObject>)> done)
{
    send(call, context,
        [vendor = m_endpoint.vendor, secret = m_secret, done = std::move(done)](Result<net::HttpResponse> r) {
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            Result<QJsonObject> answer = readAnswer(*r, vendor);
            if (!answer)
                scrubSecret(answer.error(), secret);
            done(std::move(answer));
        });
}

void GenieClient::scrub(Error& error) const
{
    scrubSecret(error, m_secret);
}

} // namespace wk::genie
