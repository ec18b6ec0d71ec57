#include "genie/GenieJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>

using namespace Qt::StringLiterals;

namespace wk::genie {

namespace {

// The first 120 characters of a body that is not the JSON we expected, on one line.
QString excerpt(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.size() > 120)
        text = text.left(117) + u"..."_s;
    return text;
}

bool looksLikeHtml(const net::HttpResponse& response)
{
    const QByteArray type = response.header("Content-Type").toLower();
    const QByteArray start = response.body.left(64).trimmed().toLower();
    return type.contains("html") || start.startsWith("<!doctype") || start.startsWith("<html");
}

// {message} (Opsgenie and JSM's Opsgenie-derived endpoints) or {errors:[{title, detail}]} (JSM's newer ones).
QString vendorMessage(const QJsonObject& object)
{
    QString message = object.value(u"message"_s).toString();
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    for (const QJsonValue& e : errors) {
        const QJsonObject error = e.toObject();
        QString text = error.value(u"title"_s).toString();
        const QString detail = error.value(u"detail"_s).toString();
        if (!detail.isEmpty())
            text = text.isEmpty() ? detail : text + u": "_s + detail;
        if (!text.isEmpty())
            message = message.isEmpty() ? text : message + u"; "_s + text;
    }
    // Opsgenie's errors map: {"errors": {"endTime": "must be a date"}} on 422.
    const QJsonObject fieldErrors = object.value(u"errors"_s).toObject();
    for (auto it = fieldErrors.begin(); it != fieldErrors.end(); ++it) {
        const QString text = it.key() + u": "_s + it.value().toString();
        message = message.isEmpty() ? text : message + u"; "_s + text;
    }
    return message;
}

Error httpError(ErrorCode code, int status, QString detail)
{
    Error error{code, std::move(detail), std::nullopt, status};
    return error;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

QJsonArray listOf(const QJsonObject& answer)
{
    if (answer.value(u"data"_s).isArray())
        return answer.value(u"data"_s).toArray();
    return answer.value(u"values"_s).toArray();
}

QJsonObject dataOf(const QJsonObject& answer)
{
    if (answer.value(u"data"_s).isObject())
        return answer.value(u"data"_s).toObject();
    return answer;
}

QString nextLink(const QJsonObject& answer)
{
    const QJsonObject paging
        = answer.contains(u"paging"_s) ? answer.value(u"paging"_s).toObject() : answer.value(u"links"_s).toObject();
    return paging.value(u"next"_s).toString();
}

// The opaque offset out of a notes/logs page: `paging.next` is a full URL whose `offset` the next call
// repeats; some answers give the offset itself.
QString nextOffset(const QJsonObject& answer)
{
    const QString next = nextLink(answer);
    if (next.isEmpty())
        return {};
    const QUrl url(next);
    if (url.isValid() && url.hasQuery())
        return QUrlQuery(url).queryItemValue(u"offset"_s, QUrl::FullyDecoded);
    return next;
}

} // namespace

QDateTime readTime(const QJsonValue& value)
{
    if (value.isDouble()) // epoch milliseconds (JSM's some endpoints, heartbeats' lastPingTime)
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

Result<QJsonObject> readAnswer(const net::HttpResponse& response, Vendor vendor)
{
    const int status = response.status;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = document.object();
    const QString service = vendorName(vendor);

    if (status >= 200 && status < 300) {
        if (response.body.trimmed().isEmpty())
            return QJsonObject{};
        if (json)
            return object;
        if (looksLikeHtml(response))
            return std::unexpected(httpError(ErrorCode::Parse, status,
                u"%1 answered %2 with an HTML page instead of JSON: %3"_s.arg(service).arg(status).arg(
                    excerpt(response.body))));
        return std::unexpected(httpError(ErrorCode::Parse, status,
            u"%1 answered %2 with malformed JSON (%3 at byte %4)"_s.arg(service)
                .arg(status)
                .arg(parseError.errorString())
                .arg(parseError.offset)));
    }

    QString message = json ? vendorMessage(object) : QString();
    if (message.isEmpty())
        message = looksLikeHtml(response) ? u"an HTML page: "_s + excerpt(response.body) : excerpt(response.body);
    const QString detail = u"%1 answered %2: %3"_s.arg(service).arg(status).arg(message);
    switch (status) {
    case 401:
    case 403:
        return std::unexpected(httpError(ErrorCode::Auth, status,
            detail
                + (vendor == Vendor::Opsgenie
                        ? u" (check the API key: an API integration key with read and write access)"_s
                        : u" (check the email and API token, and that the token may read and write alerts)"_s)));
    case 402:
        return std::unexpected(httpError(ErrorCode::Unsupported, status, detail + u" (not in this plan)"_s));
    case 404:
        return std::unexpected(httpError(ErrorCode::NotFound, status, detail));
    case 400:
    case 409:
    case 422:
        return std::unexpected(httpError(ErrorCode::BadQuery, status, detail));
    case 429: {
        Error error = httpError(ErrorCode::RateLimited, status, detail);
        const QByteArray reason = response.header("X-RateLimit-Reason");
        if (!reason.isEmpty())
            error.detail += u" (limit: "_s + QString::fromLatin1(reason) + u')';
        bool ok = false;
        const int retryAfter = response.header("Retry-After").toInt(&ok);
        if (ok && retryAfter >= 0)
            error.retryAfter = std::chrono::seconds(retryAfter);
        return std::unexpected(error);
    }
    default:
        return std::unexpected(httpError(ErrorCode::Http, status, detail));
    }
}

alerts::Alert readAlert(const QJsonObject& object, const QHash<QString, QString>& teamNames)
{
    alerts::Alert a;
    a.id = object.value(u"id"_s).toString();
    a.tinyId = object.value(u"tinyId"_s).toString();
    a.alias = object.value(u"alias"_s).toString();
    a.message = object.value(u"message"_s).toString();
    a.description = object.value(u"description"_s).toString();
    a.priority = alerts::priorityFromName(object.value(u"priority"_s).toString()).value_or(alerts::Priority::P3);
    const bool acknowledged = object.value(u"acknowledged"_s).toBool();
    const bool snoozed = object.value(u"snoozed"_s).toBool();
    if (object.value(u"status"_s).toString() == u"closed"_s)
        a.status = alerts::AlertStatus::Closed;
    else if (snoozed)
        a.status = alerts::AlertStatus::Snoozed;
    else if (acknowledged)
        a.status = alerts::AlertStatus::Acknowledged;
    a.tags = stringList(object.value(u"tags"_s));
    QStringList teams;
    for (const QJsonValue& t : object.value(u"teams"_s).toArray()) {
        const QJsonObject team = t.toObject();
        QString name = team.value(u"name"_s).toString();
        if (name.isEmpty()) {
            const QString id = team.value(u"id"_s).toString();
            name = teamNames.value(id, id);
        }
        if (!name.isEmpty())
            teams.append(name);
    }
    a.team = teams.join(u", "_s);
    a.owner = object.value(u"owner"_s).toString();
    a.source = object.value(u"source"_s).toString();
    a.count = qMax(1, object.value(u"count"_s).toInt(1));
    a.createdAt = readTime(object.value(u"createdAt"_s));
    a.updatedAt = readTime(object.value(u"updatedAt"_s));
    a.lastOccurredAt = readTime(object.value(u"lastOccurredAt"_s));
    if (!a.lastOccurredAt.isValid())
        a.lastOccurredAt = readTime(object.value(u"lastOccuredAt"_s)); // the Go SDK's spelling
    if (snoozed)
        a.snoozedUntil = readTime(object.value(u"snoozedUntil"_s));
    // report.ackTime and closeTime are milliseconds after createdAt.
    const QJsonObject report = object.value(u"report"_s).toObject();
    if (acknowledged && report.contains(u"ackTime"_s) && a.createdAt.isValid())
        a.acknowledgedAt = a.createdAt.addMSecs(qint64(report.value(u"ackTime"_s).toDouble()));
    if (acknowledged)
        a.acknowledgedBy = report.value(u"acknowledgedBy"_s).toString();
    if (a.status == alerts::AlertStatus::Closed && report.contains(u"closeTime"_s) && a.createdAt.isValid())
        a.closedAt = a.createdAt.addMSecs(qint64(report.value(u"closeTime"_s).toDouble()));
    for (const QString& key : {u"details"_s, u"extraProperties"_s}) {
        const QJsonObject details = object.value(key).toObject();
        for (auto it = details.begin(); it != details.end(); ++it)
            a.details.insert(it.key(), it.value().toVariant().toString());
    }
    a.service = a.details.value(u"service"_s, object.value(u"entity"_s).toString());
    for (const QString& key : {u"runbook_url"_s, u"runbookUrl"_s, u"runbook"_s}) {
        if (a.runbookUrl.isEmpty())
            a.runbookUrl = a.details.value(key);
    }
    return a;
}

Result<ListPage> readAlertList(const QJsonObject& answer, const QHash<QString, QString>& teamNames)
{
    if (!answer.value(u"data"_s).isArray() && !answer.value(u"values"_s).isArray())
        return makeError(ErrorCode::Parse, u"the alert list has neither \"data\" nor \"values\""_s);
    ListPage page;
    for (const QJsonValue& value : listOf(answer)) {
        alerts::Alert alert = readAlert(value.toObject(), teamNames);
        if (alert.id.isEmpty())
            return makeError(ErrorCode::Parse, u"an alert in the list has no id"_s);
        page.alerts.append(std::move(alert));
    }
    page.more = !nextLink(answer).isEmpty();
    const QJsonValue total = answer.contains(u"count"_s) ? answer.value(u"count"_s) : answer.value(u"totalCount"_s);
    if (total.isDouble())
        page.total = total.toInt();
    return page;
}

Result<alerts::ActionReceipt> readReceipt(const QJsonObject& answer)
{
    alerts::ActionReceipt receipt;
    receipt.requestId = answer.value(u"requestId"_s).toString();
    if (receipt.requestId.isEmpty())
        receipt.requestId = dataOf(answer).value(u"requestId"_s).toString();
    if (receipt.requestId.isEmpty())
        return makeError(ErrorCode::Parse, u"the service accepted the action but gave no request id to follow"_s);
    return receipt;
}

Result<alerts::ActionStatus> readActionStatus(const net::HttpResponse& response, Vendor vendor)
{
    if (response.status == 404 && response.header("X-Opsgenie-Errortype") == "RequestNotProcessed")
        return alerts::ActionStatus{};
    auto answer = readAnswer(response, vendor);
    if (!answer)
        return std::unexpected(answer.error());
    const QJsonObject data = dataOf(*answer);
    alerts::ActionStatus status;
    const bool success
        = data.contains(u"isSuccess"_s) ? data.value(u"isSuccess"_s).toBool() : data.value(u"success"_s).toBool();
    status.outcome = success ? alerts::ActionOutcome::Landed : alerts::ActionOutcome::Failed;
    status.reason = data.value(u"status"_s).toString();
    status.processedAt = readTime(data.value(u"processedAt"_s));
    return status;
}

namespace {
Result<NotePage> readEntries(const QJsonObject& answer, const QString& textKey)
{
    if (!answer.value(u"data"_s).isArray() && !answer.value(u"values"_s).isArray())
        return makeError(ErrorCode::Parse, u"the %1 list has neither \"data\" nor \"values\""_s.arg(textKey));
    NotePage page;
    for (const QJsonValue& value : listOf(answer)) {
        const QJsonObject entry = value.toObject();
        page.notes.append(alerts::AlertNote{readTime(entry.value(u"createdAt"_s)), entry.value(u"owner"_s).toString(),
            entry.value(textKey).toString()});
    }
    page.next = nextOffset(answer);
    return page;
}
} // namespace

Result<NotePage> readNotes(const QJsonObject& answer)
{
    return readEntries(answer, u"note"_s);
}

Result<NotePage> readLogs(const QJsonObject& answer)
{
    return readEntries(answer, u"log"_s);
}

Result<QStringList> readOnCallRecipients(const QJsonObject& answer, bool next)
{
    const QJsonObject data = dataOf(answer);
    const QString flatKey = next ? u"nextOnCallRecipients"_s : u"onCallRecipients"_s;
    if (data.value(flatKey).isArray())
        return stringList(data.value(flatKey));
    if (next && data.value(u"exactNextOnCallRecipients"_s).isArray())
        return stringList(data.value(u"exactNextOnCallRecipients"_s));
    const QString participantsKey = next ? u"nextOnCallParticipants"_s : u"onCallParticipants"_s;
    if (!data.value(participantsKey).isArray())
        return makeError(ErrorCode::Parse, u"the on-call answer lists nobody (no \"%1\")"_s.arg(flatKey));
    QStringList names;
    for (const QJsonValue& p : data.value(participantsKey).toArray())
        names.append(p.toObject().value(u"name"_s).toString());
    return names;
}

Result<QList<Heartbeat>> readHeartbeats(const QJsonObject& answer)
{
    QJsonArray list;
    const QJsonValue data = answer.value(u"data"_s);
    if (data.isObject())
        list = data.toObject().value(u"heartbeats"_s).toArray();
    else if (data.isArray())
        list = data.toArray();
    else if (answer.value(u"values"_s).isArray())
        list = answer.value(u"values"_s).toArray();
    else
        return makeError(ErrorCode::Parse, u"the heartbeat list is missing"_s);
    QList<Heartbeat> heartbeats;
    for (const QJsonValue& value : list) {
        const QJsonObject h = value.toObject();
        Heartbeat beat;
        beat.name = h.value(u"name"_s).toString();
        beat.description = h.value(u"description"_s).toString();
        beat.team = h.value(u"ownerTeam"_s).toObject().value(u"name"_s).toString();
        beat.enabled = h.value(u"enabled"_s).toBool(true);
        beat.expired = h.value(u"expired"_s).toBool();
        const qint64 interval = h.value(u"interval"_s).toInteger();
        const QString unit = h.value(u"intervalUnit"_s).toString();
        beat.intervalSeconds = interval * (unit == u"days"_s ? 86400 : unit == u"hours"_s ? 3600 : 60);
        beat.lastPing = readTime(h.value(u"lastPingTime"_s));
        beat.alertMessage = h.value(u"alertMessage"_s).toString();
        beat.alertPriority
            = alerts::priorityFromName(h.value(u"alertPriority"_s).toString()).value_or(alerts::Priority::P3);
        beat.alertTags = stringList(h.value(u"alertTags"_s));
        heartbeats.append(beat);
    }
    return heartbeats;
}

QString heartbeatAlertId(const QString& name)
{
    return u"heartbeat:"_s + name;
}

bool isHeartbeatAlertId(const QString& id)
{
    return id.startsWith(u"heartbeat:"_s);
}

alerts::Alert heartbeatAlert(const Heartbeat& heartbeat, const QDateTime& now)
{
    alerts::Alert a;
    a.id = heartbeatAlertId(heartbeat.name);
    a.alias = a.id;
    a.message = heartbeat.alertMessage.isEmpty()
        ? u"Heartbeat %1 expired: the pipeline has gone silent"_s.arg(heartbeat.name)
        : heartbeat.alertMessage;
    a.description = heartbeat.description;
    a.priority = heartbeat.alertPriority;
    a.team = heartbeat.team;
    a.service = heartbeat.name;
    a.tags = heartbeat.alertTags;
    a.tags.append(u"heartbeat"_s);
    a.source = u"heartbeat"_s;
    // Expired since one interval after the last ping; without a ping time, since we noticed.
    a.createdAt = heartbeat.lastPing.isValid() ? heartbeat.lastPing.addSecs(heartbeat.intervalSeconds) : now;
    a.updatedAt = a.createdAt;
    a.lastOccurredAt = a.createdAt;
    a.details.insert(u"heartbeat"_s, heartbeat.name);
    if (heartbeat.lastPing.isValid())
        a.details.insert(u"last ping"_s, heartbeat.lastPing.toString(Qt::ISODate));
    return a;
}

Result<QHash<QString, QString>> readIdNames(const QJsonObject& answer)
{
    if (!answer.value(u"data"_s).isArray() && !answer.value(u"values"_s).isArray())
        return makeError(ErrorCode::Parse, u"the list has neither \"data\" nor \"values\""_s);
    QHash<QString, QString> names;
    for (const QJsonValue& value : listOf(answer)) {
        const QJsonObject item = value.toObject();
        names.insert(item.value(u"id"_s).toString(), item.value(u"name"_s).toString());
    }
    return names;
}

} // namespace wk::genie
