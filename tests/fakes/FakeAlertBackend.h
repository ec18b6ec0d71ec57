#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"

#include <QMetaObject>
#include <QPointer>

#include <deque>

namespace wk::fakes {

using namespace Qt::StringLiterals;

// An alert service in memory. Reads answer on the next event-loop turn; writes wait until the test calls
// completeNext() or failNext(), so a test can look at the screen while an action is still pending.
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

    // Lands the oldest unanswered action and reports the alert as it now is. False when nothing waits.
    bool completeNext()
    {
        if (m_queue.empty())
            return false;
        Pending p = takeNext();
        alerts::Alert* alert = findMutable(p.action.alertId);
        if (alert == nullptr) {
            answer(p, makeError(ErrorCode::NotFound, u"no alert "_s + p.action.alertId));
            return true;
        }
        apply(p.action, *alert);
        answer(p, *alert);
        return true;
    }

    // Refuses the oldest unanswered action; the alert stays as it was.
    bool failNext(const QString& reason, ErrorCode code = ErrorCode::BadQuery)
    {
        if (m_queue.empty())
            return false;
        Pending p = takeNext();
        answer(p, makeError(code, reason));
        return true;
    }

    QString sourceName() const override { return u"fake"_s; }

    void list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done) override
    {
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

    void submit(const alerts::AlertAction& action, QObject* context, Callback<alerts::Alert> done) override
    {
        m_submitted.append(action);
        m_queue.push_back(Pending{action, QPointer<QObject>(context), std::move(done)});
    }

    void onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done) override
    {
        alerts::OnCall onCall{team, u"weekly"_s, {{u"Primary Person"_s, u"primary"_s, 0, 5}}};
        later(context, [done, onCall] { done(onCall); });
    }

private:
    struct Pending
    {
        alerts::AlertAction action;
        QPointer<QObject> context;
        Callback<alerts::Alert> done;
    };

    Pending takeNext()
    {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        return p;
    }

    // Like a real backend: nobody is called back once the context that asked is gone.
    static void answer(const Pending& p, Result<alerts::Alert> result)
    {
        if (p.context)
            p.done(std::move(result));
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
        }
        alert.updatedAt = now;
    }

    const Clock& m_clock;
    QList<alerts::Alert> m_alerts;
    QList<alerts::AlertAction> m_submitted;
    std::deque<Pending> m_queue;
};

} // namespace wk::fakes
