#include "ChaosPlan.h"

#include <QRandomGenerator>

#include <array>

using namespace Qt::StringLiterals;

namespace wk::chaos {

namespace {

using alerts::ActionKind;

constexpr auto unknownPolicy = u"no-such-policy";

constexpr std::array<const char16_t*, 6> phrases{{
    u"rolled back the canary, watching p99",
    u"feature store lag is back under a minute",
    u"paged the data platform on-call",
    u"drift looks seasonal, keeping an eye on it",
    u"scaled the GPU pool from 6 to 10 nodes",
    u"root cause: a schema change upstream",
}};

struct Lane
{
    QString alertId;
    bool open = true;
    bool acknowledged = false;
    int actions = 0;
    QStringList policiesLeft;
};

// What the alert gets next, given what it has had.
ActionKind nextKind(Lane& lane, QRandomGenerator& rng)
{
    if (!lane.open)
        return ActionKind::AddNote;
    const int roll = int(rng.bounded(100));
    if (roll < 30)
        return ActionKind::AddNote;
    if (roll < 50)
        return lane.acknowledged ? ActionKind::Unacknowledge : ActionKind::Acknowledge;
    if (roll < 62)
        return ActionKind::AddTags;
    if (roll < 72)
        return ActionKind::Snooze;
    if (roll < 84)
        return ActionKind::Assign;
    if (roll < 92)
        return lane.policiesLeft.isEmpty() ? ActionKind::AddNote : ActionKind::Escalate;
    return lane.actions >= 3 ? ActionKind::Close : ActionKind::AddNote;
}

} // namespace

QList<PlannedAction> planActions(const QList<AlertStart>& alerts, const PlanOptions& options)
{
    QRandomGenerator rng(options.seed);
    QList<Lane> lanes;
    for (const AlertStart& alert : alerts)
        lanes.append(Lane{alert.id, alert.open, alert.acknowledged, 0, options.policies});
    QList<PlannedAction> plan;
    while (plan.size() < options.count) {
        const int n = int(plan.size()) + 1;
        PlannedAction planned;
        alerts::AlertAction& action = planned.action;
        action.actionId = u"a%1"_s.arg(n, 4, 10, QChar(u'0'));
        action.user = options.user;
        Lane& lane = lanes[rng.bounded(int(lanes.size()))];
        const bool refused = rng.bounded(100) < 3;
        if (refused && lane.open && rng.bounded(2) == 0) {
            action.kind = ActionKind::Escalate;
            action.alertId = lane.alertId;
            action.escalation = QString::fromUtf16(unknownPolicy);
            planned.refusal = u"Escalation [%1] does not exist"_s.arg(action.escalation);
        } else if (refused) {
            constexpr std::array kinds{ActionKind::Acknowledge, ActionKind::AddNote, ActionKind::Close};
            action.kind = kinds[rng.bounded(int(kinds.size()))];
            action.alertId = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
            planned.refusal = u"Alert does not exist"_s;
        } else {
            action.kind = nextKind(lane, rng);
            action.alertId = lane.alertId;
            ++lane.actions;
        }
        action.note = action.kind == ActionKind::AddNote
            ? u"%1 note: %2"_s.arg(action.actionId, QString::fromUtf16(phrases[rng.bounded(int(phrases.size()))]))
            : u"%1 %2"_s.arg(action.actionId, alerts::actionName(action.kind));
        if (!planned.refusal.isEmpty()) {
            plan.append(planned);
            continue;
        }
        switch (action.kind) {
        case ActionKind::Acknowledge:
        case ActionKind::Unacknowledge:
            lane.acknowledged = action.kind == ActionKind::Acknowledge;
            break;
        case ActionKind::Close:
            lane.open = false;
            break;
        case ActionKind::Snooze:
            action.snoozeUntil = options.now.addSecs(7200 + 60 * qint64(n));
            action.snoozeUntil.setTime(action.snoozeUntil.time().addMSecs(-action.snoozeUntil.time().msec()));
            break;
        case ActionKind::Assign:
            action.assignee = u"oncall-%1@example.com"_s.arg(n);
            break;
        case ActionKind::Escalate:
            action.escalation = lane.policiesLeft.takeAt(rng.bounded(int(lane.policiesLeft.size())));
            break;
        case ActionKind::AddTags:
            action.tags = {u"chaos-%1"_s.arg(n), u"wave-%1"_s.arg(n % 5)};
            break;
        case ActionKind::AddNote:
            break;
        }
        plan.append(planned);
    }
    return plan;
}

} // namespace wk::chaos
