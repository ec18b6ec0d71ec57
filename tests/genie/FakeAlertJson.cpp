#include "FakeAlertJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace wk::fakegenie {

namespace {

constexpr QByteArrayView offsetPrefix = "wk-timeline:";

QJsonArray stringArray(const QStringList& values)
{
    QJsonArray out;
    for (const QString& value : values)
        out.append(value);
    return out;
}

} // namespace

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseIsoTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonObject baseAlertJson(const FakeAlert& alert)
{
    QJsonArray teams;
    for (const QString& id : alert.teamIds)
        teams.append(QJsonObject{{u"id"_s, id}});
    QJsonArray responders;
    for (const FakeResponder& responder : alert.responders)
        responders.append(QJsonObject{{u"type"_s, responder.type}, {u"id"_s, responder.id}});
    QJsonObject report;
    if (alert.ackTime >= 0)
        report.insert(u"ackTime"_s, alert.ackTime);
    if (alert.closeTime >= 0)
        report.insert(u"closeTime"_s, alert.closeTime);
    if (!alert.acknowledgedBy.isEmpty())
        report.insert(u"acknowledgedBy"_s, alert.acknowledgedBy);
    if (!alert.closedBy.isEmpty())
        report.insert(u"closedBy"_s, alert.closedBy);

    QJsonObject json{
        {u"id"_s, alert.id},
        {u"tinyId"_s, alert.tinyId},
        {u"alias"_s, alert.alias},
        {u"message"_s, alert.message},
        {u"status"_s, alert.status},
        {u"acknowledged"_s, alert.acknowledged},
        {u"isSeen"_s, alert.isSeen},
        {u"tags"_s, stringArray(alert.tags)},
        {u"snoozed"_s, alert.snoozed},
        {u"count"_s, alert.count},
        {u"lastOccurredAt"_s, isoTime(alert.lastOccurredAt)},
        {u"createdAt"_s, isoTime(alert.createdAt)},
        {u"updatedAt"_s, isoTime(alert.updatedAt)},
        {u"source"_s, alert.source},
        {u"owner"_s, alert.owner},
        {u"priority"_s, alert.priority},
        {u"teams"_s, teams},
        {u"responders"_s, responders},
        {u"integration"_s,
            QJsonObject{{u"id"_s, alert.integration.id}, {u"name"_s, alert.integration.name},
                {u"type"_s, alert.integration.type}}},
        {u"report"_s, report},
    };
    if (alert.snoozed && alert.snoozedUntil.isValid())
        json.insert(u"snoozedUntil"_s, isoTime(alert.snoozedUntil));
    return json;
}

QJsonObject fullAlertJson(const FakeAlert& alert, Vendor vendor)
{
    QJsonObject json = baseAlertJson(alert);
    json.insert(u"description"_s, alert.description);
    json.insert(u"entity"_s, alert.entity);
    json.insert(u"details"_s, alert.details);
    json.insert(u"actions"_s, stringArray(alert.actions));
    if (vendor == Vendor::Jsm)
        json.insert(u"extraProperties"_s, alert.details);
    return json;
}

QString timelineOffset(qsizetype index)
{
    const QByteArray raw = offsetPrefix.toByteArray() + QByteArray::number(index);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qsizetype> timelineIndex(const QString& offset)
{
    const auto decoded = QByteArray::fromBase64Encoding(offset.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith(offsetPrefix))
        return std::nullopt;
    bool ok = false;
    const qsizetype index = decoded.decoded.mid(offsetPrefix.size()).toLongLong(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    return index;
}

QJsonObject noteJson(const FakeNote& note, qsizetype index)
{
    return {{u"note"_s, note.note}, {u"owner"_s, note.owner}, {u"createdAt"_s, isoTime(note.createdAt)},
        {u"offset"_s, timelineOffset(index)}};
}

QJsonObject logJson(const FakeLogEntry& entry, qsizetype index)
{
    return {{u"log"_s, entry.log}, {u"type"_s, entry.type}, {u"owner"_s, entry.owner},
        {u"createdAt"_s, isoTime(entry.createdAt)}, {u"offset"_s, timelineOffset(index)}};
}

} // namespace wk::fakegenie
