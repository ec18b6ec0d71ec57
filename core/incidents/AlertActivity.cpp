#include "incidents/AlertActivity.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::incidents {

namespace {

QString millis(const QDateTime& at)
{
    return QString::number(at.toMSecsSinceEpoch());
}

TimelineEvent backendEvent(const alerts::Alert& alert, const QString& activity, const QString& key)
{
    TimelineEvent event;
    event.kind = EventKind::BackendNote;
    event.payload = QJsonObject{
        {u"alert_id"_s, alert.id},
        {u"tiny_id"_s, alert.tinyId},
        {u"activity"_s, activity},
        {u"key"_s, key},
    };
    return event;
}

const LinkedAlert* linkOf(const Incident& incident, const QString& alertId)
{
    const auto found = std::find_if(incident.alerts.cbegin(), incident.alerts.cend(),
        [&alertId](const LinkedAlert& linked) { return linked.alertId == alertId; });
    return found == incident.alerts.cend() ? nullptr : &*found;
}

} // namespace

QString activityKey(const TimelineEvent& event)
{
    return event.payload.value(u"key"_s).toString();
}

QSet<QString> activityKeys(const QList<TimelineEvent>& timeline)
{
    QSet<QString> keys;
    for (const TimelineEvent& event : timeline) {
        if (const QString key = activityKey(event); !key.isEmpty())
            keys.insert(key);
    }
    return keys;
}

QList<TimelineEvent> alertActivity(
    const Incident& incident, const QList<alerts::Alert>& seen, const QSet<QString>& known, const QString& backend)
{
    QList<TimelineEvent> events;
    auto add = [&](TimelineEvent event) {
        if (!known.contains(activityKey(event)))
            events.append(std::move(event));
    };
    for (const alerts::Alert& alert : seen) {
        if (!linkOf(incident, alert.id))
            continue;
        for (const alerts::AlertNote& note : alert.notes) {
            TimelineEvent event = backendEvent(alert, u"note"_s, alerts::noteKey(alert.id, note));
            event.at = note.at;
            event.actor = note.author.isEmpty() ? backend : note.author;
            event.note = note.text;
            add(std::move(event));
        }
        if (alert.acknowledgedAt.isValid()) {
            TimelineEvent event
                = backendEvent(alert, u"acknowledged"_s, u"ack:"_s + alert.id + u':' + millis(alert.acknowledgedAt));
            event.at = alert.acknowledgedAt;
            event.actor = alert.acknowledgedBy.isEmpty() ? backend : alert.acknowledgedBy;
            add(std::move(event));
        }
        if (alert.status == alerts::AlertStatus::Closed && alert.closedAt.isValid()) {
            TimelineEvent event
                = backendEvent(alert, u"closed"_s, u"close:"_s + alert.id + u':' + millis(alert.closedAt));
            event.at = alert.closedAt;
            event.actor = backend;
            add(std::move(event));
        }
    }
    std::stable_sort(
        events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) { return a.at < b.at; });
    return events;
}

std::optional<TimelineEvent> actionEvent(const Incident& incident, const outbox::OutboxRecord& record)
{
    const bool ended = outbox::isFinished(record.state);
    const LinkedAlert* link = linkOf(incident, record.action.alertId);
    if (!ended || !link)
        return std::nullopt;
    TimelineEvent event;
    event.kind = EventKind::Action;
    event.actor = record.action.user;
    event.at
        = record.state == outbox::OutboxState::Landed && record.landedAt.isValid() ? record.landedAt : record.updatedAt;
    event.note = record.action.note;
    QJsonObject payload;
    payload.insert(u"action"_s, alerts::actionToken(record.action.kind));
    payload.insert(u"alert_id"_s, record.action.alertId);
    payload.insert(u"tiny_id"_s, link->tinyId);
    payload.insert(u"state"_s, outbox::stateName(record.state));
    payload.insert(u"key"_s, QString(u"action:"_s + record.action.actionId));
    if (!record.requestId.isEmpty())
        payload.insert(u"request_id"_s, record.requestId);
    if (!record.error.isEmpty())
        payload.insert(u"error"_s, record.error);
    if (!record.action.escalation.isEmpty())
        payload.insert(u"escalation"_s, record.action.escalation);
    if (!record.action.assignee.isEmpty())
        payload.insert(u"assignee"_s, record.action.assignee);
    if (record.action.snoozeUntil.isValid())
        payload.insert(u"until"_s, record.action.snoozeUntil.toString(Qt::ISODateWithMs));
    event.payload = payload;
    return event;
}

} // namespace wk::incidents
