#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "demo/DemoAlertDesk.h"

#include <QHash>

#include <memory>
#include <mutex>

namespace wk::demo {

// The demo fleet's alert service behind the AlertBackend seam. Work runs off the GUI thread; writes are
// confirmed after `confirmDelayMs`, the way a real backend answers 202 and lands the change a moment later.
class DemoAlertBackend final : public alerts::AlertBackend
{
public:
    DemoAlertBackend(std::shared_ptr<const DemoFleet> fleet, const Clock& clock, int confirmDelayMs = 400);

    QString sourceName() const override;
    void list(const alerts::AlertQuery& query, QObject* context, Callback<alerts::AlertPage> done) override;
    void get(const QString& alertId, QObject* context, Callback<alerts::Alert> done) override;
    void onCall(const QString& team, QObject* context, Callback<alerts::OnCall> done) override;
    void send(const alerts::AlertAction& action, QObject* context, Callback<alerts::ActionReceipt> done) override;
    void actionStatus(const alerts::AlertAction& action, const QString& requestId, QObject* context,
        Callback<alerts::ActionStatus> done) override;
    void hasLanded(const alerts::AlertAction& action, QObject* context, Callback<bool> done) override;

private:
    struct State
    {
        explicit State(std::shared_ptr<const DemoFleet> f)
            : fleet(std::move(f))
            , desk(*fleet)
        { }
        std::shared_ptr<const DemoFleet> fleet;
        std::mutex mutex;
        DemoAlertDesk desk;
        QHash<QString, alerts::ActionStatus> processed; // request id (the action id) -> how it ended
    };

    std::shared_ptr<State> m_state;
    const Clock& m_clock;
    int m_confirmDelayMs;
};

} // namespace wk::demo
