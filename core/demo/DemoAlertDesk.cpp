#include "demo/DemoAlertDesk.h"

#include <QCryptographicHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::demo {

namespace {

QString fillTemplate(QString text, const metrics::Labels& labels, double value)
{
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        text.replace(u"{{"_s + it.key() + u"}}"_s, it.value());
    const QString v = std::abs(value) >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 3);
    return text.replace(u"{{value}}"_s, v);
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

DemoAlertDesk::DemoAlertDesk(const DemoFleet& fleet)
    : m_fleet(fleet)
    , m_engine(fleet, defaultAlertRules())
{ }

void DemoAlertDesk::advanceTo(const QDateTime& now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (!m_started) {
        m_engine.startAt(nowMs - historyMs);
        m_started = true;
    }
    const qint64 step = m_fleet.scrapeIntervalMs();
    // Escalation is checked at every evaluation step, so replaying history escalates as it would have live.
    while (m_engine.lastEvaluationMs() + step <= nowMs) {
        const qint64 next = m_engine.lastEvaluationMs() + step;
        for (const RuleEvent& event : m_engine.advanceTo(next)) {
            if (event.type == RuleEvent::Type::Fired)
                open(event);
            else
                resolve(event);
        }
        escalateOverdue(next);
    }
    // A snooze ends by itself: the alert is open again and pages as before.
    for (auto& a : m_alerts) {
        if (a.status == alerts::AlertStatus::Snoozed && a.snoozedUntil.isValid() && a.snoozedUntil <= now) {
            a.status = alerts::AlertStatus::Open;
            a.updatedAt = a.snoozedUntil;
            a.notes.append({a.snoozedUntil, u"Opsgenie policy"_s, u"Snooze ended."_s});
        }
    }
}

void DemoAlertDesk::open(const RuleEvent& event)
{
    if (m_openByAlias.contains(event.alias))
        return;
    const AlertRule& rule = *event.rule;
    alerts::Alert a;
    const QByteArray key = (event.alias + QString::number(event.atMs)).toUtf8();
    a.id = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16));
    a.alias = event.alias;
    a.tinyId = QString::number(m_nextTinyId++);
    a.message = fillTemplate(rule.summary, event.labels, event.value);
    a.description = rule.description + u"\n\nWhat to do: "_s + rule.action + u'.';
    a.priority = rule.priority;
    a.team = rule.team;
    a.service = event.labels.value(u"service"_s);
    if (a.service.isEmpty())
        a.service = m_fleet.serviceOnNode(event.labels.value(u"node"_s));
    a.tags = rule.tags;
    a.source = u"prometheus (demo fleet)"_s;
    a.runbookUrl = u"runbook:"_s + rule.runbook;
    a.createdAt = fromMs(event.atMs);
    a.updatedAt = a.createdAt;
    a.lastOccurredAt = a.createdAt;
    a.details.insert(u"alertname"_s, rule.name);
    a.details.insert(u"action"_s, rule.action);
    a.details.insert(u"rule_expr"_s, rule.expr);
    for (auto it = event.labels.cbegin(); it != event.labels.cend(); ++it) {
        if (it.key() != u"__name__")
            a.details.insert(it.key(), it.value());
    }
    m_openByAlias.insert(a.alias, a.id);
    m_alerts.insert(a.id, a);
}

void DemoAlertDesk::resolve(const RuleEvent& event)
{
    const QString id = m_openByAlias.take(event.alias);
    auto it = m_alerts.find(id);
    if (it == m_alerts.end() || it->status == alerts::AlertStatus::Closed)
        return;
    it->status = alerts::AlertStatus::Closed;
    it->closedAt = fromMs(event.atMs);
    it->updatedAt = it->closedAt;
    it->notes.append({it->closedAt, u"Prometheus"_s, u"Resolved: the condition cleared."_s});
}

void DemoAlertDesk::escalateOverdue(qint64 nowMs)
{
    for (auto& a : m_alerts) {
        if (a.status != alerts::AlertStatus::Open || a.priority > alerts::Priority::P2)
            continue;
        const alerts::OnCall oc = m_roster.onCall(a.team, a.createdAt);
        if (a.escalationLevel + 1 >= oc.people.size())
            continue;
        qint64 deadline = a.createdAt.toMSecsSinceEpoch();
        for (int level = 0; level <= a.escalationLevel; ++level)
            deadline += qint64(oc.people[level].ackMinutes) * 60'000;
        if (nowMs >= deadline) {
            const QString why = u"Not acknowledged within %1 min."_s.arg(oc.people[a.escalationLevel].ackMinutes);
            escalate(a, fromMs(deadline), u"Opsgenie policy"_s, why);
        }
    }
}

void DemoAlertDesk::escalate(alerts::Alert& a, const QDateTime& at, const QString& by, const QString& why)
{
    const alerts::OnCall oc = m_roster.onCall(a.team, at);
    const int next = std::min<int>(a.escalationLevel + 1, int(oc.people.size()) - 1);
    a.escalationLevel = next;
    a.updatedAt = at;
    const QString who = next >= 0 && next < oc.people.size() ? oc.people[next].name : a.team;
    a.notes.append({at, by, why + u" Escalated to "_s + who + u'.'});
}

QList<alerts::Alert> DemoAlertDesk::alerts(const alerts::AlertQuery& query) const
{
    QList<alerts::Alert> out;
    for (const auto& a : m_alerts) {
        if (a.status == alerts::AlertStatus::Closed) {
            if (!query.includeClosed || (query.closedSince.isValid() && a.closedAt < query.closedSince))
                continue;
        }
        out.append(a);
    }
    std::sort(out.begin(), out.end(), [](const auto& x, const auto& y) {
        return x.createdAt != y.createdAt ? x.createdAt > y.createdAt : x.id < y.id;
    });
    return out.mid(query.offset, query.limit > 0 ? query.limit : -1);
}

Result<alerts::Alert> DemoAlertDesk::alert(const QString& id) const
{
    auto it = m_alerts.find(id);
    if (it == m_alerts.end())
        return makeError(ErrorCode::NotFound, u"no alert with id %1"_s.arg(id));
    return *it;
}

Result<alerts::Alert> DemoAlertDesk::apply(const alerts::AlertAction& action, const QDateTime& now)
{
    auto it = m_alerts.find(action.alertId);
    if (it == m_alerts.end())
        return makeError(ErrorCode::NotFound, u"no alert with id %1"_s.arg(action.alertId));
    alerts::Alert& a = *it;
    const QString user = action.user.isEmpty() ? u"you"_s : action.user;
    using alerts::ActionKind;
    using alerts::AlertStatus;
    const bool closed = a.status == AlertStatus::Closed;
    switch (action.kind) {
    case ActionKind::Acknowledge:
        if (closed)
            return makeError(ErrorCode::Http, u"alert %1 is closed; it cannot be acknowledged"_s.arg(a.id));
        a.status = AlertStatus::Acknowledged;
        a.owner = user;
        a.acknowledgedBy = user;
        a.acknowledgedAt = now;
        break;
    case ActionKind::Unacknowledge:
        if (a.status == AlertStatus::Acknowledged)
            a.status = AlertStatus::Open;
        break;
    case ActionKind::Close:
        if (closed)
            return makeError(ErrorCode::Http, u"alert %1 is already closed"_s.arg(a.id));
        a.status = AlertStatus::Closed;
        a.closedAt = now;
        m_openByAlias.remove(a.alias);
        break;
    case ActionKind::Escalate:
        if (closed)
            return makeError(ErrorCode::Http, u"alert %1 is closed; it cannot be escalated"_s.arg(a.id));
        escalate(a, now, user, action.note.isEmpty() ? u"Escalated by hand."_s : action.note);
        return a;
    case ActionKind::AddNote:
        if (action.note.trimmed().isEmpty())
            return makeError(ErrorCode::BadQuery, u"a note needs text"_s);
        break;
    case ActionKind::Snooze:
        if (closed)
            return makeError(ErrorCode::Http, u"alert %1 is closed; it cannot be snoozed"_s.arg(a.id));
        a.status = AlertStatus::Snoozed;
        a.snoozedUntil = action.snoozeUntil;
        break;
    case ActionKind::Assign:
        a.owner = action.assignee;
        break;
    case ActionKind::AddTags:
        for (const QString& tag : action.tags) {
            if (!a.tags.contains(tag))
                a.tags.append(tag);
        }
        break;
    }
    if (!action.note.trimmed().isEmpty())
        a.notes.append({now, user, action.note.trimmed()});
    a.updatedAt = now;
    return a;
}

} // namespace wk::demo
