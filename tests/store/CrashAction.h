#pragma once

#include "alerts/AlertAction.h"

#include <QString>
#include <QTimeZone>

// The payload of every action the crash writer adds follows from its id, so the checker can tell an intact record
// from a torn one without the writer telling it anything but the id.
namespace wk::crashtest {

inline const QString backend = QStringLiteral(u"opsgenie https://api.eu.opsgenie.com");

inline alerts::AlertAction crashAction(const QString& actionId)
{
    using namespace Qt::StringLiterals;
    const uint seed = actionId.left(8).toUInt(nullptr, 16);
    alerts::AlertAction action;
    action.actionId = actionId;
    action.kind = static_cast<alerts::ActionKind>(seed % 8);
    action.alertId = u"alert-"_s + actionId.right(12);
    action.user = u"zoë"_s;
    action.note = u"crash note ✓ «%1» 🚒\nsecond line"_s.arg(actionId);
    action.snoozeUntil = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone(7200)).addMSecs(seed % 86'400'000);
    action.assignee = (seed % 2) ? u"ada"_s : QString();
    action.escalation = (seed % 3) ? u""_s : u"Platform → SRE"_s;
    action.tags = {u"crash"_s, actionId.left(4), u"ünïcødé"_s};
    action.requestedAt = QDateTime(QDate(2026, 3, 1), QTime(11, 59, 59, 999), QTimeZone::utc());
    return action;
}

} // namespace wk::crashtest
