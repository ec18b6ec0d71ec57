#include "FakeGenieServer.h"

#include "GenieSeed.h"

#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

namespace {

constexpr auto tooManyRequestsText
    = "You are making too many requests! To avoid errors, we recommend you limit requests.";

double tookSeconds(const QElapsedTimer& timer)
{
    return std::max(0.001, double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

QByteArray domainName(Domain domain)
{
    switch (domain) {
    case Domain::Search:
        return "Search";
    case Domain::Alert:
        return "Alert";
    case Domain::ScheduleOncalls:
        return "ScheduleOncalls";
    case Domain::Heartbeat:
        return "Heartbeat";
    case Domain::Configuration:
        return "Configuration";
    }
    return "Unknown";
}

FakeGenieServer::FakeGenieServer(QObject* parent)
    : FakeGenieServer(Options{}, parent)
{ }

FakeGenieServer::FakeGenieServer(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_http([this](const HttpRequest& request) { return handle(request); })
    , m_store(options.vendor)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_chaosRng(1u)
{
    m_monotonic.start();
    m_processTimer.setSingleShot(true);
    m_processTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_processTimer, &QTimer::timeout, this, &FakeGenieServer::processDue);
    for (const QString& team : {u"ml-platform"_s, u"payments-ml"_s, u"nlp"_s}) {
        m_store.addTeam(team);
        m_store.addEscalation(team + u"_escalation"_s, team);
    }
}

FakeGenieServer::~FakeGenieServer() = default;

bool FakeGenieServer::listen(quint16 port)
{
    return m_http.listen(port);
}

QUrl FakeGenieServer::url() const
{
    return m_http.url();
}

QUrl FakeGenieServer::apiBase() const
{
    QUrl base = url();
    if (isJsm())
        base.setPath(u"/jsm/ops/api/"_s + m_options.cloudId);
    return base;
}

QByteArray FakeGenieServer::authorization() const
{
    if (isJsm()) {
        const QByteArray credentials = m_options.jsmEmail.toUtf8() + ':' + m_options.jsmToken;
        return "Basic " + credentials.toBase64();
    }
    return "GenieKey " + m_options.apiKey;
}

void FakeGenieServer::setRateLimit(Domain domain, const RateLimit& limit)
{
    m_buckets[domain].configure(limit.capacity, limit.refillPerSecond);
    m_delayMode[domain] = limit.delayInsteadOfReject;
}

void FakeGenieServer::setChaos(const Chaos& chaos)
{
    m_chaos = chaos;
    m_chaosRng.seed(chaos.seed);
}

void FakeGenieServer::seedAlerts(int count, quint32 seed, bool allOpen)
{
    seedMlAlerts(m_store, count, seed, now(), allOpen);
}

QString FakeGenieServer::addAlert(const FakeAlert& alert)
{
    return m_store.insert(alert, now()).id;
}

QString FakeGenieServer::addTeam(const QString& name)
{
    return m_store.addTeam(name).id;
}

QString FakeGenieServer::addEscalation(const QString& name, const QString& ownerTeam)
{
    return m_store.addEscalation(name, ownerTeam).id;
}

QString FakeGenieServer::setSchedule(const QString& name, const QStringList& onCallNow, const QStringList& onCallNext)
{
    for (FakeSchedule& schedule : m_schedules) {
        if (schedule.name == name) {
            schedule.onCallNow = onCallNow;
            schedule.onCallNext = onCallNext;
            return schedule.id;
        }
    }
    m_schedules.append({m_store.newUuid(), name, true, onCallNow, onCallNext});
    return m_schedules.last().id;
}

void FakeGenieServer::addHeartbeat(const FakeHeartbeat& heartbeat)
{
    if (!heartbeat.ownerTeamName.isEmpty())
        m_store.addTeam(heartbeat.ownerTeamName);
    for (FakeHeartbeat& known : m_heartbeats) {
        if (known.name == heartbeat.name) {
            known = heartbeat;
            return;
        }
    }
    m_heartbeats.append(heartbeat);
}

void FakeGenieServer::setHeartbeatExpired(const QString& name, bool expired)
{
    for (FakeHeartbeat& known : m_heartbeats) {
        if (known.name == name)
            known.expired = expired;
    }
}

void FakeGenieServer::clearObservations()
{
    m_applied.clear();
    m_requestLog.clear();
    m_counters.clear();
}

HttpResponse FakeGenieServer::handle(const HttpRequest& request)
{
    m_store.wakeSnoozed(now());
    Call call{request, {}, QUuid::createUuid().toString(QUuid::WithoutBraces), {}};
    call.timer.start();
    LoggedRequest logged;
    logged.method = request.method;
    logged.path = request.path;
    logged.query = request.query.toString(QUrl::FullyDecoded);
    logged.hasAuthorization = !request.header("Authorization").isEmpty();
    HttpResponse response = dispatch(call);
    logged.dropped = response.dropConnection;
    logged.status = response.dropConnection ? 0 : response.status;
    m_requestLog.append(logged);
    return response;
}

HttpResponse FakeGenieServer::dispatch(Call& call)
{
    const QStringList& segments = call.request.segments;
    if (isJsm()) {
        if (segments.size() < 5 || segments[0] != u"jsm" || segments[1] != u"ops" || segments[2] != u"api"
            || segments[4] != u"v1")
            return error(call, 404, u"No route for %1"_s.arg(call.request.path));
        if (segments[3] != m_options.cloudId)
            return error(call, 404, u"Cloud id %1 not found"_s.arg(segments[3]));
        call.rest = segments.mid(5);
    } else {
        if (segments.isEmpty() || segments[0] != u"v2")
            return error(call, 404, u"No route for %1"_s.arg(call.request.path));
        call.rest = segments.mid(1);
    }

    if (const QString problem = authorizationError(call.request); !problem.isEmpty()) {
        if (isJsm())
            return json(call, 401, QJsonObject{{u"code"_s, 401}, {u"message"_s, problem}}, false);
        return error(call, 401, problem);
    }

    std::optional<Route> route = alertRoute(call);
    if (!route)
        route = directoryRoute(call);
    if (!route)
        return error(
            call, 404, u"No route for %1 %2"_s.arg(QString::fromLatin1(call.request.method), call.request.path));

    DomainCounters& counters = m_counters[route->domain];
    ++counters.requests;
    const auto throttled = [&] {
        ++counters.throttled;
        HttpResponse response = error(call, 429, QString::fromLatin1(tooManyRequestsText));
        response.setHeader("X-RateLimit-State", "THROTTLED");
        response.setHeader("X-RateLimit-Reason", domainName(route->domain));
        response.setHeader("X-RateLimit-Period-In-Sec", "60");
        return response;
    };
    TokenBucket& bucket = m_buckets[route->domain];
    int delayMs = 0;
    if (m_delayMode.value(route->domain)) {
        const qint64 wait = bucket.reserve(m_monotonic.elapsed());
        if (wait < 0)
            return throttled();
        delayMs = int(wait);
        counters.delayed += wait > 0 ? 1 : 0;
    } else if (!bucket.tryTake(m_monotonic.elapsed())) {
        return throttled();
    }

    bool dropAfter = false;
    if (route->write || m_chaos.allRequests) {
        const double roll = m_chaosRng.generateDouble();
        if (roll < m_chaos.dropBeforeApply)
            return HttpResponse::drop();
        if (roll < m_chaos.dropBeforeApply + m_chaos.tooManyRequests) {
            HttpResponse response = throttled();
            if (m_chaos.retryAfterSeconds > 0)
                response.setHeader("Retry-After", QByteArray::number(m_chaos.retryAfterSeconds));
            return response;
        }
        dropAfter = roll < m_chaos.dropBeforeApply + m_chaos.tooManyRequests + m_chaos.dropAfterApply;
    }
    HttpResponse response = route->handler(call);
    if (dropAfter)
        return HttpResponse::drop();
    response.delayMs = delayMs;
    return response;
}

QString FakeGenieServer::authorizationError(const HttpRequest& request) const
{
    const QByteArray header = request.header("Authorization");
    if (isJsm()) {
        // Atlassian answers a credential problem and a missing scope alike: 401 "scope does not match".
        if (!header.startsWith("Basic ") || header != authorization())
            return u"Unauthorized; scope does not match"_s;
        if (request.method == "DELETE" && !m_options.jsmTokenCanDelete)
            return u"Unauthorized; scope does not match"_s;
        return {};
    }
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).compare("GenieKey", Qt::CaseInsensitive) != 0)
        return u"Could not authenticate: send Authorization: GenieKey <apiKey>"_s;
    if (header.mid(space + 1).trimmed() != m_options.apiKey)
        return u"Could not authenticate: the API key is not valid"_s;
    return {};
}

HttpResponse FakeGenieServer::json(const Call& call, int status, QJsonObject body, bool envelope) const
{
    if (envelope) {
        body.insert(u"took"_s, tookSeconds(call.timer));
        body.insert(u"requestId"_s, call.requestId);
    }
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.setHeader("X-Request-Id", call.requestId.toLatin1());
    response.setHeader("X-Response-Time", QByteArray::number(tookSeconds(call.timer), 'f', 3));
    response.setHeader("X-RateLimit-State", "OK");
    return response;
}

HttpResponse FakeGenieServer::error(const Call& call, int status, const QString& message) const
{
    // Opsgenie: {message, took, requestId}; JSM Ops' Opsgenie-derived endpoints: {message}.
    return json(call, status, QJsonObject{{u"message"_s, message}}, !isJsm());
}

HttpResponse FakeGenieServer::invalidField(const Call& call, const QString& field, const QString& problem) const
{
    if (isJsm())
        return json(call, 422, QJsonObject{{u"message"_s, problem}}, false);
    return json(call, 422,
        QJsonObject{{u"message"_s, u"Request body is not processable. Please check the errors."_s},
            {u"errors"_s, QJsonObject{{field, problem}}}},
        true);
}

HttpResponse FakeGenieServer::accepted(const Call& call) const
{
    return json(call, 202, QJsonObject{{u"result"_s, u"Request will be processed"_s}}, true);
}

QString FakeGenieServer::link(const QStringList& rest, const QList<std::pair<QString, QString>>& query) const
{
    QString out = apiBase().toString() + (isJsm() ? u"/v1"_s : u"/v2"_s);
    for (const QString& segment : rest)
        out += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    QStringList parts;
    for (const auto& [key, value] : query)
        parts.append(key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!parts.isEmpty())
        out += u'?' + parts.join(u'&');
    return out;
}

void FakeGenieServer::enqueue(PendingAction action)
{
    const qint64 due = m_monotonic.elapsed() + std::max(0, m_options.processingDelayMs);
    m_requests.insert(action.requestId, RequestRecord{false, action.kind, {}, {}});
    // Stable: a write never overtakes an earlier one with the same due time.
    const auto at = std::find_if(m_pending.begin(), m_pending.end(), [due](const Pending& p) { return p.dueMs > due; });
    m_pending.insert(at, Pending{std::move(action), due});
    scheduleProcessing();
}

void FakeGenieServer::scheduleProcessing()
{
    if (m_pending.empty()) {
        m_processTimer.stop();
        return;
    }
    m_processTimer.start(int(std::max<qint64>(0, m_pending.front().dueMs - m_monotonic.elapsed())));
}

void FakeGenieServer::processDue()
{
    while (!m_pending.empty() && m_pending.front().dueMs <= m_monotonic.elapsed()) {
        const Pending next = std::move(m_pending.front());
        m_pending.pop_front();
        process(next.action);
    }
    scheduleProcessing();
}

void FakeGenieServer::processPending()
{
    while (!m_pending.empty()) {
        const Pending next = std::move(m_pending.front());
        m_pending.pop_front();
        process(next.action);
    }
    scheduleProcessing();
}

void FakeGenieServer::process(const PendingAction& action)
{
    const QDateTime at = now();
    const ActionOutcome outcome = m_store.apply(action, at);
    RequestRecord& record = m_requests[action.requestId];
    record.processed = true;
    record.action = action.kind;
    record.outcome = outcome;
    record.processedAt = at;
    AppliedAction applied;
    applied.kind = action.kind;
    applied.requestId = action.requestId;
    applied.alertId = outcome.alertId;
    applied.user = action.body.value(u"user"_s).toString();
    applied.note = action.body.value(u"note"_s).toString();
    applied.source = action.body.value(u"source"_s).toString();
    applied.body = action.body;
    applied.at = at;
    applied.success = outcome.success;
    applied.status = outcome.status;
    m_applied.append(applied);
}

} // namespace wk::fakegenie
