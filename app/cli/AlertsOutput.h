#pragma once

#include "alerts/AlertBackend.h"
#include "outbox/ActionOutbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace wk::cli {

// What became of one action of `watchkeeper alerts ack|close|...`.
struct ActionReport
{
    alerts::ActionKind kind = alerts::ActionKind::Acknowledge;
    QString givenId; // as typed: a tiny id or a full id
    QString alertId; // the full id; empty when a tiny id matched no alert
    QString tinyId;
    QString message;
    outbox::OutboxState state = outbox::OutboxState::Queued;
    bool submitted = false; // written to the outbox (a tiny id that matches nothing never is)
    QDateTime landedAt;
    QString error;
    int attempts = 0;
};

// Times in JSON are ISO 8601 in UTC with milliseconds ("2026-03-01T12:00:00.000Z"), or null; keys are snake_case.
QJsonObject alertJson(const alerts::Alert& alert);

// A table: tiny id, priority, status, acked, owner, teams, count, age, message (cut to `width` columns), then
// "showing N of TOTAL".
QByteArray alertListTable(const alerts::AlertPage& page, int offset, const QDateTime& now, int width);
// {"alerts": [...], "total": N or null, "more": bool}
QByteArray alertListJson(const alerts::AlertPage& page);

// Every field, the details and the notes, one per line.
QByteArray alertDetailTable(const alerts::Alert& alert, const QDateTime& now);
QByteArray alertDetailJson(const alerts::Alert& alert);

// One line per action: "ack 1791 (fraud-scorer p99 latency…) landed at 10:42:13", "... failed: <why>", or
// "... still pending after 60s (accepted: ...)".
QByteArray actionLines(const QList<ActionReport>& reports, const QString& timeoutText);
// {"actions": [{"action", "alert_id", "tiny_id", "message", "state", "landed_at", "error", "attempts"}]}
QByteArray actionsJson(const QList<ActionReport>& reports);

} // namespace wk::cli
