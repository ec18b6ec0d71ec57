#include "FakeGenieServer.h"

#include "FakeAlertJson.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

// Who is on call, heartbeats, teams and escalations.
namespace wk::fakegenie {

namespace {

QString userId(const QString& username)
{
    static const QUuid users = QUuid::fromString(u"6f1c3b52-0e55-4c52-9a5e-0d7f2c1a9b10"_s);
    return QUuid::createUuidV5(users, username).toString(QUuid::WithoutBraces);
}

QJsonArray strings(const QStringList& values)
{
    QJsonArray out;
    for (const QString& value : values)
        out.append(value);
    return out;
}

QString capitalised(const QString& text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace

std::optional<FakeGenieServer::Route> FakeGenieServer::directoryRoute(const Call& call)
{
    const QStringList& rest = call.rest;
    const qsizetype n = rest.size();
    if (call.request.method != "GET" || n == 0)
        return std::nullopt;
    const auto read = [](Domain domain, Handler handler) { return Route{domain, false, std::move(handler)}; };
    if (rest[0] == u"schedules" && n == 3 && (rest[2] == u"on-calls" || rest[2] == u"next-on-calls")) {
        const bool next = rest[2] == u"next-on-calls";
        return read(Domain::ScheduleOncalls, [this, next](Call& c) { return onCalls(c, next); });
    }
    if (rest[0] == u"schedules" && n == 1)
        return read(Domain::Configuration, [this](Call& c) { return schedulesList(c); });
    if (isJsm()) {
        if (rest[0] == u"teams" && n >= 3 && rest[2] == u"heartbeats" && n <= 4)
            return read(Domain::Heartbeat, [this](Call& c) { return teamHeartbeats(c); });
        if (rest[0] == u"teams" && n == 3 && rest[2] == u"escalations")
            return read(Domain::Configuration, [this](Call& c) { return escalationsList(c); });
        return std::nullopt;
    }
    if (rest[0] == u"heartbeats" && n == 1)
        return read(Domain::Heartbeat, [this](Call& c) { return heartbeats(c); });
    if (rest[0] == u"heartbeats" && (n == 2 || (n == 3 && rest[2] == u"ping"))) {
        const bool ping = n == 3;
        return read(Domain::Heartbeat, [this, ping](Call& c) { return heartbeat(c, ping); });
    }
    if (rest[0] == u"teams" && n == 1)
        return read(Domain::Configuration, [this](Call& c) { return teamsList(c); });
    if (rest[0] == u"escalations" && n == 1)
        return read(Domain::Configuration, [this](Call& c) { return escalationsList(c); });
    return std::nullopt;
}

HttpResponse FakeGenieServer::onCalls(Call& call, bool next)
{
    const HttpRequest& request = call.request;
    // JSM Ops' schedule paths take ids only; it has no scheduleIdentifierType (rrvrs/jira-alerts-mcp
    // src/tools/oncall/resolve-schedule.ts) and reads a name in the path as an unknown id.
    const QString identifierType = !isJsm() && request.hasQuery(u"scheduleIdentifierType"_s)
        ? request.queryValue(u"scheduleIdentifierType"_s)
        : u"id"_s;
    if (identifierType != u"id" && identifierType != u"name")
        return error(call, 422, u"scheduleIdentifierType must be id or name"_s);
    const QString flatText = request.hasQuery(u"flat"_s) ? request.queryValue(u"flat"_s) : u"false"_s;
    if (flatText != u"true" && flatText != u"false")
        return error(call, 422, u"flat must be true or false"_s);
    if (request.hasQuery(u"date"_s) && !parseIsoTime(request.queryValue(u"date"_s)).isValid())
        return error(call, 422, u"date should be an ISO-8601 date-time"_s);
    const bool flat = flatText == u"true";
    const QString identifier = call.rest[1];
    const FakeSchedule* schedule = nullptr;
    for (const FakeSchedule& known : m_schedules) {
        if ((identifierType == u"name" ? known.name : known.id) == identifier)
            schedule = &known;
    }
    if (!schedule)
        return error(call, 404, u"Schedule with %1 [%2] does not exist"_s.arg(identifierType, identifier));
    const QStringList& people = next ? schedule->onCallNext : schedule->onCallNow;
    QJsonArray participants;
    for (const QString& username : people) {
        // [simplified] JSM answers Atlassian account ids; the fake answers the names it was given.
        if (isJsm())
            participants.append(QJsonObject{{u"id"_s, username}, {u"type"_s, u"user"_s}});
        else
            participants.append(
                QJsonObject{{u"id"_s, userId(username)}, {u"name"_s, username}, {u"type"_s, u"user"_s}});
    }
    if (isJsm()) {
        // JSM Ops' OnCallResponse: onCallUsers (flat) or onCallParticipants, next* for next-on-calls; no envelope.
        const QString key = flat ? (next ? u"nextOnCallUsers"_s : u"onCallUsers"_s)
                                 : (next ? u"nextOnCallParticipants"_s : u"onCallParticipants"_s);
        return json(
            call, 200, QJsonObject{{key, flat ? QJsonValue(strings(people)) : QJsonValue(participants)}}, false);
    }
    QJsonObject data{{u"_parent"_s,
        QJsonObject{{u"id"_s, schedule->id}, {u"name"_s, schedule->name}, {u"enabled"_s, schedule->enabled}}}};
    if (!next) {
        data.insert(flat ? u"onCallRecipients"_s : u"onCallParticipants"_s,
            flat ? QJsonValue(strings(people)) : QJsonValue(participants));
    } else if (flat) {
        data.insert(u"nextOnCallRecipients"_s, strings(people));
        data.insert(u"exactNextOnCallRecipients"_s, strings(people));
    } else {
        data.insert(u"nextOnCallParticipants"_s, participants);
        data.insert(u"exactNextOnCallParticipants"_s, participants);
    }
    return json(call, 200, QJsonObject{{u"data"_s, data}}, true);
}

HttpResponse FakeGenieServer::schedulesList(Call& call)
{
    // `query` matches the name exactly, ignoring case (JSM Ops documents it so; Opsgenie lists everything).
    const QString query = call.request.queryValue(u"query"_s);
    QJsonArray items;
    for (const FakeSchedule& schedule : m_schedules) {
        if (query.isEmpty() || schedule.name.compare(query, Qt::CaseInsensitive) == 0)
            items.append(
                QJsonObject{{u"id"_s, schedule.id}, {u"name"_s, schedule.name}, {u"enabled"_s, schedule.enabled}});
    }
    if (isJsm())
        return json(call, 200, QJsonObject{{u"values"_s, items}, {u"links"_s, QJsonObject()}}, false);
    return json(call, 200, QJsonObject{{u"data"_s, items}}, true);
}

QJsonObject FakeGenieServer::heartbeatJson(const FakeHeartbeat& heartbeat) const
{
    const FakeTeam* team = m_store.team(heartbeat.ownerTeamName);
    QJsonObject json{{u"name"_s, heartbeat.name}, {u"description"_s, heartbeat.description},
        {u"interval"_s, heartbeat.interval}, {u"intervalUnit"_s, heartbeat.intervalUnit},
        {u"enabled"_s, heartbeat.enabled}, {u"expired"_s, heartbeat.expired},
        {u"ownerTeam"_s, QJsonObject{{u"id"_s, team ? team->id : QString()}, {u"name"_s, heartbeat.ownerTeamName}}},
        {u"alertMessage"_s, heartbeat.alertMessage}, {u"alertTags"_s, strings(heartbeat.alertTags)},
        {u"alertPriority"_s, heartbeat.alertPriority}};
    if (heartbeat.lastPingTime.isValid())
        json.insert(u"lastPingTime"_s, isoTime(heartbeat.lastPingTime));
    if (isJsm()) {
        // JSM Ops answers the unit capitalised and adds a status (rrvrs/jira-alerts-mcp heartbeat tools).
        json.insert(u"intervalUnit"_s, capitalised(heartbeat.intervalUnit));
        const QString status = !heartbeat.enabled ? u"Off"_s
            : heartbeat.expired                   ? u"Unresponsive"_s
            : heartbeat.lastPingTime.isValid()    ? u"Responsive"_s
                                                  : u"Pending"_s;
        json.insert(u"status"_s, status);
    }
    return json;
}

HttpResponse FakeGenieServer::heartbeats(Call& call)
{
    QJsonArray items;
    for (const FakeHeartbeat& heartbeat : m_heartbeats)
        items.append(heartbeatJson(heartbeat));
    return json(call, 200, QJsonObject{{u"data"_s, QJsonObject{{u"heartbeats"_s, items}}}}, true);
}

HttpResponse FakeGenieServer::heartbeat(Call& call, bool ping)
{
    const QString name = isJsm() ? call.request.queryValue(u"name"_s) : call.rest[1];
    for (FakeHeartbeat& known : m_heartbeats) {
        if (known.name != name)
            continue;
        if (!ping)
            return json(call, 200, QJsonObject{{u"data"_s, heartbeatJson(known)}}, true);
        known.lastPingTime = now();
        known.expired = false;
        if (isJsm())
            return json(call, 200, heartbeatJson(known), false);
        return json(call, 202, QJsonObject{{u"result"_s, u"PONG - Heartbeat received"_s}}, true);
    }
    return error(call, 404, u"Heartbeat with name [%1] does not exist"_s.arg(name));
}

HttpResponse FakeGenieServer::teamHeartbeats(Call& call)
{
    if (!m_options.jsmHeartbeatsInPlan)
        return json(call, 402, QJsonObject{{u"message"_s, u"Please upgrade your pricing plan"_s}}, false);
    const FakeTeam* team = m_store.team(call.rest[1]);
    if (!team || team->id != call.rest[1])
        return error(call, 404, u"Team [%1] does not exist"_s.arg(call.rest[1]));
    if (call.rest.size() == 4) {
        if (call.rest[3] != u"ping")
            return error(call, 404, u"No route for %1"_s.arg(call.request.path));
        return heartbeat(call, true);
    }
    const QString name = call.request.queryValue(u"name"_s);
    QJsonArray items;
    for (const FakeHeartbeat& heartbeat : m_heartbeats) {
        if (heartbeat.ownerTeamName == team->name && (name.isEmpty() || heartbeat.name == name))
            items.append(heartbeatJson(heartbeat));
    }
    return json(call, 200, QJsonObject{{u"values"_s, items}, {u"links"_s, QJsonObject()}}, false);
}

HttpResponse FakeGenieServer::teamsList(Call& call)
{
    QJsonArray items;
    for (const FakeTeam& team : m_store.teams())
        items.append(QJsonObject{{u"id"_s, team.id}, {u"name"_s, team.name}, {u"description"_s, QString()}});
    return json(call, 200, QJsonObject{{u"data"_s, items}}, true);
}

HttpResponse FakeGenieServer::escalationsList(Call& call)
{
    QString teamId;
    if (isJsm()) {
        const FakeTeam* team = m_store.team(call.rest[1]);
        if (!team || team->id != call.rest[1])
            return error(call, 404, u"Team [%1] does not exist"_s.arg(call.rest[1]));
        teamId = team->id;
    }
    QJsonArray items;
    for (const FakeEscalation& escalation : m_store.escalations()) {
        if (isJsm() && escalation.ownerTeamId != teamId)
            continue;
        const FakeTeam* owner = m_store.team(escalation.ownerTeamId);
        QJsonObject item{{u"id"_s, escalation.id}, {u"name"_s, escalation.name}};
        if (owner)
            item.insert(u"ownerTeam"_s, QJsonObject{{u"id"_s, owner->id}, {u"name"_s, owner->name}});
        items.append(item);
    }
    if (isJsm())
        return json(call, 200, QJsonObject{{u"values"_s, items}, {u"links"_s, QJsonObject()}}, false);
    return json(call, 200, QJsonObject{{u"data"_s, items}}, true);
}

} // namespace wk::fakegenie
