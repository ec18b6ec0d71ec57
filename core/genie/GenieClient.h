#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "genie/GenieEndpoint.h"
#include "genie/RateLimiter.h"
#include "net/HttpService.h"

#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace wk::genie {

// One HTTP call to Opsgenie or JSM Ops: the right host and path prefix, the Authorization header, a JSON body,
// and the per-domain rate limiter in front (a throttled domain answers RateLimited at once, without a request).
// The secret stays in this object: it goes into a header and nowhere else (never a URL, never a log line).
class GenieClient
{
public:
    GenieClient(net::HttpService& http, GenieEndpoint endpoint, QString secret, const Clock& clock);

    struct Call
    {
        Domain domain = Domain::Alert;
        net::HttpRequest::Method method = net::HttpRequest::Method::Get;
        QString path; // relative: "alerts", "alerts/<id>/acknowledge"
        QUrlQuery query;
        std::optional<QJsonObject> body;
    };

    using Done = std::function<void(Result<net::HttpResponse>)>;
    // Any HTTP status is an answer; a 429 also blocks the call's domain for a while. A read is tried once more
    // after a dropped connection or a 502/503/504; a 429 never is (the domain waits instead), nor is a write.
    void send(const Call& call, QObject* context, Done done);
    // The answer read as JSON (see readAnswer): an error status or a malformed body is an error.
    void json(const Call& call, QObject* context, std::function<void(Result<QJsonObject>)> done);

    // An error page may echo what it was sent: masks the secret in an error's text before it travels on.
    void scrub(Error& error) const;

    const GenieEndpoint& endpoint() const { return m_endpoint; }
    const RateLimiter& limits() const { return *m_limits; }

private:
    void attempt(const net::HttpRequest& request, Domain domain, int number, QObject* context, Done done);
    static void deliver(RateLimiter& limits, Domain domain, Result<net::HttpResponse> r, const Done& done);

    net::HttpService& m_http;
    GenieEndpoint m_endpoint;
    const Clock& m_clock;
    QByteArray m_authorization;
    QString m_secret;                      // only to scrub it from error text a service might echo back
    std::shared_ptr<RateLimiter> m_limits; // shared with answers in flight, which may outlive the client
    std::shared_ptr<int> m_lifetime = std::make_shared<int>(0); // answers in flight retry only while it lives
};

} // namespace wk::genie
