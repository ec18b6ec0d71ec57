#include "FakeGenieServer.h"

#include "FakeAlertJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// The alert writes: validate synchronously (400/422), then answer 202 and queue the action; processing
// (GenieStore::apply) happens processingDelayMs later.
namespace wk::fakegenie {

namespace {

// Field limits from the OAS and the "Alert API (continued)" page.
constexpr int maxMessage = 130;
constexpr int maxAlias = 512;
constexpr int maxDescription = 15'000;
constexpr int maxEntity = 512;
constexpr int maxUserOrSource = 100;
constexpr int maxNote = 25'000;
constexpr int maxTags = 20;
constexpr int maxActions = 10;
constexpr int maxTagOrActionLength = 50;

struct Problem
{
    QString field;
    QString text;
};

qsizetype characters(const QString& text)
{
    return text.toUcs4().size();
}

// A string field that may be absent; present, it must be a string of at most `max` characters.
std::optional<Problem> checkString(const QJsonObject& body, const QString& field, int max)
{
    if (!body.contains(field) || body.value(field).isNull())
        return std::nullopt;
    if (!body.value(field).isString())
        return Problem{field, u"%1 should be a string"_s.arg(field)};
    if (characters(body.value(field).toString()) > max)
        return Problem{field, u"%1 can not be longer than %2 characters"_s.arg(field).arg(max)};
    return std::nullopt;
}

std::optional<Problem> checkStringArray(const QJsonObject& body, const QString& field, int maxItems)
{
    if (!body.contains(field))
        return std::nullopt;
    if (!body.value(field).isArray())
        return Problem{field, u"%1 should be an array of strings"_s.arg(field)};
    const QJsonArray items = body.value(field).toArray();
    if (items.size() > maxItems)
        return Problem{field, u"%1 can not have more than %2 items"_s.arg(field).arg(maxItems)};
    for (const QJsonValue& item : items) {
        if (!item.isString())
            return Problem{field, u"%1 should be an array of strings"_s.arg(field)};
        if (characters(item.toString()) > maxTagOrActionLength)
            return Problem{
                field, u"%1 items can not be longer than %2 characters"_s.arg(field).arg(maxTagOrActionLength)};
    }
    return std::nullopt;
}

bool isPriority(const QString& value)
{
    static const QStringList priorities = {u"P1"_s, u"P2"_s, u"P3"_s, u"P4"_s, u"P5"_s};
    return priorities.contains(value);
}

std::optional<Problem> checkMessage(const QJsonObject& body)
{
    if (body.value(u"message"_s).toString().trimmed().isEmpty())
        return Problem{u"message"_s, u"Message can not be empty."_s};
    return checkString(body, u"message"_s, maxMessage);
}

std::optional<Problem> checkCommon(const QJsonObject& body)
{
    if (auto problem = checkString(body, u"user"_s, maxUserOrSource))
        return problem;
    if (auto problem = checkString(body, u"source"_s, maxUserOrSource))
        return problem;
    return checkString(body, u"note"_s, maxNote);
}

std::optional<Problem> checkCreate(const QJsonObject& body)
{
    if (auto problem = checkMessage(body))
        return problem;
    for (const auto& [field, max] : {std::pair{u"alias"_s, maxAlias}, std::pair{u"description"_s, maxDescription},
             std::pair{u"entity"_s, maxEntity}}) {
        if (auto problem = checkString(body, field, max))
            return problem;
    }
    const QString priority = body.value(u"priority"_s).toString();
    if (!priority.isEmpty() && !isPriority(priority))
        return Problem{u"priority"_s, u"Priority should be one of [P1, P2, P3, P4, P5]"_s};
    if (auto problem = checkStringArray(body, u"tags"_s, maxTags))
        return problem;
    if (auto problem = checkStringArray(body, u"actions"_s, maxActions))
        return problem;
    if (body.contains(u"details"_s) && !body.value(u"details"_s).isObject() && !body.value(u"details"_s).isNull())
        return Problem{u"details"_s, u"details should be an object of strings"_s};
    if (body.contains(u"responders"_s)) {
        if (!body.value(u"responders"_s).isArray())
            return Problem{u"responders"_s, u"responders should be an array"_s};
        for (const QJsonValue& responder : body.value(u"responders"_s).toArray()) {
            if (responder.toObject().value(u"type"_s).toString().isEmpty())
                return Problem{u"responders"_s, u"Each responder needs a type: team, user, escalation or schedule"_s};
        }
    }
    return checkCommon(body);
}

// What each action needs beyond user, source and note.
std::optional<Problem> checkAction(const QString& kind, const QJsonObject& body, const QDateTime& now)
{
    if (kind == u"Snooze") {
        const QString endTime = body.value(u"endTime"_s).toString();
        if (endTime.isEmpty())
            return Problem{u"endTime"_s, u"endTime is required"_s};
        const QDateTime end = parseIsoTime(endTime);
        if (!end.isValid())
            return Problem{u"endTime"_s, u"endTime should be an ISO-8601 date-time"_s};
        if (end <= now)
            return Problem{u"endTime"_s, u"endTime should be in the future"_s};
    } else if (kind == u"Escalate") {
        const QJsonObject escalation = body.value(u"escalation"_s).toObject();
        if (escalation.value(u"id"_s).toString().isEmpty() && escalation.value(u"name"_s).toString().isEmpty())
            return Problem{u"escalation"_s, u"escalation is required, with an id or a name"_s};
    } else if (kind == u"Assign") {
        const QJsonObject owner = body.value(u"owner"_s).toObject();
        if (owner.value(u"id"_s).toString().isEmpty() && owner.value(u"username"_s).toString().isEmpty())
            return Problem{u"owner"_s, u"owner is required, with an id or a username"_s};
    } else if (kind == u"AddNote") {
        if (body.value(u"note"_s).toString().trimmed().isEmpty())
            return Problem{u"note"_s, u"note can not be empty"_s};
    } else if (kind == u"AddTags") {
        if (body.value(u"tags"_s).toArray().isEmpty())
            return Problem{u"tags"_s, u"tags can not be empty"_s};
        return checkStringArray(body, u"tags"_s, maxTags);
    } else if (kind == u"UpdateMessage") {
        return checkMessage(body);
    } else if (kind == u"UpdateDescription") {
        // Alertmanager sends {} when its description template renders empty; take that as "".
        return checkString(body, u"description"_s, maxDescription);
    } else if (kind == u"UpdatePriority") {
        if (!isPriority(body.value(u"priority"_s).toString()))
            return Problem{u"priority"_s, u"Priority should be one of [P1, P2, P3, P4, P5]"_s};
    }
    return std::nullopt;
}

} // namespace

HttpResponse FakeGenieServer::createAlert(Call& call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(call, 400, u"Could not parse the request body as a JSON object"_s);
    const QJsonObject body = document.object();
    if (const auto problem = checkCreate(body))
        return invalidField(call, problem->field, problem->text);
    PendingAction action;
    action.requestId = call.requestId;
    action.kind = u"Create"_s;
    action.body = body;
    enqueue(action);
    return accepted(call);
}

HttpResponse FakeGenieServer::alertAction(Call& call, const QString& kind)
{
    const HttpRequest& request = call.request;
    const auto type = identifierType(call);
    if (!type)
        return error(call, 422, u"identifierType must be one of id, tiny, alias"_s);
    QJsonObject body;
    if (request.method == "DELETE") {
        // DELETE carries user, source (and note) in the query string.
        for (const QString& key : {u"user"_s, u"source"_s, u"note"_s}) {
            if (request.hasQuery(key))
                body.insert(key, request.queryValue(key));
        }
    } else if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return error(call, 400, u"Could not parse the request body as a JSON object"_s);
        body = document.object();
    }
    if (const auto problem = checkCommon(body))
        return invalidField(call, problem->field, problem->text);
    if (const auto problem = checkAction(kind, body, now()))
        return invalidField(call, problem->field, problem->text);

    PendingAction action;
    action.requestId = call.requestId;
    action.kind = kind;
    action.identifier = call.rest[1];
    action.identifierType = *type;
    action.body = body;
    if (kind == u"RemoveTags") {
        action.tags = request.queryValue(u"tags"_s).split(u',', Qt::SkipEmptyParts);
        for (QString& tag : action.tags)
            tag = tag.trimmed();
        if (action.tags.isEmpty())
            return invalidField(call, u"tags"_s, u"tags query parameter can not be empty"_s);
    } else if (kind == u"ExecuteAction") {
        // Opsgenie: POST /v2/alerts/{id}/actions/{name}; JSM Ops: POST /v1/alerts/{id}/action with the name in the
        // body.
        action.actionName = isJsm() ? body.value(u"action"_s).toString(body.value(u"name"_s).toString()) : call.rest[3];
        if (action.actionName.isEmpty())
            return invalidField(call, u"action"_s, u"action is required"_s);
    }
    enqueue(action);
    return accepted(call);
}

} // namespace wk::fakegenie
