#include "demo/DemoAlertBackend.h"

#include "common/Background.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::demo {

DemoAlertBackend::DemoAlertBackend(std::shared_ptr<const DemoFleet> fleet, const Clock& clock, int confirmDelayMs)
    : m_state(std::make_shared<State>(std::move(fleet)))
    , m_clock(clock)
    , m_confirmDelayMs(confirmDelayMs)
{ }

QString DemoAlertBackend::sourceName() const
{
    return u"demo alerts"_s;
}

void DemoAlertBackend::list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done)
{
    const QDateTime now = m_clock.now();
    runInBackground<Result<alerts::AlertPage>>(
        context,
        [state = m_state, query, now]() -> Result<alerts::AlertPage> {
            std::lock_guard lock(state->mutex);
            state->desk.advanceTo(now);
            alerts::AlertQuery next = query;
            next.offset += query.limit;
            alerts::AlertPage page;
            page.alerts = state->desk.alerts(query);
            page.more = query.limit > 0 && !state->desk.alerts(next).isEmpty();
            return page;
        },
        std::move(done));
}

void DemoAlertBackend::get(const QString& alertId, QObject* context, Callback<alerts::Alert> done)
{
    runInBackground<Result<alerts::Alert>>(
        context,
        [state = m_state, alertId] {
            std::lock_guard lock(state->mutex);
            return state->desk.alert(alertId);
        },
        std::move(done));
}

void DemoAlertBackend::send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done)
{
    // Like the vendors: accepted at once with a request id, applied a moment later. A timer, not a sleeping
    // worker, so queries keep flowing meanwhile; the change lands even if the asker has gone.
    auto apply = [state = m_state, action, &clock = m_clock] {
        std::lock_guard lock(state->mutex);
        if (state->processed.contains(action.actionId))
            return; // the same request twice is applied once
        const QDateTime now = clock.now();
        state->desk.advanceTo(now);
        const Result<alerts::Alert> result = state->desk.apply(action, now);
        state->processed.insert(action.actionId,
            result ? alerts::ActionStatus{alerts::ActionOutcome::Landed, {}, now}
                   : alerts::ActionStatus{alerts::ActionOutcome::Failed, result.error().detail, now});
    };
    if (m_confirmDelayMs > 0)
        QTimer::singleShot(m_confirmDelayMs, qApp, std::move(apply));
    else
        apply();
    QMetaObject::invokeMethod(
        context, [done = std::move(done), id = action.actionId] { done(alerts::ActionReceipt{id}); },
        Qt::QueuedConnection);
}

void DemoAlertBackend::actionStatus(
    const alerts::AlertAction&, const QString& requestId, QObject* context, Callback<alerts::ActionStatus> done)
{
    alerts::ActionStatus status;
    {
        std::lock_guard lock(m_state->mutex);
        status = m_state->processed.value(requestId, alerts::ActionStatus{});
    }
    QMetaObject::invokeMethod(
        context, [done = std::move(done), status] { done(status); }, Qt::QueuedConnection);
}

void DemoAlertBackend::hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done)
{
    bool landed = false;
    {
        std::lock_guard lock(m_state->mutex);
        const auto it = m_state->processed.constFind(action.actionId);
        landed = it != m_state->processed.constEnd() && it->outcome == alerts::ActionOutcome::Landed;
    }
    QMetaObject::invokeMethod(
        context, [done = std::move(done), landed] { done(landed); }, Qt::QueuedConnection);
}

void DemoAlertBackend::onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done)
{
    const QDateTime now = m_clock.now();
    runInBackground<Result<alerts::OnCall>>(
        context,
        [state = m_state, team, now]() -> Result<alerts::OnCall> {
            std::lock_guard lock(state->mutex);
            return state->desk.onCall(team, now);
        },
        std::move(done));
}

} // namespace wk::demo
