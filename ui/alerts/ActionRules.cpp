#include "alerts/ActionRules.h"

#include "genie/GenieJson.h"

namespace wk::ui {

using alerts::ActionKind;
using alerts::AlertStatus;

bool isReadOnly(const alerts::Alert& alert)
{
    return genie::isHeartbeatAlertId(alert.id);
}

bool appliesTo(ActionKind kind, const alerts::Alert& alert, bool pending)
{
    if (isReadOnly(alert))
        return false;
    const bool closed = alert.status == AlertStatus::Closed;
    switch (kind) {
    case ActionKind::AddNote:
    case ActionKind::AddTags:
        return true;
    case ActionKind::Acknowledge:
        return !pending && (alert.status == AlertStatus::Open || alert.status == AlertStatus::Snoozed);
    case ActionKind::Unacknowledge:
        return !pending && alert.status == AlertStatus::Acknowledged;
    case ActionKind::Close:
    case ActionKind::Escalate:
    case ActionKind::Snooze:
    case ActionKind::Assign:
        return !pending && !closed;
    }
    return false;
}

} // namespace wk::ui
