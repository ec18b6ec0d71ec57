#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace wk::alerts {

enum class ActionKind { Acknowledge, Unacknowledge, Close, Escalate, AddNote, Snooze, Assign };

// One thing a person asked for. A value type, so it can be queued, stored and replayed.
struct AlertAction
{
    QString actionId = QUuid::createUuid().toString(QUuid::WithoutBraces); // idempotency key
    ActionKind kind = ActionKind::Acknowledge;
    QString alertId;
    QString user;
    QString note;
    QDateTime snoozeUntil; // Snooze
    QString assignee;      // Assign
    QDateTime requestedAt;
};

QString actionName(ActionKind kind); // "acknowledge"

} // namespace wk::alerts
