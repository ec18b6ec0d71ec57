#include "analytics/incidents/OpsgenieAlertsJson.h"

#include "genie/GenieJson.h"
#include "genie/GenieJsonAccess.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wk::analytics::incidents {

namespace {

Result<IncidentRecord> bad(const QString& reason)
{
    return makeError(ErrorCode::Parse, reason);
}

// report.ackTime / closeTime: nullopt when absent, an error text when not a non-negative number.
std::optional<double> millisField(const QJsonObject& report, const QString& name, QString& error)
{
    const QJsonValue value = report.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        error = u"report.%1 is not a number"_s.arg(name);
        return std::nullopt;
    }
    const double ms = value.toDouble();
    if (!std::isfinite(ms) || ms < 0) {
        error = u"report.%1 is negative (%2)"_s.arg(name).arg(ms);
        return std::nullopt;
    }
    return ms / 1000.0;
}

// ISO 8601, or epoch milliseconds as a number or a string of digits (details values are strings).
QDateTime timeOf(const QJsonValue& value)
{
    if (value.isString()) {
        bool digits = false;
        const qint64 ms = value.toString().trimmed().toLongLong(&digits);
        if (digits)
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    if (!value.isString() && !value.isDouble())
        return {};
    return genie::readTime(value);
}

std::optional<QDateTime> occurrenceOf(const QJsonObject& alert)
{
    QList<QJsonValue> candidates{alert.value(u"firstOccurredAt"_s)};
    for (const QString& section : {u"details"_s, u"extraProperties"_s}) {
        const QJsonObject details = alert.value(section).toObject();
        for (const QString& key : {u"firstOccurredAt"_s, u"startsAt"_s, u"occurredAt"_s})
            candidates.append(details.value(key));
    }
    for (const QJsonValue& candidate : candidates) {
        const QDateTime time = timeOf(candidate);
        if (time.isValid())
            return time;
    }
    return std::nullopt;
}

bool truthy(const QJsonValue& value)
{
    return value.toBool() || value.toString().trimmed().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

bool isEscalated(const QJsonObject& alert)
{
    for (const QJsonValue& r : alert.value(u"responders"_s).toArray()) {
        if (r.toObject().value(u"type"_s).toString().compare(u"escalation"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QString& tag : genie::jsonaccess::stringList(alert.value(u"tags"_s))) {
        if (tag.trimmed().compare(u"escalated"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return truthy(alert.value(u"details"_s).toObject().value(u"escalated"_s))
        || truthy(alert.value(u"extraProperties"_s).toObject().value(u"escalated"_s));
}

QString nameOrId(const QJsonObject& object)
{
    const QString name = object.value(u"name"_s).toString().trimmed();
    return name.isEmpty() ? object.value(u"id"_s).toString().trimmed() : name;
}

QStringList teamsOf(const QJsonObject& alert)
{
    QStringList teams;
    for (const QJsonValue& r : alert.value(u"responders"_s).toArray()) {
        const QJsonObject responder = r.toObject();
        if (responder.value(u"type"_s).toString().compare(u"team"_s, Qt::CaseInsensitive) != 0)
            continue;
        const QString team = nameOrId(responder);
        if (!team.isEmpty() && !teams.contains(team))
            teams.append(team);
    }
    if (!teams.isEmpty())
        return teams;
    for (const QJsonValue& t : alert.value(u"teams"_s).toArray()) {
        const QString team = nameOrId(t.toObject());
        if (!team.isEmpty() && !teams.contains(team))
            teams.append(team);
    }
    return teams;
}

QString keyOf(const QJsonObject& alert)
{
    const QJsonValue tiny = alert.value(u"tinyId"_s);
    QString key = tiny.isDouble() ? QString::number(tiny.toInteger()) : tiny.toString();
    if (key.isEmpty())
        key = alert.value(u"id"_s).toString();
    return key;
}

} // namespace

Result<IncidentRecord> readOpsgenieAlert(const QJsonObject& alert)
{
    IncidentRecord record;
    record.key = keyOf(alert);

    const QJsonValue created = alert.value(u"createdAt"_s);
    if (created.isUndefined() || created.isNull())
        return bad(u"no createdAt"_s);
    record.createdAt = timeOf(created);
    if (!record.createdAt.isValid())
        return bad(u"createdAt is not a time (ISO 8601 or epoch milliseconds)"_s);
    record.createdAt = record.createdAt.toUTC();

    const QString status = alert.value(u"status"_s).toString().trimmed().toLower();
    if (status != u"open" && status != u"closed")
        return bad(alert.contains(u"status"_s) ? u"status is neither \"open\" nor \"closed\""_s : u"no status"_s);
    record.closed = status == u"closed";

    const QJsonValue priority = alert.value(u"priority"_s);
    if (!priority.isUndefined() && !priority.isNull()) {
        const auto p = alerts::priorityFromName(priority.toString());
        if (!p)
            return bad(u"priority is not P1..P5"_s);
        record.priority = *p;
    }

    const QJsonValue reportValue = alert.value(u"report"_s);
    if (!reportValue.isUndefined() && !reportValue.isNull() && !reportValue.isObject())
        return bad(u"report is not an object"_s);
    const QJsonObject report = reportValue.toObject();
    QString error;
    record.ackSeconds = millisField(report, u"ackTime"_s, error);
    if (error.isEmpty() && record.closed)
        record.closeSeconds = millisField(report, u"closeTime"_s, error);
    if (!error.isEmpty())
        return bad(error);
    if (record.closed) {
        if (!record.closeSeconds)
            return bad(u"closed, but report.closeTime is missing"_s);
        if (record.ackSeconds && *record.ackSeconds > *record.closeSeconds)
            return bad(u"report.ackTime is after report.closeTime"_s);
        if (!record.ackSeconds && alert.value(u"acknowledged"_s).toBool())
            return bad(u"acknowledged, but report.ackTime is missing"_s);
    }

    record.teams = teamsOf(alert);
    record.name = alert.value(u"message"_s).toString();
    const QString detailService = alert.value(u"details"_s).toObject().value(u"service"_s).toString();
    record.service = detailService.isEmpty() ? alert.value(u"entity"_s).toString() : detailService;
    record.occurredAt = occurrenceOf(alert);
    record.escalated = isEscalated(alert);
    record.hasOwner = !alert.value(u"owner"_s).toString().trimmed().isEmpty();
    const QString closedBy = report.value(u"closedBy"_s).toString().trimmed();
    record.closedByPerson = record.closed && closedBy.contains(u'@');
    return record;
}

Result<AlertsFile> readOpsgenieAlerts(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(
            ErrorCode::Parse, u"not JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    QJsonArray list;
    if (document.isArray()) {
        list = document.array();
    } else {
        const QJsonObject answer = document.object();
        if (!answer.value(u"data"_s).isArray() && !answer.value(u"values"_s).isArray())
            return makeError(
                ErrorCode::Parse, u"not an array of alerts (nor a list answer with \"data\" or \"values\")"_s);
        list = genie::jsonaccess::listOf(answer);
    }

    AlertsFile file;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue value = list.at(i);
        if (!value.isObject()) {
            file.skipped.append(SkippedAlert{i, QString(), u"not an object"_s});
            continue;
        }
        auto record = readOpsgenieAlert(value.toObject());
        if (!record) {
            file.skipped.append(SkippedAlert{i, keyOf(value.toObject()), record.error().detail});
            continue;
        }
        file.records.append(std::move(*record));
    }
    return file;
}

} // namespace wk::analytics::incidents
