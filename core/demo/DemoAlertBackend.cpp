#include "demo/DemoAlertBackend.h"

#include "common/Background.h"

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

void DemoAlertBackend::submit(const alerts::AlertAction& action, QObject* context, Callback<alerts::Alert> done)
{
    const QDateTime now = m_clock.now();
    auto apply = [state = m_state, action, now, context, done = std::move(done)]() mutable {
        runInBackground<Result<alerts::Alert>>(
            context,
            [state, action, now] {
                std::lock_guard lock(state->mutex);
                state->desk.advanceTo(now);
                return state->desk.apply(action, now);
            },
            std::move(done));
    };
    // The wait stands for the backend's asynchronous processing (202 now, the change lands a moment later);
    // a timer, not a sleeping worker, so queries keep flowing meanwhile.
    if (m_confirmDelayMs > 0)
        QTimer::singleShot(m_confirmDelayMs, context, std::move(apply));
    else
        apply();
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
