#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"

#include <QHash>
#include <QMetaObject>
#include <QPointer>

#include <deque>

namespace wk::fakes {

using namespace Qt::StringLiterals;

// An alert service in memory. Reads answer on the next event-loop turn; a write is accepted at once (its request
// id is the action id) and processed only when the test calls completeNext() or failNext(), so a test can look
// at the screen while an action is still pending.
class FakeAlertBackend final : public alerts::AlertBackend
{
public:
    explicit FakeAlertBackend(const Clock& clock, QList<alerts::Alert> alerts = {})
        : m_clock(clock)
        , m_alerts(std::move(alerts))
    { }

    void setAlerts(QList<alerts::Alert> alerts) { m_alerts = std::move(alerts); }
    const QList<alerts::Alert>& alerts() const { return m_alerts; }
    const alerts::Alert* find(const QString& id) const
    {
        for (const alerts::Alert& a : m_alerts) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    }

    // Every action ever submitted, answered or not, in order.
    const QList<alerts::AlertAction>& submitted() const { return m_submitted; }
    int pendingCount() const { return static_cast<int>(m_queue.size()); }

    // Lands the oldest unprocessed action. False when nothing waits.
    bool completeNext()
    {
        if (m_queue.empty())
            return false;
        const alerts::AlertAction action = takeNext();
        alerts::Alert* alert = findMutable(action.alertId);
        if (alert == nullptr) {
            m_processed.insert(
                action.actionId, {alerts::ActionOutcome::Failed, u"Alert does not exist"_s, m_clock.now()});
            return true;
        }
        apply(action, *alert);
        m_processed.insert(action.actionId, {alerts::ActionOutcome::Landed, {}, m_clock.now()});
        return true;
    }

    // Refuses the oldest unprocessed action; the alert stays as it was.
    bool failNext(const QString& reason)
    {
        if (m_queue.empty())
            return false;
        const alerts::AlertAction action = takeNext();
        m_processed.insert(action.actionId, {alerts::ActionOutcome::Failed, reason, m_clock.now()});
        return true;
    }

    // The next send() fails with this error before anything is accepted (a refusal, a 429, a dropped line).
    void refuseNextSend(Error error) { m_refusals.push_back(std::move(error)); }

    QString sourceName() const override { return u"fake"_s; }

    // The query of every list() call, in order: what the console asked the service for.
    const QList<alerts::AlertQuery>& listQueries() const { return m_listQueries; }

    void list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done) override
    {
        m_listQueries.append(query);
        alerts::AlertPage page;
        int index = 0;
        for (const alerts::Alert& a : m_alerts) {
            if (!query.includeClosed && a.status == alerts::AlertStatus::Closed)
                continue;
            if (index++ < query.offset)
                continue;
            if (page.alerts.size() == query.limit) {
                page.more = true;
                break;
            }
            page.alerts.append(a);
        }
        later(context, [done, page] { done(page); });
    }

    void get(const QString& alertId, QObject* context, Callback<alerts::Alert> done) override
    {
        const alerts::Alert* a = find(alertId);
        Result<alerts::Alert> result
            = a != nullptr ? Result<alerts::Alert>(*a) : makeError(ErrorCode::NotFound, u"no alert "_s + alertId);
        later(context, [done, result] { done(result); });
    }

    void send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done) override
    {
        if (!m_refusals.empty()) {
            Error error = m_refusals.front();
            m_refusals.pop_front();
            later(context, [done, error] { done(std::unexpected(error)); });
            return;
        }
        m_submitted.append(action);
        m_queue.push_back(action);
        later(context, [done, id = action.actionId] { done(alerts::ActionReceipt{id}); });
    }

    void actionStatus(const alerts::AlertAction&, const QString& requestId, QObject* context,
        Callback<alerts::ActionStatus> done) override
    {
        const alerts::ActionStatus status = m_processed.value(requestId);
        later(context, [done, status] { done(status); });
    }

    void hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done) override
    {
        const bool landed = m_processed.value(action.actionId).outcome == alerts::ActionOutcome::Landed;
        later(context, [done, landed] { done(landed); });
    }

    void onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done) override
    {
        alerts::OnCall onCall{team, u"weekly"_s, {{u"Primary Person"_s, u"primary"_s, 0, 5}}};
        later(context, [done, onCall] { done(onCall); });
    }

private:
    alerts::AlertAction takeNext()
    {
        alerts::AlertAction action = std::move(m_queue.front());
        m_queue.pop_front();
        return action;
    }

    template <typename F> static void later(QObject* context, F f)
    {
        QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
    }

    alerts::Alert* findMutable(const QString& id)
    {
        for (alerts::Alert& a : m_alerts) {
            if (a.id == id)
                return &a;
        }
        return nullptr;
    }

    void apply(const alerts::AlertAction& action, alerts::Alert& alert) const
    {
        const QDateTime now = m_clock.now();
        switch (action.kind) {
        case alerts::ActionKind::Acknowledge:
            alert.status = alerts::AlertStatus::Acknowledged;
            alert.owner = action.user;
            alert.acknowledgedAt = now;
            break;
        case alerts::ActionKind::Unacknowledge:
            alert.status = alerts::AlertStatus::Open;
            alert.acknowledgedAt = {};
            break;
        case alerts::ActionKind::Close:
            alert.status = alerts::AlertStatus::Closed;
            alert.closedAt = now;
            break;
        case alerts::ActionKind::Escalate:
            ++alert.escalationLevel;
            break;
        case alerts::ActionKind::AddNote:
            alert.notes.append(alerts::AlertNote{now, action.user, action.note});
            break;
        case alerts::ActionKind::Snooze:
            alert.status = alerts::AlertStatus::Snoozed;
            alert.snoozedUntil = action.snoozeUntil;
            break;
        case alerts::ActionKind::Assign:
            alert.owner = action.assignee;
            break;
        case alerts::ActionKind::AddTags:
            alert.tags.append(action.tags);
            break;
        }
        alert.updatedAt = now;
    }

    const Clock& m_clock;
    QList<alerts::Alert> m_alerts;
    QList<alerts::AlertAction> m_submitted;
    std::deque<alerts::AlertAction> m_queue;
    std::deque<Error> m_refusals;
    QList<alerts::AlertQuery> m_listQueries;
    QHash<QString, alerts::ActionStatus> m_processed; // request id (= action id) -> how it ended
};

} // namespace wk::fakes
