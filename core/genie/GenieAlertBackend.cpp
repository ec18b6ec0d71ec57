#include "genie/GenieAlertBackend.h"

#include "common/Logging.h"
#include "genie/GenieJsonAccess.h"

#include <QPointer>

using namespace Qt::StringLiterals;

// The list: open alerts page by page, the recently closed, the total, expired heartbeats. Reads of single alerts,
// on-call and the writes are in GenieAlertBackendCalls.cpp.
namespace wk::genie {

namespace {

constexpr int pageSize = 100;        // the most either vendor gives per page
constexpr int jsmCeiling = 20000;    // JSM: offset + size must stay below this
constexpr int maxHeartbeatTeams = 8; // JSM keeps heartbeats per team: a poll asks at most this many teams

// A query narrowed to alerts created in [from, to). The search dialect takes createdAt as Unix milliseconds
// (docs.opsgenie.com "Alerts Search Query Help"; JSM Ops kept the dialect).
QString withCreatedSpan(const QString& text, const QDateTime& from, const QDateTime& to)
{
    if (!from.isValid() && !to.isValid())
        return text;
    QStringList terms;
    if (!text.isEmpty())
        terms.append(u'(' + text + u')');
    if (from.isValid())
        terms.append(u"createdAt>="_s + QString::number(from.toMSecsSinceEpoch()));
    if (to.isValid())
        terms.append(u"createdAt<"_s + QString::number(to.toMSecsSinceEpoch()));
    return terms.join(u" AND "_s);
}

} // namespace

struct GenieAlertBackend::ListRun
{
    alerts::AlertQuery query;
    QPointer<QObject> context;
    Callback<alerts::AlertPage> done;
    QString text; // the vendor query of the open phase
    int offset = 0;
    int pages = 0;
    int wanted = 0;
    bool everything = false; // the console's own list (no query typed): heartbeats join it
    bool closedToo = false;  // ... and, without a workspace query, the recently closed
    alerts::AlertPage page;
    QStringList teamIds; // of the open alerts, for JSM's per-team heartbeats
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

void GenieAlertBackend::readPage(const alerts::AlertQuery& query, QObject* context, Callback<ListPage> done)
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
    if (const QString text = withCreatedSpan(query.text, query.createdFrom, query.createdTo); !text.isEmpty())
        call.query.addQueryItem(u"query"_s, text);
    call.query.addQueryItem(u"offset"_s, QString::number(query.offset));
    call.query.addQueryItem(e.pageSizeParameter(), QString::number(size));
    call.query.addQueryItem(u"sort"_s, query.sort.isEmpty() ? u"createdAt"_s : query.sort);
    call.query.addQueryItem(u"order"_s, query.ascending ? u"asc"_s : u"desc"_s);
    m_client.json(
        call, context, guarded<QJsonObject>(context, [this, size, done = std::move(done)](Result<QJsonObject> answer) {
            if (!answer) {
                done(std::unexpected(answer.error()));
                return;
            }
            // A page holds at most what was asked for: a service that sends more is not followed into memory.
            if (const qsizetype items = jsonaccess::listOf(*answer).size(); items > size) {
                done(makeError(ErrorCode::Parse,
                    u"the alert service answered %1 alerts to a request for %2; refused"_s.arg(items).arg(size)));
                return;
            }
            done(readAlertList(*answer, m_teamNames));
        }));
}

void GenieAlertBackend::listPage(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done)
{
    readPage(query, context, [done = std::move(done)](Result<ListPage> page) {
        if (!page) {
            done(std::unexpected(page.error()));
            return;
        }
        done(alerts::AlertPage{page->alerts, page->more, page->total});
    });
}

void GenieAlertBackend::list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done)
{
    auto run = std::make_shared<ListRun>();
    run->query = query;
    run->context = context;
    run->done = std::move(done);
    run->wanted = query.limit > 0 ? query.limit : m_options.maxPages * pageSize;
    // A creation span asks for every alert of that span, whatever its state: not the console's own list.
    const bool spanned = query.createdFrom.isValid() || query.createdTo.isValid();
    run->everything = query.text.isEmpty() && query.offset == 0 && !spanned;
    // A workspace query is the whole list ("empty: open alerts plus the recently closed").
    run->closedToo = run->everything && query.includeClosed && m_options.defaultQuery.isEmpty();
    const QString text = !query.text.isEmpty() || spanned ? query.text
        : !m_options.defaultQuery.isEmpty()               ? m_options.defaultQuery
                                                          : u"status:open"_s;
    // The span goes into the vendor query once, here, so the count asks about the same alerts as the pages.
    run->text = withCreatedSpan(text, query.createdFrom, query.createdTo);
    run->query.createdFrom = {};
    run->query.createdTo = {};
    run->offset = query.offset;
    withTeamNames([this, run] { fetchOpen(run); });
}

void GenieAlertBackend::fetchOpen(std::shared_ptr<ListRun> run)
{
    if (!run->context)
        return;
    alerts::AlertQuery pageQuery = run->query;
    pageQuery.text = run->text;
    pageQuery.offset = run->offset;
    pageQuery.limit = std::min(pageSize, run->wanted - int(run->page.alerts.size()));
    readPage(pageQuery, run->context, [this, run](Result<ListPage> page) {
        if (!page) {
            run->done(std::unexpected(page.error()));
            return;
        }
        ++run->pages;
        run->page.alerts.append(page->alerts);
        run->offset += int(page->alerts.size());
        for (const QString& team : std::as_const(page->teamIds)) {
            if (!run->teamIds.contains(team))
                run->teamIds.append(team);
        }
        const bool room = int(run->page.alerts.size()) < run->wanted && run->pages < m_options.maxPages;
        if (page->more && room && !page->alerts.isEmpty()) {
            fetchOpen(run);
            return;
        }
        run->page.more = page->more;
        // JSM counts in every list answer; Opsgenie's lists carry no total, but when the last page came it is
        // known without asking.
        run->page.total = page->total >= 0 ? page->total : (page->more ? -1 : run->offset);
        if (run->closedToo)
            fetchClosed(run);
        else
            countOpen(run);
    });
}

void GenieAlertBackend::fetchClosed(std::shared_ptr<ListRun> run)
{
    alerts::AlertQuery closed = run->query;
    closed.text = u"status:closed"_s;
    closed.offset = 0;
    closed.limit = pageSize;
    closed.sort = u"updatedAt"_s;
    closed.ascending = false;
    readPage(closed, run->context, [this, run](Result<ListPage> page) {
        if (!page) {
            run->done(std::unexpected(page.error()));
            return;
        }
        const QDateTime since = run->query.closedSince;
        for (const alerts::Alert& a : std::as_const(page->alerts)) {
            const QDateTime closedAt = a.closedAt.isValid() ? a.closedAt : a.updatedAt;
            if (!since.isValid() || closedAt >= since)
                run->page.alerts.append(a);
        }
        countOpen(run);
    });
}

void GenieAlertBackend::countOpen(std::shared_ptr<ListRun> run)
{
    if (run->page.total >= 0 || !run->query.countTotal || m_client.endpoint().vendor != Vendor::Opsgenie) {
        fetchHeartbeats(run);
        return;
    }
    GenieClient::Call call;
    call.domain = Domain::Search;
    call.path = u"alerts/count"_s;
    call.query.addQueryItem(u"query"_s, run->text);
    m_client.json(call, run->context, guarded<QJsonObject>(run->context, [this, run](Result<QJsonObject> answer) {
        // The total is a nicety ("1,000 of 2,417"): the list stands without it.
        const Result<int> total = answer ? readCount(*answer) : Result<int>(std::unexpected(answer.error()));
        if (total)
            run->page.total = *total;
        else
            logging::get("alerts")->debug("alert count unavailable: {}", describe(total.error()).toStdString());
        fetchHeartbeats(run);
    }));
}

void GenieAlertBackend::fetchHeartbeats(std::shared_ptr<ListRun> run, int teamIndex)
{
    const bool jsm = m_client.endpoint().vendor == Vendor::Jsm;
    const int teams = std::min<int>(run->teamIds.size(), maxHeartbeatTeams);
    if (!run->everything || !m_options.heartbeats || m_heartbeatsUnsupported || (jsm && teamIndex >= teams)
        || (!jsm && teamIndex > 0)) {
        finishList(run);
        return;
    }
    GenieClient::Call call;
    call.domain = Domain::Heartbeat;
    call.path = jsm ? u"teams/"_s + pathSegment(run->teamIds[teamIndex]) + u"/heartbeats"_s : u"heartbeats"_s;
    m_client.json(
        call, run->context, guarded<QJsonObject>(run->context, [this, run, teamIndex](Result<QJsonObject> answer) {
            if (answer) {
                if (auto beats = readHeartbeats(*answer)) {
                    const QDateTime now = m_clock.now();
                    for (const Heartbeat& beat : *beats) {
                        if (beat.enabled && beat.expired)
                            run->page.alerts.append(heartbeatAlert(beat, now));
                    }
                }
            } else if (answer.error().code == ErrorCode::Unsupported || answer.error().code == ErrorCode::Auth) {
                // Not in the plan (JSM: 402 "Please upgrade your pricing plan"), or the key may not read them:
                // say so once and stop asking; the alerts themselves are fine.
                m_heartbeatsUnsupported = true;
                logging::get("alerts")->info("heartbeats not shown: {}", describe(answer.error()).toStdString());
            }
            fetchHeartbeats(run, teamIndex + 1);
        }));
}

void GenieAlertBackend::finishList(std::shared_ptr<ListRun> run)
{
    if (run->context)
        run->done(std::move(run->page));
}

void GenieAlertBackend::withTeamNames(std::function<void()> then)
{
    if (m_teamsLoaded || m_client.endpoint().vendor != Vendor::Opsgenie) {
        then();
        return;
    }
    m_waitingForTeams.append(std::move(then));
    if (m_waitingForTeams.size() > 1)
        return; // already being read
    GenieClient::Call call;
    call.domain = Domain::Configuration;
    call.path = u"teams"_s;
    m_client.json(call, m_self.get(), guarded<QJsonObject>(m_self.get(), [this](Result<QJsonObject> answer) {
        // Team names only make the list friendlier: without them, ids are shown; ask once either way.
        m_teamsLoaded = true;
        if (answer) {
            if (auto names = readIdNames(*answer))
                m_teamNames = *names;
        } else {
            logging::get("alerts")->info("team names unavailable: {}", describe(answer.error()).toStdString());
        }
        const auto waiting = std::exchange(m_waitingForTeams, {});
        for (const auto& then : waiting)
            then();
    }));
}

} // namespace wk::genie
