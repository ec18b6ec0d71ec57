#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace wk::alerts {

enum class ActionKind { Acknowledge, Unacknowledge, Close, Escalate, AddNote, Snooze, Assign, AddTags };

// One thing a person asked for. A value type, so it can be queued, stored and replayed.
struct AlertAction
{
    QString actionId = QUuid::createUuid().toString(QUuid::WithoutBraces); // idempotency key
    ActionKind kind = ActionKind::Acknowledge;
    QString alertId;
    QString user;
    QString note;
    QDateTime snoozeUntil; // Snooze
    QString assignee;      // Assign: a username
    QString escalation;    // Escalate: an escalation policy's name; empty: the next on-call level (demo only)
    QStringList tags;      // AddTags
    QDateTime requestedAt;
};

QString actionName(ActionKind kind); // "acknowledge"

// The stable token used in files, the outbox and on the command line: "ack", "unack", "close", "escalate", "note",
// "snooze", "assign", "tags".
QString actionToken(ActionKind kind);
std::optional<ActionKind> actionFromToken(const QString& token);

} // namespace wk::alerts
