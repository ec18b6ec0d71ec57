#include "alerts/AlertColumns.h"

#include "alerts/AlertTableModel.h"
#include "alerts/AlertText.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace wk::ui {

using alerts::Alert;
using alerts::AlertStatus;
using M = AlertTableModel;

namespace {

QDateTime lastOccurred(const Alert& alert)
{
    return alert.lastOccurredAt.isValid() ? alert.lastOccurredAt : alert.createdAt;
}

// Youngest first when sorted ascending, like the age column; unknown times go last.
qint64 newestFirst(const QDateTime& t)
{
    return t.isValid() ? -t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

QString AlertColumns::acknowledgedBy(const Alert& alert)
{
    if (!alert.acknowledgedBy.isEmpty())
        return alert.acknowledgedBy;
    const bool acknowledged = alert.status == AlertStatus::Acknowledged || alert.acknowledgedAt.isValid();
    return acknowledged ? alert.owner : QString();
}

QString AlertColumns::title(int column)
{
    switch (column) {
    case M::TinyIdColumn:
        return tr("ID");
    case M::PriorityColumn:
        return tr("Priority");
    case M::StatusColumn:
        return tr("Status");
    case M::AcknowledgedColumn:
        return tr("Acked by");
    case M::MessageColumn:
        return tr("Message");
    case M::ServiceColumn:
        return tr("Service");
    case M::TeamColumn:
        return tr("Teams");
    case M::OwnerColumn:
        return tr("Owner");
    case M::TagsColumn:
        return tr("Tags");
    case M::CountColumn:
        return tr("Count");
    case M::AgeColumn:
        return tr("Age");
    case M::LastOccurrenceColumn:
        return tr("Last occurred");
    }
    return {};
}

QString AlertColumns::headerToolTip(int column)
{
    switch (column) {
    case M::TinyIdColumn:
        return tr("The alert's short number, as people say it");
    case M::AcknowledgedColumn:
        return tr("Who acknowledged the alert");
    case M::TeamColumn:
        return tr("The teams the alert is routed to");
    case M::LastOccurrenceColumn:
        return tr("When the alert last fired again");
    default:
        return title(column);
    }
}

int AlertColumns::alignment(int column)
{
    switch (column) {
    case M::PriorityColumn:
        return int(Qt::AlignCenter);
    case M::TinyIdColumn:
    case M::CountColumn:
    case M::AgeColumn:
    case M::LastOccurrenceColumn:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

QString AlertColumns::text(const Alert& alert, int column, const QDateTime& now)
{
    switch (column) {
    case M::TinyIdColumn:
        return alert.tinyId.isEmpty() ? QString() : QString(u'#' + alert.tinyId);
    case M::PriorityColumn:
        return alerts::priorityName(alert.priority);
    case M::StatusColumn:
        return statusText(alert.status);
    case M::AcknowledgedColumn:
        return acknowledgedBy(alert);
    case M::MessageColumn:
        return alert.message;
    case M::ServiceColumn:
        return alert.service;
    case M::TeamColumn:
        return alert.team;
    case M::OwnerColumn:
        return alert.owner;
    case M::TagsColumn:
        return alert.tags.join(u", "_s);
    case M::CountColumn:
        return QString::number(alert.count);
    case M::AgeColumn:
        return alert.createdAt.isValid() ? ageText(alert.createdAt.secsTo(now)) : QString();
    case M::LastOccurrenceColumn: {
        const QDateTime last = lastOccurred(alert);
        return last.isValid() ? relativeTimeText(last.secsTo(now)) : QString();
    }
    }
    return {};
}

QVariant AlertColumns::sortValue(const Alert& alert, int column)
{
    switch (column) {
    case M::TinyIdColumn: {
        bool ok = false;
        const qint64 number = alert.tinyId.toLongLong(&ok);
        return ok ? number : std::numeric_limits<qint64>::max();
    }
    case M::PriorityColumn:
        return static_cast<int>(alert.priority);
    case M::StatusColumn:
        return static_cast<int>(alert.status);
    case M::CountColumn:
        return alert.count;
    case M::AgeColumn:
        return newestFirst(alert.createdAt);
    case M::LastOccurrenceColumn:
        return newestFirst(lastOccurred(alert));
    default:
        return text(alert, column, {});
    }
}

QString AlertColumns::toolTip(const Alert& alert, int column)
{
    switch (column) {
    case M::TinyIdColumn:
        return tr("Alert id: %1").arg(alert.id);
    case M::StatusColumn:
        if (alert.status == AlertStatus::Acknowledged && alert.acknowledgedAt.isValid())
            return tr("Acknowledged by %1 at %2").arg(acknowledgedBy(alert), exactTimeText(alert.acknowledgedAt));
        if (alert.status == AlertStatus::Snoozed && alert.snoozedUntil.isValid())
            return tr("Snoozed until %1").arg(exactTimeText(alert.snoozedUntil));
        if (alert.status == AlertStatus::Closed && alert.closedAt.isValid())
            return tr("Closed at %1").arg(exactTimeText(alert.closedAt));
        return {};
    case M::AcknowledgedColumn:
        if (acknowledgedBy(alert).isEmpty() || !alert.acknowledgedAt.isValid())
            return acknowledgedBy(alert);
        return tr("Acknowledged by %1 at %2").arg(acknowledgedBy(alert), exactTimeText(alert.acknowledgedAt));
    case M::AgeColumn:
        return alert.createdAt.isValid() ? tr("Created %1").arg(exactTimeText(alert.createdAt)) : QString();
    case M::LastOccurrenceColumn: {
        const QDateTime last = lastOccurred(alert);
        return last.isValid() ? tr("Last occurred %1").arg(exactTimeText(last)) : QString();
    }
    case M::CountColumn:
        return tr("Occurrences of this alert: %1").arg(alert.count);
    case M::PriorityColumn:
        return {};
    default:
        // Long messages, team and tag lists are elided in the cell.
        return text(alert, column, {});
    }
}

} // namespace wk::ui
