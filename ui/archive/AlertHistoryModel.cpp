#include "archive/AlertHistoryModel.h"

#include "alerts/AlertText.h"
#include "archive/ArchiveText.h"
#include "common/Theme.h"

#include <QApplication>
#include <QPalette>

#include <limits>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr qint64 never = std::numeric_limits<qint64>::max(); // sorts a missing duration after every real one

} // namespace

AlertHistoryModel::AlertHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AlertHistoryModel::setAlerts(const QList<archive::ArchivedAlert>& alerts)
{
    // Each answer is a new query's rows (up to a few thousand): a reset is cheaper than a diff, and the page
    // selects the alert it showed again by id.
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

const archive::ArchivedAlert* AlertHistoryModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts[row] : nullptr;
}

int AlertHistoryModel::rowOf(const QString& alertId) const
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts[row].alertId == alertId)
            return row;
    }
    return -1;
}

int AlertHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const archive::ArchivedAlert& alert = m_alerts[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(alert, column);
    case SortRole:
        return sortData(alert, column);
    case AlertIdRole:
        return alert.alertId;
    case Qt::ToolTipRole:
        return toolTipData(alert, column);
    case Qt::ForegroundRole:
        return foregroundData(alert, column);
    case Qt::TextAlignmentRole:
        if (column == TimeToAckColumn || column == TimeToCloseColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant AlertHistoryModel::displayData(const archive::ArchivedAlert& alert, int column) const
{
    switch (column) {
    case CreatedColumn:
        return shortTimeText(alert.createdAt);
    case TinyIdColumn:
        return archivedIdText(alert);
    case PriorityColumn:
        return alerts::priorityName(alert.priority);
    case MessageColumn:
        return alert.message;
    case TeamsColumn:
        return alert.teams.join(u", "_s);
    case ServiceColumn:
        return alert.service;
    case AcknowledgedByColumn:
        return acknowledgedByText(alert);
    case TimeToAckColumn:
        return timeToAckText(alert);
    case TimeToCloseColumn:
        return timeToCloseText(alert);
    case EscalatedColumn:
        return alert.escalated ? tr("yes") : QString();
    default:
        return {};
    }
}

QVariant AlertHistoryModel::sortData(const archive::ArchivedAlert& alert, int column) const
{
    switch (column) {
    case CreatedColumn:
        return alert.createdAt.toMSecsSinceEpoch();
    case TinyIdColumn: {
        bool numeric = false;
        const qlonglong number = alert.tinyId.toLongLong(&numeric);
        return numeric ? QVariant(number) : QVariant(archivedIdText(alert)); // "#99" before "#100"
    }
    case PriorityColumn:
        return int(alert.priority);
    case AcknowledgedByColumn:
        return alert.firstAckAt.isValid() ? acknowledgedByText(alert) : QString();
    case TimeToAckColumn:
        return alert.firstAckAt.isValid() ? alert.createdAt.secsTo(alert.firstAckAt) : never;
    case TimeToCloseColumn:
        return alert.closedAt.isValid() ? alert.createdAt.secsTo(alert.closedAt) : never;
    case EscalatedColumn:
        return int(alert.escalated);
    default:
        return displayData(alert, column);
    }
}

QVariant AlertHistoryModel::toolTipData(const archive::ArchivedAlert& alert, int column) const
{
    switch (column) {
    case CreatedColumn:
        if (alert.occurredAt.isValid() && alert.occurredAt != alert.createdAt) {
            return tr("Created %1\nThe condition began %2")
                .arg(exactTimeText(alert.createdAt), exactTimeText(alert.occurredAt));
        }
        return tr("Created %1").arg(exactTimeText(alert.createdAt));
    case TinyIdColumn:
        return tr("Alert id %1").arg(alert.alertId);
    case MessageColumn:
        return alert.message;
    case TeamsColumn:
        return alert.teams.isEmpty() ? QVariant() : QVariant(alert.teams.join(u'\n'));
    case AcknowledgedByColumn:
    case TimeToAckColumn:
        if (!alert.firstAckAt.isValid())
            return tr("Never acknowledged");
        return tr("First acknowledged %1 by %2, %3 after it was created")
            .arg(exactTimeText(alert.firstAckAt), acknowledgedByText(alert), timeToAckText(alert));
    case TimeToCloseColumn:
        if (!alert.closedAt.isValid())
            return tr("Still open when the console last saw it");
        return tr("Closed %1, %2 after it was created").arg(exactTimeText(alert.closedAt), timeToCloseText(alert));
    case EscalatedColumn:
        return alert.escalated ? tr("Escalated beyond the primary on-call") : QVariant();
    default:
        return {};
    }
}

QVariant AlertHistoryModel::foregroundData(const archive::ArchivedAlert& alert, int column) const
{
    if (column == PriorityColumn)
        return QBrush(theme::priorityColor(alert.priority));
    if (column == EscalatedColumn)
        return QBrush(theme::warning);
    const bool missing = (column == TimeToCloseColumn && !alert.closedAt.isValid())
        || ((column == TimeToAckColumn || column == AcknowledgedByColumn) && !alert.firstAckAt.isValid())
        || column == TinyIdColumn;
    if (missing)
        return QApplication::palette().brush(QPalette::PlaceholderText);
    return {};
}

QVariant AlertHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeToAckColumn:
            return tr("From creation to the first acknowledgement");
        case TimeToCloseColumn:
            return tr("From creation to the close");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case TinyIdColumn:
        return tr("#");
    case PriorityColumn:
        return tr("Priority");
    case MessageColumn:
        return tr("Message");
    case TeamsColumn:
        return tr("Teams");
    case ServiceColumn:
        return tr("Service");
    case AcknowledgedByColumn:
        return tr("Acknowledged by");
    case TimeToAckColumn:
        return tr("Time to ack");
    case TimeToCloseColumn:
        return tr("Time to close");
    case EscalatedColumn:
        return tr("Escalated");
    default:
        return {};
    }
}

} // namespace wk::ui
