#include "GenieStore.h"

#include "FakeAlertJson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

// What each processed write does to the alerts: create (with alias dedup) and the actions.
namespace wk::fakegenie {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

} // namespace

ActionOutcome GenieStore::apply(const PendingAction& action, const QDateTime& now)
{
    if (action.kind == u"Create")
        return create(action, now);
    FakeAlert* alert = find(action.identifier, action.identifierType);
    if (!alert)
        return {false, u"Alert does not exist"_s, {}, {}};
    const QString user = action.body.value(u"user"_s).toString();
    return change(*alert, action, user.isEmpty() ? m_integration.name : user, now);
}

ActionOutcome GenieStore::create(const PendingAction& action, const QDateTime& now)
{
    const QJsonObject& body = action.body;
    const QString user = body.value(u"user"_s).toString();
    const QString actor = user.isEmpty() ? m_integration.name : user;
    const QString alias = body.value(u"alias"_s).toString();
    const QString note = body.value(u"note"_s).toString();
    // An open alert with the same alias is the same problem happening again: count it, do not duplicate it.
    if (!alias.isEmpty()) {
        if (FakeAlert* existing = const_cast<FakeAlert*>(openByAlias(alias))) {
            existing->count += 1;
            existing->lastOccurredAt = now;
            existing->updatedAt = now;
            addLog(*existing, u"Alert occurred again, count is now %1"_s.arg(existing->count), actor, now);
            if (!note.isEmpty())
                existing->notes.append({note, actor, now});
            return {true, u"Created alert"_s, existing->id, existing->alias};
        }
    }
    FakeAlert alert;
    alert.message = body.value(u"message"_s).toString();
    alert.alias = alias;
    alert.description = body.value(u"description"_s).toString();
    alert.entity = body.value(u"entity"_s).toString();
    alert.source = body.value(u"source"_s).toString();
    if (alert.source.isEmpty())
        alert.source = u"127.0.0.1"_s; // Opsgenie defaults the source to the caller's address
    const QString priority = body.value(u"priority"_s).toString();
    alert.priority = priority.isEmpty() ? u"P3"_s : priority;
    alert.tags = stringList(body.value(u"tags"_s));
    alert.actions = stringList(body.value(u"actions"_s));
    alert.details = body.value(u"details"_s).toObject();
    const QJsonArray responders = body.value(u"responders"_s).toArray();
    for (const QJsonValue& value : responders) {
        const QJsonObject responder = value.toObject();
        const QString type = responder.value(u"type"_s).toString();
        const QString id = responder.value(u"id"_s).toString();
        const QString name = responder.value(u"name"_s).toString();
        const QString username = responder.value(u"username"_s).toString();
        // Unknown teams and escalations are left out, as Opsgenie does not route to them.
        if (type == u"team") {
            if (const FakeTeam* known = team(id.isEmpty() ? name : id)) {
                if (!alert.teamIds.contains(known->id))
                    alert.teamIds.append(known->id);
                alert.responders.append({type, known->id});
            }
        } else if (type == u"escalation") {
            if (const FakeEscalation* known = escalation(id, name))
                alert.responders.append({type, known->id});
        } else if (!type.isEmpty()) {
            const QString who = !id.isEmpty() ? id : (!username.isEmpty() ? username : name);
            if (!who.isEmpty())
                alert.responders.append({type, who});
        }
    }
    FakeAlert& inserted = insert(std::move(alert), now);
    addLog(inserted, u"Alert created via %1 by %2"_s.arg(m_integration.name, actor), actor, now);
    if (!note.isEmpty())
        inserted.notes.append({note, actor, now});
    return {true, u"Created alert"_s, inserted.id, inserted.alias};
}

ActionOutcome GenieStore::change(
    FakeAlert& alert, const PendingAction& action, const QString& actor, const QDateTime& now)
{
    ActionOutcome outcome{true, {}, alert.id, alert.alias};
    const QJsonObject& body = action.body;
    const QString& kind = action.kind;
    if (kind == u"Acknowledge") {
        // Acknowledging an acknowledged alert is a no-op that still succeeds; report.ackTime is the first ack.
        if (!alert.acknowledged) {
            alert.acknowledged = true;
            alert.isSeen = true;
            if (alert.ackTime < 0) {
                alert.ackTime = alert.createdAt.msecsTo(now);
                alert.acknowledgedBy = actor;
            }
        }
        addLog(alert, u"Acknowledged by %1"_s.arg(actor), actor, now);
        outcome.status = u"Acknowledged alert"_s;
    } else if (kind == u"UnAcknowledge") {
        alert.acknowledged = false; // a no-op on a never-acknowledged alert
        addLog(alert, u"Unacknowledged by %1"_s.arg(actor), actor, now);
        outcome.status = u"Unacknowledged alert"_s;
    } else if (kind == u"Close") {
        if (alert.isOpen()) {
            alert.status = u"closed"_s;
            alert.snoozed = false;
            alert.closeTime = alert.createdAt.msecsTo(now);
            alert.closedBy = actor;
        }
        addLog(alert, u"Closed by %1"_s.arg(actor), actor, now);
        outcome.status = u"Closed alert"_s;
    } else if (kind == u"Snooze") {
        alert.snoozed = true;
        alert.snoozedUntil = parseIsoTime(body.value(u"endTime"_s).toString());
        addLog(alert, u"Snoozed until %1 by %2"_s.arg(isoTime(alert.snoozedUntil), actor), actor, now);
        outcome.status = u"Snoozed alert"_s;
    } else if (kind == u"Escalate") {
        const QJsonObject wanted = body.value(u"escalation"_s).toObject();
        const QString id = wanted.value(u"id"_s).toString();
        const QString name = wanted.value(u"name"_s).toString();
        const FakeEscalation* policy = escalation(id, name);
        if (!policy)
            return {false, u"Escalation [%1] does not exist"_s.arg(id.isEmpty() ? name : id), alert.id, alert.alias};
        const bool already = std::any_of(alert.responders.cbegin(), alert.responders.cend(),
            [policy](const FakeResponder& r) { return r.type == u"escalation" && r.id == policy->id; });
        if (!already)
            alert.responders.append({u"escalation"_s, policy->id});
        addLog(alert, u"Escalated to %1 by %2"_s.arg(policy->name, actor), actor, now, u"alertEscalation"_s);
        outcome.status = u"Escalated alert"_s;
    } else if (kind == u"Assign") {
        const QJsonObject owner = body.value(u"owner"_s).toObject();
        const QString username = owner.value(u"username"_s).toString();
        alert.owner = username.isEmpty() ? owner.value(u"id"_s).toString() : username;
        addLog(alert, u"Assigned to %1 by %2"_s.arg(alert.owner, actor), actor, now);
        outcome.status = u"Assigned alert"_s;
    } else if (kind == u"AddNote") {
        addLog(alert, u"Note added by %1"_s.arg(actor), actor, now, u"alertNote"_s);
        outcome.status = u"Added note"_s;
    } else if (kind == u"AddTags") {
        const QStringList tags = stringList(body.value(u"tags"_s));
        for (const QString& tag : tags) {
            if (!alert.tags.contains(tag))
                alert.tags.append(tag);
        }
        addLog(alert, u"Tags [%1] added by %2"_s.arg(tags.join(u", "_s), actor), actor, now);
        outcome.status = u"Added tags"_s;
    } else if (kind == u"RemoveTags") {
        for (const QString& tag : action.tags)
            alert.tags.removeAll(tag);
        addLog(alert, u"Tags [%1] removed by %2"_s.arg(action.tags.join(u", "_s), actor), actor, now);
        outcome.status = u"Removed tags"_s;
    } else if (kind == u"UpdateMessage") {
        alert.message = body.value(u"message"_s).toString();
        addLog(alert, u"Message updated by %1"_s.arg(actor), actor, now);
        outcome.status = u"Updated message"_s;
    } else if (kind == u"UpdateDescription") {
        alert.description = body.value(u"description"_s).toString();
        addLog(alert, u"Description updated by %1"_s.arg(actor), actor, now);
        outcome.status = u"Updated description"_s;
    } else if (kind == u"UpdatePriority") {
        alert.priority = body.value(u"priority"_s).toString();
        addLog(alert, u"Priority changed to %1 by %2"_s.arg(alert.priority, actor), actor, now);
        outcome.status = u"Updated priority"_s;
    } else if (kind == u"ExecuteAction") {
        // An unknown custom action is accepted and silently does nothing (JSM Ops semantics).
        if (alert.actions.contains(action.actionName))
            addLog(alert, u"Executed action %1 by %2"_s.arg(action.actionName, actor), actor, now);
        outcome.status = u"Executed action"_s;
    } else if (kind == u"Delete") {
        outcome.status = u"Deleted alert"_s;
        remove(alert.id); // `alert` is gone from here on
        return outcome;
    } else {
        return {false, u"Unsupported action %1"_s.arg(kind), alert.id, alert.alias};
    }
    const QString note = body.value(u"note"_s).toString();
    if (!note.isEmpty())
        alert.notes.append({note, actor, now});
    alert.updatedAt = now;
    return outcome;
}

} // namespace wk::fakegenie
