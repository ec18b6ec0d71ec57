#include "genie/GenieJson.h"

#include "genie/GenieJsonAccess.h"

using namespace Qt::StringLiterals;

// GenieJson.h readers of the directory: who is on call, schedules, heartbeats, teams.
namespace wk::genie {

using namespace jsonaccess;

Result<QStringList> readOnCallRecipients(const QJsonObject& answer, bool next)
{
    const QJsonObject data = dataOf(answer);
    // The documented name of each dialect first (JSM Ops: *Users; Opsgenie: *Recipients), then the other's.
    const QStringList flatKeys = next
        ? QStringList{u"nextOnCallUsers"_s, u"nextOnCallRecipients"_s, u"exactNextOnCallRecipients"_s}
        : QStringList{u"onCallUsers"_s, u"onCallRecipients"_s};
    for (const QString& key : flatKeys) {
        if (data.value(key).isArray())
            return stringList(data.value(key));
    }
    const QString participantsKey = next ? u"nextOnCallParticipants"_s : u"onCallParticipants"_s;
    if (!data.value(participantsKey).isArray())
        return makeError(ErrorCode::Parse, u"the on-call answer lists nobody (no \"%1\")"_s.arg(flatKeys.first()));
    QStringList names;
    for (const QJsonValue& p : data.value(participantsKey).toArray()) {
        const QJsonObject participant = p.toObject();
        const QString name = participant.value(u"name"_s).toString();
        names.append(name.isEmpty() ? participant.value(u"id"_s).toString() : name); // JSM gives account ids
    }
    return names;
}

std::optional<QString> readScheduleId(const QJsonObject& answer, const QString& name)
{
    for (const QJsonValue& value : listOf(answer)) {
        const QJsonObject schedule = value.toObject();
        if (schedule.value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0)
            return schedule.value(u"id"_s).toString();
    }
    return std::nullopt;
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
        // JSM Ops also says it in words: status Off, Pending, Responsive or Unresponsive.
        const QString status = h.value(u"status"_s).toString().toLower();
        beat.enabled = h.value(u"enabled"_s).toBool(status != u"off"_s);
        beat.expired = h.value(u"expired"_s).toBool(status == u"unresponsive"_s);
        const qint64 interval = h.value(u"interval"_s).toInteger();
        const QString unit = h.value(u"intervalUnit"_s).toString().toLower(); // JSM: "Minutes"
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
