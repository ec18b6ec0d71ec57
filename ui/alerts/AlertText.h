#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"

#include <QString>

namespace wk::ui {

// The words for alerts and actions, shared by the table, the detail pane and the status bar.
QString ageText(qint64 seconds); // "45 s", "12 min", "3 h 5 min", "2 d"
QString statusText(alerts::AlertStatus status);
QString pendingText(alerts::ActionKind kind);                            // "Acknowledging…"
QString failureText(alerts::ActionKind kind, const QString& reason);     // "Could not acknowledge: …"
QString actionDoneText(alerts::ActionKind kind, const QString& message); // "Acknowledged "…""
// "Acknowledged at 10:42:13": what the service confirmed, and when.
QString landedText(alerts::ActionKind kind, const QDateTime& at);
QString actionFailedText(alerts::ActionKind kind, const QString& message, const QString& reason);
QString escalationText(int level); // "primary on call", "escalated to level 2"

QString exactTimeText(const QDateTime& at);   // "2026-03-01 10:42:13", local time, for tooltips
QString relativeTimeText(qint64 seconds);     // "3 min ago"
QString confirmedText(const QString& landed); // "Acknowledged at 10:42:13 (confirmed by the alert service)"
// Why a heartbeat's row offers no actions.
QString heartbeatReadOnlyText();

// The status bar's word on a bulk action once every alert in it has an answer; `count` is 2 or more.
QString bulkDoneText(alerts::ActionKind kind, int count); // "Acknowledged 5 alerts"
QString bulkFailedText(alerts::ActionKind kind, int failed, int count, const QString& reasons); // "2 of 5 could not…"

} // namespace wk::ui
