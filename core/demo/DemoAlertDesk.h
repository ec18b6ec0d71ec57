#pragma once

#include "alerts/AlertBackend.h"
#include "demo/AlertRules.h"
#include "demo/DemoFleet.h"
#include "demo/OnCallRoster.h"

#include <QHash>

namespace wk::demo {

// The demo's alert service, synchronous and clock-driven: alerts open when the fleet's rules fire, close when
// they resolve, escalate when nobody acknowledges in time, and take the same actions Opsgenie would.
class DemoAlertDesk
{
public:
    static constexpr qint64 historyMs = 6 * 3600 * 1000; // how much past the desk replays on first use

    explicit DemoAlertDesk(const DemoFleet& fleet);

    // Replays the rules up to `now` (the first call starts `historyMs` earlier).
    void advanceTo(const QDateTime& now);

    QList<alerts::Alert> alerts(const alerts::AlertQuery& query) const;
    Result<alerts::Alert> alert(const QString& id) const;
    Result<alerts::Alert> apply(const alerts::AlertAction& action, const QDateTime& now);
    alerts::OnCall onCall(const QString& team, const QDateTime& at) const { return m_roster.onCall(team, at); }
    QStringList ruleErrors() const { return m_engine.evaluationErrors(); }

private:
    void open(const RuleEvent& event);
    void resolve(const RuleEvent& event);
    void escalateOverdue(qint64 nowMs);
    void escalate(alerts::Alert& alert, const QDateTime& at, const QString& by, const QString& why);

    const DemoFleet& m_fleet;
    AlertRuleEngine m_engine;
    OnCallRoster m_roster;
    QHash<QString, alerts::Alert> m_alerts;
    int m_nextTinyId = 1001; // the short numbers people say out loud, as the vendors hand them out
    QHash<QString, QString> m_openByAlias;
    bool m_started = false;
};

} // namespace wk::demo
