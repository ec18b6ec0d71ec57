#pragma once

// A fake Opsgenie (REST API v2) or JSM Ops (/jsm/ops/api/{cloudId}/v1) server on 127.0.0.1 for tests, after
// /work/shared/reference/apis-and-algorithms.md A1 and A2: GenieKey or Basic auth, the search dialect
// (GenieQuery), paging with links, the asynchronous write model (202 + requestId, then
// /alerts/requests/{id}: 404 RequestNotProcessed until processingDelayMs has passed, then isSuccess/status),
// alias dedup, notes and logs with opaque offsets, on-call, heartbeats, teams and escalations, a token bucket
// per rate-limit domain, and seeded chaos (connection resets before or after applying, spurious 429s).
//
// Prometheus Alertmanager 0.25's opsgenie notifier (notify/opsgenie/opsgenie.go) sends, with api_url ending
// in "/" (a doubled slash is collapsed here), every request with `Authorization: GenieKey <api_key>` and
// `Content-Type: application/json`, one HTTP request per call, 2xx counting as delivered, 429 and 5xx retried:
//   firing:   POST {api_url}v2/alerts
//               {"alias": <sha256 of the group key>, "message": <≤130 runes>, "description"?, "details": {...}
//                (always present, the common labels plus configured details), "source": "" unless configured,
//                "responders"? [{"id"|"name"|"username", "type": "team"|"user"|"escalation"|"schedule"}],
//                "tags"? [...], "note"?, "priority"? "P1".."P5", "entity"?, "actions"? [...]}
//             and with update_alerts: true, right after it
//             PUT {api_url}v2/alerts/{alias}/message?identifierType=alias      {"message": ...}
//             PUT {api_url}v2/alerts/{alias}/description?identifierType=alias  {"description"?: ...}
//   resolved: POST {api_url}v2/alerts/{alias}/close?identifierType=alias       {"source": ...}
// A repeated firing notification re-creates with the same alias, which bumps count on the open alert. Newer
// Alertmanagers also send "visibleTo" [{...}] on create; it is accepted and ignored.
// The writes are processed in the order they arrived, so the updates find the alert their create made.
//
// Runs on the caller's event loop (a test's QCoreApplication); fake_genie_main.cpp serves it standalone.

#include "FakeGenieTypes.h"
#include "GenieStore.h"
#include "HttpServer.h"
#include "TokenBucket.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <optional>

namespace wk::fakegenie {

struct FakeGenieOptions
{
    Vendor vendor = Vendor::Opsgenie;
    QByteArray apiKey = "test-genie-key";                    // Opsgenie: Authorization: GenieKey <apiKey>
    QString jsmEmail = QStringLiteral("oncall@example.com"); // JSM: Authorization: Basic base64(email:token)
    QByteArray jsmToken = "test-jsm-token";
    QString cloudId = QStringLiteral("0b1c2d3e-cloud");
    int processingDelayMs = 150;
    // JSM answers 402 "Please upgrade your pricing plan" on heartbeats when the plan lacks them.
    bool jsmHeartbeatsInPlan = true;
    // Atlassian API tokens carry read and write scopes but not delete: every DELETE answers 401 "scope does
    // not match" unless this is set.
    bool jsmTokenCanDelete = false;
};

struct ChaosSettings
{
    double dropBeforeApply = 0.0; // reset the connection and never apply
    double dropAfterApply = 0.0;  // apply (queue) the write, then reset instead of answering 202
    double tooManyRequests = 0.0; // a 429 that no bucket asked for
    quint32 seed = 1;
    bool allRequests = false;  // also reads; by default only writes (create, actions, edits, delete)
    int retryAfterSeconds = 0; // chaos 429s say Retry-After: this many seconds (0: no header)
};

struct RateLimit
{
    double capacity = 1000.0;
    double refillPerSecond = 100.0;
    bool delayInsteadOfReject = false; // Opsgenie may delay an over-limit request rather than reject it
};

struct DomainCounters
{
    int requests = 0;  // requests that reached the bucket (authenticated, routed)
    int throttled = 0; // answered 429 (bucket empty or chaos)
    int delayed = 0;
};

class FakeGenieServer : public QObject
{
public:
    using Options = FakeGenieOptions;
    using Chaos = ChaosSettings;

    explicit FakeGenieServer(const Options& options, QObject* parent = nullptr);
    explicit FakeGenieServer(QObject* parent = nullptr);
    ~FakeGenieServer() override;

    // 127.0.0.1 on a port the system picks (or `port`).
    bool listen(quint16 port = 0);
    // http://127.0.0.1:PORT, no trailing slash.
    QUrl url() const;
    // What a client prepends to /v2/... (Opsgenie: url()) or /v1/... (JSM: url() + /jsm/ops/api/{cloudId}).
    QUrl apiBase() const;
    // The Authorization header value the server accepts.
    QByteArray authorization() const;
    const Options& options() const { return m_options; }
    Vendor vendor() const { return m_options.vendor; }

    void setProcessingDelayMs(int ms) { m_options.processingDelayMs = ms; }
    void setJsmHeartbeatsInPlan(bool inPlan) { m_options.jsmHeartbeatsInPlan = inPlan; }
    void setRateLimit(Domain domain, const RateLimit& limit);
    void setChaos(const Chaos& chaos);
    // Wall-clock time for timestamps and snoozes; processing delays and buckets use a monotonic clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // Varied, realistic alerts from ML services over the last week; reproducible for a seed. allOpen: every one
    // open and unacknowledged.
    void seedAlerts(int count, quint32 seed, bool allOpen = false);
    // Inserts an alert as given (id, tinyId, alias and times filled when empty); returns its id.
    QString addAlert(const FakeAlert& alert);
    const FakeAlert* alert(const QString& id) const { return m_store.byId(id); }
    const FakeAlert* findByAlias(const QString& alias) const { return m_store.byAlias(alias); }
    QList<const FakeAlert*> alerts() const { return m_store.alerts(); }
    int alertCount() const { return m_store.size(); }

    // Teams ml-platform, payments-ml and nlp exist from the start, each with "<team>_escalation".
    QString addTeam(const QString& name);
    QString addEscalation(const QString& name, const QString& ownerTeam = {});
    const QList<FakeTeam>& teams() const { return m_store.teams(); }
    const QList<FakeEscalation>& escalations() const { return m_store.escalations(); }
    // Creates or replaces a schedule by name; returns its id.
    QString setSchedule(const QString& name, const QStringList& onCallNow, const QStringList& onCallNext);
    void addHeartbeat(const FakeHeartbeat& heartbeat);
    void setHeartbeatExpired(const QString& name, bool expired);

    QList<AppliedAction> applied() const { return m_applied; }
    QList<LoggedRequest> requestLog() const { return m_requestLog; }
    DomainCounters counters(Domain domain) const { return m_counters.value(domain); }
    int pendingCount() const { return int(m_pending.size()); }
    // Processes every accepted write now, without waiting for its delay.
    void processPending();
    void clearObservations();

private:
    // One request on its way through dispatch() and a route (FakeGenieAlertRoutes.cpp,
    // FakeGenieAlertWrites.cpp, FakeGenieDirectoryRoutes.cpp).
    struct Call
    {
        const HttpRequest& request;
        QStringList rest; // path segments after /v2 (or /jsm/ops/api/{cloudId}/v1)
        QString requestId;
        QElapsedTimer timer;
    };
    using Handler = std::function<HttpResponse(Call&)>;
    struct Route
    {
        Domain domain = Domain::Alert;
        bool write = false;
        Handler handler;
    };

    HttpResponse handle(const HttpRequest& request);
    HttpResponse dispatch(Call& call);
    std::optional<Route> alertRoute(const Call& call);
    std::optional<Route> directoryRoute(const Call& call);
    QString authorizationError(const HttpRequest& request) const;

    // Answers
    HttpResponse json(const Call& call, int status, QJsonObject body, bool envelope) const;
    HttpResponse error(const Call& call, int status, const QString& message) const;
    HttpResponse invalidField(const Call& call, const QString& field, const QString& problem) const;
    HttpResponse accepted(const Call& call) const;
    QString link(const QStringList& rest, const QList<std::pair<QString, QString>>& query) const;
    bool isJsm() const { return m_options.vendor == Vendor::Jsm; }

    // Alert routes
    HttpResponse listAlerts(Call& call);
    HttpResponse countAlerts(Call& call);
    HttpResponse getAlert(Call& call);
    HttpResponse getAlertByAlias(Call& call);
    HttpResponse createAlert(Call& call);
    HttpResponse alertAction(Call& call, const QString& kind);
    HttpResponse requestStatus(Call& call);
    HttpResponse timeline(Call& call, bool notes);
    std::optional<QString> identifierType(const Call& call) const;

    // Directory routes
    HttpResponse onCalls(Call& call, bool next);
    HttpResponse schedulesList(Call& call);
    HttpResponse heartbeats(Call& call);
    HttpResponse heartbeat(Call& call, bool ping);
    HttpResponse teamHeartbeats(Call& call);
    HttpResponse teamsList(Call& call);
    HttpResponse escalationsList(Call& call);
    QJsonObject heartbeatJson(const FakeHeartbeat& heartbeat) const;

    // Processing
    void enqueue(PendingAction action);
    void processDue();
    void process(const PendingAction& action);
    void scheduleProcessing();

    struct RequestRecord
    {
        bool processed = false;
        QString action;
        ActionOutcome outcome;
        QDateTime processedAt;
    };
    struct Pending
    {
        PendingAction action;
        qint64 dueMs = 0;
    };

    Options m_options;
    HttpServer m_http;
    GenieStore m_store;
    std::function<QDateTime()> m_clock;
    QElapsedTimer m_monotonic;
    QMap<Domain, TokenBucket> m_buckets;
    QMap<Domain, bool> m_delayMode;
    QMap<Domain, DomainCounters> m_counters;
    Chaos m_chaos;
    QRandomGenerator m_chaosRng;
    std::deque<Pending> m_pending;
    QTimer m_processTimer;
    QHash<QString, RequestRecord> m_requests;
    QList<AppliedAction> m_applied;
    QList<LoggedRequest> m_requestLog;
    QList<FakeSchedule> m_schedules;
    QList<FakeHeartbeat> m_heartbeats;
};

} // namespace wk::fakegenie
