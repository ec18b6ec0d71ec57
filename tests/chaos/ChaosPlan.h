#pragma once

#include "alerts/AlertAction.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace wk::chaos {

// An alert of the fake server as the plan finds it.
struct AlertStart
{
    QString id;
    bool open = true;
    bool acknowledged = false;
};

struct PlannedAction
{
    alerts::AlertAction action;
    QString refusal; // empty: the action must land, once; else what the service says when it refuses it
};

struct PlanOptions
{
    int count = 1000;
    quint32 seed = 1;
    QString user;
    QDateTime now;        // snoozes end hours after it
    QStringList policies; // escalation policies the service has
};

// A mix of actions whose outcome is known in advance, each one recognisable in what the service applied:
// - every action carries a note of its own ("a0042 acknowledge"; a note action's text starts with its id);
// - per alert the order makes sense: ack only when unacknowledged, unack only when acknowledged, at most one
//   escalation per policy, tags, assignees and snooze ends never repeated, nothing after the close (which comes
//   after a few other actions), notes only on alerts that were closed from the start; so hasLanded() can tell
//   each action's evidence from the ones before;
// - about 3% are refused by the service: actions on an alert it does not know, escalations to a policy it does
//   not have.
QList<PlannedAction> planActions(const QList<AlertStart>& alerts, const PlanOptions& options);

} // namespace wk::chaos
