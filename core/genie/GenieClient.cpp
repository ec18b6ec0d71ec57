#include "genie/GenieClient.h"

#include "genie/GenieJson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace wk::genie {

GenieClient::GenieClient(net::HttpService& http, GenieEndpoint endpoint, QString secret, const Clock& clock)
    : m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_authorization(m_endpoint.authorization(secret))
    , m_limits(std::make_shared<RateLimiter>(clock))
{ }

void GenieClient::send(const Call& call, QObject* context, Done done)
{
    if (const auto until = m_limits->blockedUntil(call.domain)) {
        Error error{ErrorCode::RateLimited,
            u"%1 is rate limiting the console's %2 requests; the next one goes out at %3"_s.arg(
                vendorName(m_endpoint.vendor), domainName(call.domain), until->toLocalTime().toString(u"HH:mm:ss"_s)),
            std::chrono::seconds(qMax<qint64>(1, QDateTime::currentDateTimeUtc().secsTo(*until))), 429};
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
    // Reads are retried on a dropped connection; writes never are here: the outbox decides, after checking
    // whether the first attempt landed. A 429 is not retried at the HTTP level either: the domain waits.
    request.idempotent = call.method == net::HttpRequest::Method::Get;
    request.maxAttempts = request.idempotent ? 2 : 1;
    request.maxBytes = 16 * 1024 * 1024; // a 100-alert page is about 150 kB
    m_limits->recordSent(call.domain);
    m_http.send(request, context,
        [limits = m_limits, domain = call.domain, done = std::move(done)](Result<net::HttpResponse> r) {
            if (r && r->status == 429) {
                std::optional<std::chrono::seconds> retryAfter;
                bool ok = false;
                const int seconds = r->header("Retry-After").toInt(&ok);
                if (ok)
                    retryAfter = std::chrono::seconds(seconds);
                limits->recordThrottled(domain, retryAfter);
            } else if (r) {
                limits->recordAnswered(domain);
            }
            done(std::move(r));
        });
}

void GenieClient::json(const Call& call, QObject* context, std::function<void(Result<QJsonObject>)> done)
{
    send(call, context, [vendor = m_endpoint.vendor, done = std::move(done)](Result<net::HttpResponse> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        done(readAnswer(*r, vendor));
    });
}

} // namespace wk::genie
