#include "FakeGenieServer.h"

#include "FakeAlertJson.h"
#include "GenieQuery.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

// The alert endpoints' routing and reads: list, count, get, request status, notes and logs.
namespace wk::fakegenie {

namespace {

// The OAS `sort` enum for GET /v2/alerts.
const QStringList& sortFields()
{
    static const QStringList fields = {u"createdAt"_s, u"updatedAt"_s, u"tinyId"_s, u"alias"_s, u"message"_s,
        u"status"_s, u"acknowledged"_s, u"isSeen"_s, u"snoozed"_s, u"snoozedUntil"_s, u"count"_s, u"lastOccurredAt"_s,
        u"source"_s, u"owner"_s, u"integration.name"_s, u"integration.type"_s, u"report.ackTime"_s,
        u"report.closeTime"_s, u"report.acknowledgedBy"_s, u"report.closedBy"_s};
    return fields;
}

int sign(qint64 x)
{
    return x < 0 ? -1 : (x > 0 ? 1 : 0);
}

qint64 msOrMinus(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : -1;
}

int compareAlerts(const FakeAlert& a, const FakeAlert& b, const QString& sort)
{
    const auto text = [&](const QString& x, const QString& y) { return sign(x.compare(y, Qt::CaseInsensitive)); };
    if (sort == u"createdAt")
        return sign(msOrMinus(a.createdAt) - msOrMinus(b.createdAt));
    if (sort == u"updatedAt")
        return sign(msOrMinus(a.updatedAt) - msOrMinus(b.updatedAt));
    if (sort == u"lastOccurredAt")
        return sign(msOrMinus(a.lastOccurredAt) - msOrMinus(b.lastOccurredAt));
    if (sort == u"snoozedUntil")
        return sign(msOrMinus(a.snoozedUntil) - msOrMinus(b.snoozedUntil));
    if (sort == u"tinyId")
        return sign(a.tinyId.toLongLong() - b.tinyId.toLongLong());
    if (sort == u"count")
        return sign(a.count - b.count);
    if (sort == u"acknowledged")
        return sign(int(a.acknowledged) - int(b.acknowledged));
    if (sort == u"isSeen")
        return sign(int(a.isSeen) - int(b.isSeen));
    if (sort == u"snoozed")
        return sign(int(a.snoozed) - int(b.snoozed));
    if (sort == u"report.ackTime")
        return sign(a.ackTime - b.ackTime);
    if (sort == u"report.closeTime")
        return sign(a.closeTime - b.closeTime);
    if (sort == u"alias")
        return text(a.alias, b.alias);
    if (sort == u"message")
        return text(a.message, b.message);
    if (sort == u"status")
        return text(a.status, b.status);
    if (sort == u"source")
        return text(a.source, b.source);
    if (sort == u"owner")
        return text(a.owner, b.owner);
    if (sort == u"integration.name")
        return text(a.integration.name, b.integration.name);
    if (sort == u"integration.type")
        return text(a.integration.type, b.integration.type);
    if (sort == u"report.acknowledgedBy")
        return text(a.acknowledgedBy, b.acknowledgedBy);
    return text(a.closedBy, b.closedBy);
}

} // namespace

std::optional<FakeGenieServer::Route> FakeGenieServer::alertRoute(const Call& call)
{
    const QStringList& rest = call.rest;
    const QByteArray& method = call.request.method;
    if (rest.isEmpty() || rest[0] != u"alerts")
        return std::nullopt;
    const auto read = [](Domain domain, Handler handler) { return Route{domain, false, std::move(handler)}; };
    const auto write = [this](const QString& kind) {
        return Route{Domain::Alert, true,
            [this, kind](Call& c) { return kind == u"Create" ? createAlert(c) : alertAction(c, kind); }};
    };
    const qsizetype n = rest.size();
    if (n == 1 && method == "GET")
        return read(Domain::Search, [this](Call& c) { return listAlerts(c); });
    if (n == 1 && method == "POST")
        return write(u"Create"_s);
    if (!isJsm() && n == 2 && rest[1] == u"count" && method == "GET") // JSM Ops documents no count endpoint
        return read(Domain::Search, [this](Call& c) { return countAlerts(c); });
    if (n == 3 && rest[1] == u"requests" && method == "GET")
        return read(Domain::Alert, [this](Call& c) { return requestStatus(c); });
    if (isJsm() && n == 2 && rest[1] == u"alias" && method == "GET")
        return read(Domain::Alert, [this](Call& c) { return getAlertByAlias(c); });
    if (n == 2 && method == "GET")
        return read(Domain::Alert, [this](Call& c) { return getAlert(c); });
    if (n == 2 && method == "DELETE")
        return write(u"Delete"_s);
    if (n == 3) {
        static const QList<std::pair<QString, QString>> verbs
            = {{u"acknowledge"_s, u"Acknowledge"_s}, {u"unacknowledge"_s, u"UnAcknowledge"_s}, {u"close"_s, u"Close"_s},
                {u"snooze"_s, u"Snooze"_s}, {u"escalate"_s, u"Escalate"_s}, {u"assign"_s, u"Assign"_s},
                {u"notes"_s, u"AddNote"_s}, {u"tags"_s, u"AddTags"_s}};
        const QString& verb = rest[2];
        if (method == "POST") {
            for (const auto& [path, kind] : verbs) {
                if (verb == path)
                    return write(kind);
            }
            if (isJsm() && verb == u"action")
                return write(u"ExecuteAction"_s);
        }
        if (method == "GET" && (verb == u"notes" || verb == u"logs")) {
            const bool notes = verb == u"notes";
            return read(Domain::Alert, [this, notes](Call& c) { return timeline(c, notes); });
        }
        if (method == "DELETE" && verb == u"tags")
            return write(u"RemoveTags"_s);
        // Edits: Opsgenie PUTs, JSM Ops PATCHes.
        if (method == (isJsm() ? "PATCH" : "PUT")) {
            if (verb == u"message")
                return write(u"UpdateMessage"_s);
            if (verb == u"description")
                return write(u"UpdateDescription"_s);
            if (verb == u"priority")
                return write(u"UpdatePriority"_s);
        }
    }
    if (!isJsm() && n == 4 && rest[2] == u"actions" && method == "POST")
        return write(u"ExecuteAction"_s);
    return std::nullopt;
}

std::optional<QString> FakeGenieServer::identifierType(const Call& call) const
{
    if (isJsm())
        return u"id"_s; // JSM Ops takes the full id only
    const QString type
        = call.request.hasQuery(u"identifierType"_s) ? call.request.queryValue(u"identifierType"_s) : u"id"_s;
    if (type != u"id" && type != u"tiny" && type != u"alias")
        return std::nullopt;
    return type;
}

HttpResponse FakeGenieServer::listAlerts(Call& call)
{
    const HttpRequest& request = call.request;
    const int badStatus = isJsm() ? 400 : 422;
    qint64 offset = 0;
    if (request.hasQuery(u"offset"_s)) {
        bool ok = false;
        offset = request.queryValue(u"offset"_s).toLongLong(&ok);
        if (!ok || offset < 0)
            return error(call, badStatus, u"offset must be a non-negative whole number"_s);
    }
    const QString sizeKey = isJsm() ? u"size"_s : u"limit"_s;
    qint64 limit = 20;
    if (request.hasQuery(sizeKey)) {
        bool ok = false;
        limit = request.queryValue(sizeKey).toLongLong(&ok);
        if (!ok)
            return error(call, badStatus, u"%1 must be a whole number"_s.arg(sizeKey));
        limit = std::clamp<qint64>(limit, 1, 100);
    }
    const QString sortParam = request.hasQuery(u"sort"_s) ? request.queryValue(u"sort"_s) : u"createdAt"_s;
    // The Go SDK spells it without the second "r"; accept both.
    const QString sort = sortParam == u"lastOccuredAt" ? u"lastOccurredAt"_s : sortParam;
    if (!sortFields().contains(sort))
        return error(
            call, badStatus, u"Invalid sort field [%1]; use one of %2"_s.arg(sortParam, sortFields().join(u", "_s)));
    const QString order = request.hasQuery(u"order"_s) ? request.queryValue(u"order"_s) : u"desc"_s;
    if (order != u"asc" && order != u"desc")
        return error(call, badStatus, u"Invalid order [%1]; use asc or desc"_s.arg(order));
    if (isJsm() && offset + limit >= 20'000)
        return error(call, 400,
            u"More than 20000 alerts cannot be retrieved. Sum of offset and size should be lower than 20K."_s);
    const QString queryText = request.queryValue(u"query"_s);
    const auto query
        = GenieQuery::parse(queryText, isJsm() ? GenieQuery::FieldCase::Sensitive : GenieQuery::FieldCase::Insensitive);
    if (!query)
        return error(call, 400, u"Invalid query [%1]: %2"_s.arg(queryText, query.error()));
    // [unverified] JSM's from/to: read here as createdAt bounds in ms since the epoch.
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    if (isJsm()) {
        bool okFrom = true;
        bool okTo = true;
        if (request.hasQuery(u"from"_s))
            from = request.queryValue(u"from"_s).toLongLong(&okFrom);
        if (request.hasQuery(u"to"_s))
            to = request.queryValue(u"to"_s).toLongLong(&okTo);
        if (!okFrom || !okTo)
            return error(call, 400, u"from and to must be times in ms since the epoch"_s);
    }

    QList<const FakeAlert*> matched;
    for (const FakeAlert* alert : m_store.alerts()) {
        const qint64 created = alert->createdAt.toMSecsSinceEpoch();
        if (created < from || created > to)
            continue;
        if (query->matches([&](const QString& field) { return m_store.fieldValues(*alert, field); }))
            matched.append(alert);
    }
    const bool descending = order == u"desc";
    std::stable_sort(matched.begin(), matched.end(), [&](const FakeAlert* a, const FakeAlert* b) {
        int c = compareAlerts(*a, *b, sort);
        if (c == 0)
            c = sign(a->tinyId.toLongLong() - b->tinyId.toLongLong());
        return descending ? c > 0 : c < 0;
    });
    const qint64 total = matched.size();
    QJsonArray items;
    for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
        items.append(baseAlertJson(*matched[i]));

    const auto pageLink = [&](qint64 at) {
        QList<std::pair<QString, QString>> params;
        if (request.hasQuery(u"query"_s))
            params.append({u"query"_s, queryText});
        params.append({u"offset"_s, QString::number(at)});
        params.append({sizeKey, QString::number(limit)});
        params.append({u"sort"_s, sortParam});
        params.append({u"order"_s, order});
        return link({u"alerts"_s}, params);
    };
    const bool hasNext = offset + limit < total;
    if (isJsm()) {
        QJsonObject links;
        if (hasNext)
            links.insert(u"next"_s, pageLink(offset + limit));
        return json(call, 200, QJsonObject{{u"values"_s, items}, {u"count"_s, total}, {u"links"_s, links}}, false);
    }
    QJsonObject paging{{u"first"_s, pageLink(0)}, {u"last"_s, pageLink(total > 0 ? (total - 1) / limit * limit : 0)}};
    if (hasNext)
        paging.insert(u"next"_s, pageLink(offset + limit));
    if (offset > 0)
        paging.insert(u"prev"_s, pageLink(std::max<qint64>(0, offset - limit)));
    HttpResponse response = json(call, 200, QJsonObject{{u"data"_s, items}, {u"paging"_s, paging}}, true);
    const QList<std::pair<QString, QByteArray>> headers
        = {{u"next"_s, "X-Paging-Next"}, {u"first"_s, "X-Paging-First"}, {u"last"_s, "X-Paging-Last"}};
    for (const auto& [key, header] : headers) {
        if (paging.contains(key))
            response.setHeader(header, paging.value(key).toString().toUtf8());
    }
    return response;
}

HttpResponse FakeGenieServer::countAlerts(Call& call)
{
    const QString queryText = call.request.queryValue(u"query"_s);
    const auto query = GenieQuery::parse(queryText, GenieQuery::FieldCase::Insensitive);
    if (!query)
        return error(call, 400, u"Invalid query [%1]: %2"_s.arg(queryText, query.error()));
    int count = 0;
    for (const FakeAlert* alert : m_store.alerts())
        count += query->matches([&](const QString& field) { return m_store.fieldValues(*alert, field); }) ? 1 : 0;
    return json(call, 200, QJsonObject{{u"data"_s, QJsonObject{{u"count"_s, count}}}}, true);
}

HttpResponse FakeGenieServer::getAlert(Call& call)
{
    const auto type = identifierType(call);
    if (!type)
        return error(call, 422, u"identifierType must be one of id, tiny, alias"_s);
    const FakeAlert* alert = m_store.find(call.rest[1], *type);
    if (!alert)
        return error(call, 404, u"Alert does not exist"_s);
    if (isJsm())
        return json(call, 200, fullAlertJson(*alert, Vendor::Jsm), false);
    return json(call, 200, QJsonObject{{u"data"_s, fullAlertJson(*alert, Vendor::Opsgenie)}}, true);
}

HttpResponse FakeGenieServer::getAlertByAlias(Call& call)
{
    const QString alias = call.request.queryValue(u"alias"_s);
    if (alias.isEmpty())
        return error(call, 400, u"alias is required"_s);
    const FakeAlert* alert = m_store.openByAlias(alias); // open alerts only
    if (!alert)
        return error(call, 404, u"Alert does not exist"_s);
    return json(call, 200, fullAlertJson(*alert, Vendor::Jsm), false);
}

HttpResponse FakeGenieServer::requestStatus(Call& call)
{
    const QString id = call.rest[2];
    const auto record = m_requests.constFind(id);
    if (record == m_requests.cend())
        return error(call, 404, u"Request [%1] does not exist"_s.arg(id));
    if (!record->processed) {
        HttpResponse response = error(call, 404, u"Request [%1] is not processed yet"_s.arg(id));
        response.setHeader("X-Opsgenie-Errortype", "RequestNotProcessed");
        return response;
    }
    const ActionOutcome& outcome = record->outcome;
    const QJsonObject data{{u"success"_s, outcome.success}, {u"action"_s, record->action},
        {u"processedAt"_s, isoTime(record->processedAt)}, {u"integrationId"_s, m_store.apiIntegration().id},
        {u"isSuccess"_s, outcome.success}, {u"status"_s, outcome.status}, {u"alertId"_s, outcome.alertId},
        {u"alias"_s, outcome.alias}};
    if (isJsm())
        return json(call, 200, data, false);
    return json(call, 200, QJsonObject{{u"data"_s, data}}, true);
}

HttpResponse FakeGenieServer::timeline(Call& call, bool notes)
{
    const HttpRequest& request = call.request;
    const auto type = identifierType(call);
    if (!type)
        return error(call, 422, u"identifierType must be one of id, tiny, alias"_s);
    const FakeAlert* alert = m_store.find(call.rest[1], *type);
    if (!alert)
        return error(call, 404, u"Alert does not exist"_s);
    // JSM Ops reads the cursor as `after` and the page size as `size`; Opsgenie as `offset` and `limit`.
    const QString cursorKey = isJsm() && !request.hasQuery(u"offset"_s) ? u"after"_s : u"offset"_s;
    const QString sizeKey = isJsm() && !request.hasQuery(u"limit"_s) ? u"size"_s : u"limit"_s;
    const QString direction = request.hasQuery(u"direction"_s) ? request.queryValue(u"direction"_s) : u"next"_s;
    const QString order = request.hasQuery(u"order"_s) ? request.queryValue(u"order"_s) : u"desc"_s;
    if (direction != u"next" && direction != u"prev")
        return error(call, 422, u"direction must be next or prev"_s);
    if (order != u"asc" && order != u"desc")
        return error(call, 422, u"order must be asc or desc"_s);
    qint64 limit = 100;
    if (request.hasQuery(sizeKey)) {
        bool ok = false;
        limit = std::clamp<qint64>(request.queryValue(sizeKey).toLongLong(&ok), 1, 100);
        if (!ok)
            return error(call, 422, u"%1 must be a whole number"_s.arg(sizeKey));
    }
    const qsizetype count = notes ? alert->notes.size() : alert->logs.size();
    QList<qsizetype> sequence;
    for (qsizetype i = 0; i < count; ++i)
        sequence.append(order == u"asc" ? i : count - 1 - i);
    qsizetype begin = 0;
    qsizetype end = std::min<qsizetype>(count, limit);
    if (request.hasQuery(cursorKey)) {
        const auto index = timelineIndex(request.queryValue(cursorKey));
        if (!index || *index >= count)
            return error(call, 422, u"Invalid offset [%1]"_s.arg(request.queryValue(cursorKey)));
        const qsizetype at = sequence.indexOf(*index);
        begin = direction == u"next" ? at + 1 : std::max<qsizetype>(0, at - limit);
        end = direction == u"next" ? std::min<qsizetype>(count, at + 1 + limit) : at;
    }
    QJsonArray items;
    for (qsizetype k = begin; k < end; ++k)
        items.append(
            notes ? noteJson(alert->notes[sequence[k]], sequence[k]) : logJson(alert->logs[sequence[k]], sequence[k]));

    const auto pageLink = [&](qsizetype position, const QString& towards) {
        QList<std::pair<QString, QString>> params;
        if (request.hasQuery(u"identifierType"_s))
            params.append({u"identifierType"_s, *type});
        params.append({cursorKey, timelineOffset(sequence[position])});
        params.append({u"direction"_s, towards});
        params.append({sizeKey, QString::number(limit)});
        params.append({u"order"_s, order});
        return link({u"alerts"_s, call.rest[1], notes ? u"notes"_s : u"logs"_s}, params);
    };
    QJsonObject paging;
    if (end > begin && end < count)
        paging.insert(u"next"_s, pageLink(end - 1, u"next"_s));
    if (end > begin && begin > 0)
        paging.insert(u"prev"_s, pageLink(begin, u"prev"_s));
    if (isJsm())
        return json(call, 200, QJsonObject{{u"values"_s, items}, {u"links"_s, paging}}, false);
    return json(call, 200, QJsonObject{{u"data"_s, items}, {u"paging"_s, paging}}, true);
}

} // namespace wk::fakegenie
