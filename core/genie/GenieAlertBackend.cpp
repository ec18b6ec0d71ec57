#include "genie/GenieAlertBackend.h"

#include "common/Logging.h"
#include "genie/ActionRequests.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace wk::genie {

namespace {

constexpr int pageSize = 100;     // the most either vendor gives per page
constexpr int jsmCeiling = 20000; // JSM: offset + size must stay below this

template <typename T> using Callback = alerts::AlertBackend::Callback<T>;

// `done` only while both the backend and the asker are alive.
template <typename T> Callback<T> guarded(std::weak_ptr<bool> alive, QObject* context, Callback<T> done)
{
    return [alive, guard = QPointer<QObject>(context), done = std::move(done)](Result<T> r) {
        if (!alive.expired() && guard)
            done(std::move(r));
    };
}

} // namespace

struct GenieAlertBackend::ListRun
{
    enum class Phase { Open, Closed, Heartbeats };
    alerts::AlertQuery query;
    QPointer<QObject> context;
    Callback<alerts::AlertPage> done;
    Phase phase = Phase::Open;
    QString text; // the vendor query of this phase
    int offset = 0;
    int pages = 0;
    int wanted = 0;
    bool userQuery = false;
    alerts::AlertPage page;
};

GenieAlertBackend::GenieAlertBackend(
    net::HttpService& http, GenieEndpoint endpoint, QString secret, const Clock& clock, GenieOptions options)
    : m_client(http, std::move(endpoint), std::move(secret), clock)
    , m_clock(clock)
    , m_options(std::move(options))
{ }

GenieAlertBackend::~GenieAlertBackend() = default;

QString GenieAlertBackend::sourceName() const
{
    const GenieEndpoint& e = m_client.endpoint();
    return vendorName(e.vendor) + u" ("_s + e.baseUrl.host() + u')';
}

qint64 GenieAlertBackend::minPollIntervalMs() const
{
    return m_options.minPollIntervalMs;
}

std::optional<alerts::Throttle> GenieAlertBackend::throttle() const
{
    return m_client.limits().current();
}

void GenieAlertBackend::listPage(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done)
{
    const GenieEndpoint& e = m_client.endpoint();
    const int size = std::clamp(query.limit, 1, pageSize);
    if (e.vendor == Vendor::Jsm && query.offset + size >= jsmCeiling) {
        done(makeError(ErrorCode::BadQuery,
            u"JSM Ops lists at most the first 20,000 alerts of a query; narrow it (for example by createdAt)"_s));
        return;
    }
    GenieClient::Call call;
    call.domain = Domain::Search;
    call.path = u"alerts"_s;
    if (!query.text.isEmpty())
        call.query.addQueryItem(u"query"_s, query.text);
    call.query.addQueryItem(u"offset"_s, QString::number(query.offset));
    call.query.addQueryItem(e.pageSizeParameter(), QString::number(size));
    call.query.addQueryItem(u"sort"_s, query.sort.isEmpty() ? u"createdAt"_s : query.sort);
    call.query.addQueryItem(u"order"_s, query.ascending ? u"asc"_s : u"desc"_s);
    m_client.json(call, context,
        guarded<QJsonObject>(m_alive, context, [this, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            auto page = readAlertList(*answer, m_teamNames);
            if (!page) {
                done(std::unexpected(page.error()));
                return;
            }
            done(alerts::AlertPage{page->alerts, page->more, page->total});
        }));
}

void GenieAlertBackend::list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done)
{
    auto run = std::make_shared<ListRun>();
    run->query = query;
    run->context = context;
    run->done = std::move(done);
    run->wanted = query.limit > 0 ? query.limit : m_options.maxPages * pageSize;
    run->userQuery = !query.text.isEmpty();
    run->text = run->userQuery              ? query.text
        : !m_options.defaultQuery.isEmpty() ? m_options.defaultQuery
                                            : u"status:open"_s;
    run->offset = query.offset;
    if (!m_teamsLoaded && m_client.endpoint().vendor == Vendor::Opsgenie) {
        loadTeams(context, [this, run] { fetchPage(run); });
        return;
    }
    fetchPage(run);
}

void GenieAlertBackend::loadTeams(QObject* context, std::function<void()> then)
{
    GenieClient::Call call;
    call.domain = Domain::Configuration;
    call.path = u"teams"_s;
    m_client.json(call, context,
        guarded<QJsonObject>(m_alive, context, [this, then = std::move(then)](Result<QJsonObject> answer) {
            // Team names only make the list friendlier: without them, ids are shown; ask once either way.
            m_teamsLoaded = true;
            if (answer) {
                if (auto names = readIdNames(*answer))
                    m_teamNames = *names;
            } else {
                logging::get("alerts")->info("team names unavailable: {}", describe(answer.error()).toStdString());
            }
            then();
        }));
}

void GenieAlertBackend::fetchPage(std::shared_ptr<ListRun> run)
{
    if (!run->context)
        return;
    if (run->phase == ListRun::Phase::Heartbeats) {
        GenieClient::Call call;
        call.domain = Domain::Heartbeat;
        call.path = u"heartbeats"_s;
        m_client.json(
            call, run->context, guarded<QJsonObject>(m_alive, run->context, [this, run](Result<QJsonObject> answer) {
                if (answer) {
                    if (auto beats = readHeartbeats(*answer)) {
                        const QDateTime now = m_clock.now();
                        for (const Heartbeat& beat : *beats) {
                            if (beat.enabled && beat.expired)
                                run->page.alerts.append(heartbeatAlert(beat, now));
                        }
                    }
                } else if (answer.error().code == ErrorCode::Unsupported || answer.error().code == ErrorCode::Auth) {
                    m_heartbeatsUnsupported = true; // not in the plan, or the key may not read them
                    logging::get("alerts")->info("heartbeats not shown: {}", describe(answer.error()).toStdString());
                }
                finishList(run);
            }));
        return;
    }
    alerts::AlertQuery pageQuery = run->query;
    pageQuery.text = run->text;
    pageQuery.offset = run->offset;
    pageQuery.limit = std::min(pageSize, run->wanted - int(run->page.alerts.size()));
    if (run->phase == ListRun::Phase::Closed) {
        pageQuery.sort = u"updatedAt"_s;
        pageQuery.ascending = false;
        pageQuery.limit = pageSize;
    }
    listPage(pageQuery, run->context, [this, run](Result<alerts::AlertPage> page) {
        if (!page) {
            run->done(std::unexpected(page.error()));
            return;
        }
        ++run->pages;
        if (run->phase == ListRun::Phase::Open) {
            run->page.alerts.append(page->alerts);
            run->page.total = page->total;
            run->offset += int(page->alerts.size());
            const bool room = int(run->page.alerts.size()) < run->wanted && run->pages < m_options.maxPages;
            if (page->more && room && !page->alerts.isEmpty()) {
                fetchPage(run);
                return;
            }
            run->page.more = page->more;
        } else {
            for (const alerts::Alert& a : std::as_const(page->alerts)) {
                if (!run->query.closedSince.isValid() || a.updatedAt >= run->query.closedSince)
                    run->page.alerts.append(a);
            }
        }
        const bool everything = !run->userQuery && run->query.offset == 0;
        if (run->phase == ListRun::Phase::Open && everything && run->query.includeClosed) {
            run->phase = ListRun::Phase::Closed;
            run->text = u"status:closed"_s;
            run->offset = 0;
            fetchPage(run);
            return;
        }
        if (everything && m_options.heartbeats && !m_heartbeatsUnsupported
            && m_client.endpoint().vendor == Vendor::Opsgenie) {
            run->phase = ListRun::Phase::Heartbeats;
            fetchPage(run);
            return;
        }
        finishList(run);
    });
}

void GenieAlertBackend::finishList(std::shared_ptr<ListRun> run)
{
    if (run->context)
        run->done(std::move(run->page));
}

void GenieAlertBackend::get(const QString& alertId, QObject* context, Callback<alerts::Alert> done)
{
    if (isHeartbeatAlertId(alertId)) {
        done(makeError(ErrorCode::Unsupported, u"a heartbeat is not an alert of the service"_s));
        return;
    }
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.path = u"alerts/"_s + pathSegment(alertId);
    if (m_client.endpoint().vendor == Vendor::Opsgenie)
        call.query.addQueryItem(u"identifierType"_s, u"id"_s);
    m_client.json(call, context,
        guarded<QJsonObject>(
            m_alive, context, [this, alertId, context, done = std::move(done)](Result<QJsonObject> answer) mutable {
                if (!answer) {
                    done(std::unexpected(answer.error()));
                    return;
                }
                const QJsonObject data
                    = answer->value(u"data"_s).isObject() ? answer->value(u"data"_s).toObject() : *answer;
                alerts::Alert alert = readAlert(data, m_teamNames);
                if (alert.id.isEmpty()) {
                    done(makeError(ErrorCode::Parse, u"the alert answer has no id"_s));
                    return;
                }
                fetchEntries(alertId, false, context,
                    [alert, done = std::move(done)](Result<QList<alerts::AlertNote>> notes) mutable {
                        if (notes)
                            alert.notes = *notes; // notes are a nicety: the alert stands without them
                        done(alert);
                    });
            }));
}

void GenieAlertBackend::fetchEntries(
    const QString& alertId, bool logs, QObject* context, Callback<QList<alerts::AlertNote>> done)
{
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.path = u"alerts/"_s + pathSegment(alertId) + (logs ? u"/logs"_s : u"/notes"_s);
    if (m_client.endpoint().vendor == Vendor::Opsgenie)
        call.query.addQueryItem(u"identifierType"_s, u"id"_s);
    call.query.addQueryItem(u"order"_s, u"desc"_s);
    call.query.addQueryItem(u"limit"_s, QString::number(pageSize));
    m_client.json(call, context,
        guarded<QJsonObject>(m_alive, context, [logs, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            auto page = logs ? readLogs(*answer) : readNotes(*answer);
            if (!page) {
                done(std::unexpected(page.error()));
                return;
            }
            done(page->notes);
        }));
}

void GenieAlertBackend::onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done)
{
    const QString schedule = m_options.schedules.value(team, team + u"_schedule"_s);
    auto fetch = [this, schedule, context](bool next, Callback<QStringList> then) {
        GenieClient::Call call;
        call.domain = Domain::ScheduleOnCalls;
        call.path = u"schedules/"_s + pathSegment(schedule) + (next ? u"/next-on-calls"_s : u"/on-calls"_s);
        call.query.addQueryItem(u"scheduleIdentifierType"_s, u"name"_s);
        call.query.addQueryItem(u"flat"_s, u"true"_s);
        m_client.json(call, context,
            guarded<QJsonObject>(m_alive, context, [next, then = std::move(then)](Result<QJsonObject> answer) {
                if (!answer) {
                    then(std::unexpected(answer.error()));
                    return;
                }
                then(readOnCallRecipients(*answer, next));
            }));
    };
    fetch(false, [fetch, team, schedule, done = std::move(done)](Result<QStringList> now) mutable {
        if (!now) {
            done(std::unexpected(now.error()));
            return;
        }
        fetch(true, [team, schedule, now = *now, done = std::move(done)](Result<QStringList> next) {
            alerts::OnCall onCall{team, schedule, {}};
            int level = 0;
            for (const QString& name : now)
                onCall.people.append(alerts::OnCallPerson{name, u"now"_s, level++, 0});
            if (next) { // who is next is a nicety; "now" stands alone
                for (const QString& name : *next)
                    onCall.people.append(alerts::OnCallPerson{name, u"next"_s, level++, 0});
            }
            done(onCall);
        });
    });
}

void GenieAlertBackend::send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done)
{
    if (isHeartbeatAlertId(action.alertId)) {
        done(makeError(ErrorCode::Unsupported,
            u"an expired heartbeat is not an alert of the service: restart the pipeline that should ping it"_s));
        return;
    }
    auto call = actionCall(action, m_client.endpoint());
    if (!call) {
        done(std::unexpected(call.error()));
        return;
    }
    m_client.json(
        *call, context, guarded<QJsonObject>(m_alive, context, [done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            done(readReceipt(*answer));
        }));
}

void GenieAlertBackend::actionStatus(
    const alerts::AlertAction&, const QString& requestId, QObject* context, Callback<alerts::ActionStatus> done)
{
    GenieClient::Call call;
    call.domain = Domain::Alert;
    call.path = u"alerts/requests/"_s + pathSegment(requestId);
    m_client.send(call, context,
        guarded<net::HttpResponse>(m_alive, context,
            [vendor = m_client.endpoint().vendor, done = std::move(done)](Result<net::HttpResponse> response) {
                if (!response) {
                    done(std::unexpected(response.error()));
                    return;
                }
                done(readActionStatus(*response, vendor));
            }));
}

void GenieAlertBackend::hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done)
{
    const LandedEvidence evidence = evidenceFor(action.kind);
    if (evidence == LandedEvidence::AlertState) {
        GenieClient::Call call;
        call.domain = Domain::Alert;
        call.path = u"alerts/"_s + pathSegment(action.alertId);
        if (m_client.endpoint().vendor == Vendor::Opsgenie)
            call.query.addQueryItem(u"identifierType"_s, u"id"_s);
        m_client.json(call, context,
            guarded<QJsonObject>(m_alive, context, [this, action, done = std::move(done)](Result<QJsonObject> answer) {
                if (!answer) {
                    if (answer.error().code == ErrorCode::NotFound)
                        done(false); // sending again will say "Alert does not exist"
                    else
                        done(std::unexpected(answer.error()));
                    return;
                }
                const QJsonObject data
                    = answer->value(u"data"_s).isObject() ? answer->value(u"data"_s).toObject() : *answer;
                done(landedInAlert(action, readAlert(data, m_teamNames)));
            }));
        return;
    }
    fetchEntries(action.alertId, evidence == LandedEvidence::Logs, context,
        [action, done = std::move(done)](Result<QList<alerts::AlertNote>> entries) {
            if (!entries) {
                if (entries.error().code == ErrorCode::NotFound)
                    done(false);
                else
                    done(std::unexpected(entries.error()));
                return;
            }
            done(landedInEntries(action, *entries));
        });
}

} // namespace wk::genie
