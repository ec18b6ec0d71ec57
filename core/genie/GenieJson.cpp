#include "genie/GenieJson.h"

#include "genie/GenieJsonAccess.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace wk::genie {

using namespace jsonaccess;

namespace {

// A JSON number of milliseconds as a qint64, or nothing when it is so large that the conversion would be undefined
// (no time or duration is 290 million years off).
std::optional<qint64> millisOf(const QJsonValue& value)
{
    const double ms = value.toDouble();
    if (!std::isfinite(ms) || std::abs(ms) >= 9.2e18)
        return std::nullopt;
    return qint64(ms);
}

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

// What an HTML page says it is: its <title> ("502 Bad Gateway", "Sign in"), else its opening text.
QString htmlSummary(const QByteArray& body)
{
    const QByteArray lower = body.left(4096).toLower();
    const qsizetype open = lower.indexOf("<title>");
    const qsizetype close = lower.indexOf("</title>", open);
    if (open >= 0 && close > open) {
        const QString title = QString::fromUtf8(body.mid(open + 7, close - open - 7)).simplified();
        if (!title.isEmpty())
            return u'"' + title + u'"';
    }
    return excerpt(body);
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

QString nextLink(const QJsonObject& answer)
{
    const QJsonObject paging
        = answer.contains(u"paging"_s) ? answer.value(u"paging"_s).toObject() : answer.value(u"links"_s).toObject();
    return paging.value(u"next"_s).toString();
}

// The opaque cursor out of a notes/logs page: `paging.next` (JSM: `links.next`) is a full URL whose `offset`
// (JSM: `after`) the next call repeats; some answers give the cursor itself.
QString nextOffset(const QJsonObject& answer)
{
    const QString next = nextLink(answer);
    if (next.isEmpty())
        return {};
    const QUrl url(next);
    if (url.isValid() && url.hasQuery()) {
        const QUrlQuery query(url);
        for (const QString& key : {u"offset"_s, u"after"_s}) {
            if (query.hasQueryItem(key))
                return query.queryItemValue(key, QUrl::FullyDecoded);
        }
    }
    return next;
}

} // namespace

QDateTime readTime(const QJsonValue& value)
{
    if (value.isDouble()) { // epoch milliseconds (JSM's some endpoints, heartbeats' lastPingTime)
        const auto ms = millisOf(value);
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime();
    }
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
                u"%1 answered %2 with an HTML page instead of JSON (a proxy or login page in the way?): %3"_s
                    .arg(service)
                    .arg(status)
                    .arg(htmlSummary(response.body))));
        return std::unexpected(httpError(ErrorCode::Parse, status,
            u"%1 answered %2 with malformed JSON (%3 at byte %4)"_s.arg(service)
                .arg(status)
                .arg(parseError.errorString())
                .arg(parseError.offset)));
    }

    QString message = json ? vendorMessage(object) : QString();
    if (message.isEmpty()) {
        // A gateway or proxy page rather than the API's own error (the status still says whether to retry).
        message = looksLikeHtml(response)
            ? u"an HTML page instead of the API's JSON (a proxy or gateway answered): "_s + htmlSummary(response.body)
            : excerpt(response.body);
    }
    const QString detail = u"%1 answered %2: %3"_s.arg(service).arg(status).arg(message);
    switch (status) {
    case 401:
    case 403: {
        QString advice;
        if (vendor == Vendor::Opsgenie)
            advice = u" (check the API key: an API integration key with read and write access, for this region)"_s;
        else if (message.contains(u"scope"_s, Qt::CaseInsensitive))
            advice = u" (check the email and API token; JSM also says this when the token lacks the scope for the "
                     u"request: API tokens may read and write alerts, never delete)"_s;
        else
            advice = u" (check the email and API token, and that the token may read and write alerts)"_s;
        return std::unexpected(httpError(ErrorCode::Auth, status, detail + advice));
    }
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
    const auto ackMs = millisOf(report.value(u"ackTime"_s));
    if (acknowledged && report.contains(u"ackTime"_s) && a.createdAt.isValid() && ackMs)
        a.acknowledgedAt = a.createdAt.addMSecs(*ackMs);
    if (acknowledged)
        a.acknowledgedBy = report.value(u"acknowledgedBy"_s).toString();
    const auto closeMs = millisOf(report.value(u"closeTime"_s));
    if (a.status == alerts::AlertStatus::Closed && report.contains(u"closeTime"_s) && a.createdAt.isValid() && closeMs)
        a.closedAt = a.createdAt.addMSecs(*closeMs);
    if (a.status == alerts::AlertStatus::Closed)
        a.closedBy = report.value(u"closedBy"_s).toString();
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
        const QJsonObject object = value.toObject();
        alerts::Alert alert = readAlert(object, teamNames);
        if (alert.id.isEmpty())
            return makeError(ErrorCode::Parse, u"an alert in the list has no id"_s);
        for (const QJsonValue& team : object.value(u"teams"_s).toArray()) {
            const QString id = team.toObject().value(u"id"_s).toString();
            if (!id.isEmpty() && !page.teamIds.contains(id))
                page.teamIds.append(id);
        }
        page.alerts.append(std::move(alert));
    }
    page.more = !nextLink(answer).isEmpty();
    const QJsonValue total = answer.contains(u"count"_s) ? answer.value(u"count"_s) : answer.value(u"totalCount"_s);
    if (total.isDouble())
        page.total = total.toInt();
    return page;
}

Result<alerts::Alert> readAlertAnswer(const QJsonObject& answer, const QHash<QString, QString>& teamNames)
{
    alerts::Alert alert = readAlert(dataOf(answer), teamNames);
    if (alert.id.isEmpty())
        return makeError(ErrorCode::Parse, u"the alert answer has no id"_s);
    return alert;
}

Result<int> readCount(const QJsonObject& answer)
{
    const QJsonValue count = dataOf(answer).value(u"count"_s);
    if (!count.isDouble())
        return makeError(ErrorCode::Parse, u"the count answer has no \"count\""_s);
    return count.toInt();
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

Result<LogPage> readLogLines(const QJsonObject& answer)
{
    if (!answer.value(u"data"_s).isArray() && !answer.value(u"values"_s).isArray())
        return makeError(ErrorCode::Parse, u"the log list has neither \"data\" nor \"values\""_s);
    LogPage page;
    for (const QJsonValue& value : listOf(answer)) {
        const QJsonObject line = value.toObject();
        page.lines.append(LogLine{readTime(line.value(u"createdAt"_s)), line.value(u"owner"_s).toString(),
            line.value(u"log"_s).toString(), line.value(u"type"_s).toString()});
    }
    page.next = nextOffset(answer);
    return page;
}

} // namespace wk::genie
