#include "alerts/AlertTableModel.h"

#include "alerts/ActionRules.h"
#include "alerts/AlertColumns.h"
#include "alerts/AlertText.h"
#include "common/Clock.h"
#include "common/Theme.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wk::ui {

using alerts::ActionKind;
using alerts::Alert;
using alerts::AlertStatus;
using alerts::Priority;

namespace {

bool sameNotes(const QList<alerts::AlertNote>& a, const QList<alerts::AlertNote>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const auto& x, const auto& y) { return x.at == y.at && x.author == y.author && x.text == y.text; });
}

// Alert has no operator==; a poll only reports rows whose content really changed.
bool sameAlert(const Alert& a, const Alert& b)
{
    return a.id == b.id && a.tinyId == b.tinyId && a.alias == b.alias && a.message == b.message
        && a.description == b.description && a.priority == b.priority && a.status == b.status && a.team == b.team
        && a.service == b.service && a.tags == b.tags && a.source == b.source && a.owner == b.owner
        && a.acknowledgedBy == b.acknowledgedBy && a.runbookUrl == b.runbookUrl && a.lastOccurredAt == b.lastOccurredAt
        && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt && a.acknowledgedAt == b.acknowledgedAt
        && a.closedAt == b.closedAt && a.snoozedUntil == b.snoozedUntil && a.count == b.count
        && a.escalationLevel == b.escalationLevel && sameNotes(a.notes, b.notes) && a.details == b.details;
}

// A poll that left the backend before a confirmed action landed must not roll the row back.
bool isOlderThan(const Alert& incoming, const Alert& current)
{
    return incoming.updatedAt.isValid() && current.updatedAt.isValid() && incoming.updatedAt < current.updatedAt;
}

} // namespace

AlertTableModel::AlertTableModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{ }

int AlertTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& alert = m_alerts.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayData(alert, column);
    case SortRole:
        return AlertColumns::sortValue(alert, column);
    case AlertIdRole:
        return alert.id;
    case Qt::ToolTipRole:
        return toolTipData(alert, column);
    case Qt::ForegroundRole:
        return foregroundData(alert, column);
    case Qt::BackgroundRole:
        return backgroundData(alert);
    case Qt::FontRole:
        return fontData(alert, column);
    case Qt::DecorationRole:
        if (column == StatusColumn && m_failures.contains(alert.id))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        return AlertColumns::alignment(column);
    default:
        return {};
    }
}

QVariant AlertTableModel::displayData(const Alert& alert, int column) const
{
    if (column == StatusColumn) {
        if (const auto pending = pendingAction(alert.id))
            return pendingText(*pending);
    }
    return AlertColumns::text(alert, column, m_clock.now());
}

QVariant AlertTableModel::toolTipData(const Alert& alert, int column) const
{
    QString tip = AlertColumns::toolTip(alert, column);
    if (column == StatusColumn) {
        const QString landed = m_landed.value(alert.id);
        if (isPending(alert.id))
            tip = tr("Waiting for the alert service to confirm");
        else if (!landed.isEmpty() && !m_failures.contains(alert.id))
            tip = tip.isEmpty() ? confirmedText(landed) : QString(confirmedText(landed) + u'\n' + tip);
        if (isReadOnly(alert))
            tip = tip.isEmpty() ? heartbeatReadOnlyText() : QString(tip + u'\n' + heartbeatReadOnlyText());
    }
    const QString failed = m_failures.value(alert.id);
    if (failed.isEmpty())
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    return tip.isEmpty() ? failed : QString(failed + u'\n' + tip);
}

QVariant AlertTableModel::foregroundData(const Alert& alert, int column) const
{
    if (alert.status == AlertStatus::Closed)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (column == PriorityColumn)
        return QBrush(theme::priorityColor(alert.priority));
    if (column == TinyIdColumn)
        return QApplication::palette().brush(QPalette::PlaceholderText);
    return {};
}

QVariant AlertTableModel::backgroundData(const Alert& alert) const
{
    // A faint tint marks what still needs someone; it goes away once the alert is acknowledged.
    if (alert.status != AlertStatus::Open)
        return {};
    if (alert.priority != Priority::P1 && alert.priority != Priority::P2)
        return {};
    QColor tint = theme::priorityColor(alert.priority);
    tint.setAlpha(alert.priority == Priority::P1 ? 36 : 24);
    return QBrush(tint);
}

QVariant AlertTableModel::fontData(const Alert& alert, int column) const
{
    if (column == PriorityColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (column == StatusColumn && isPending(alert.id)) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return AlertColumns::alignment(section);
    if (role == Qt::DisplayRole)
        return AlertColumns::title(section);
    if (role == Qt::ToolTipRole)
        return AlertColumns::headerToolTip(section);
    return {};
}

void AlertTableModel::setAlerts(const QList<Alert>& alerts)
{
    // On a duplicate id the first copy wins, so one alert never owns two rows.
    QHash<QString, qsizetype> incoming;
    incoming.reserve(alerts.size());
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (!incoming.contains(alerts.at(i).id))
            incoming.insert(alerts.at(i).id, i);
    }

    // Remove from the bottom up, one contiguous run at a time, so earlier row numbers stay valid.
    int row = static_cast<int>(m_alerts.size()) - 1;
    while (row >= 0) {
        if (incoming.contains(m_alerts.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !incoming.contains(m_alerts.at(row).id))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_failures.remove(m_alerts.at(r).id);
        m_alerts.remove(first, last - first + 1);
        rebuildIndex();
        endRemoveRows();
    }

    QList<int> changed;
    for (int r = 0; r < m_alerts.size(); ++r) {
        const Alert& next = alerts.at(incoming.value(m_alerts.at(r).id));
        if (sameAlert(next, m_alerts.at(r)) || isOlderThan(next, m_alerts.at(r)))
            continue;
        m_alerts[r] = next;
        changed.append(r);
    }
    // One dataChanged per contiguous run of rows: a poll that touches 50 rows is not 50 repaints.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed.at(j + 1) == changed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(changed.at(i), 0), index(changed.at(j), ColumnCount - 1));
        i = j + 1;
    }

    QList<Alert> added;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const Alert& alert = alerts.at(i);
        if (!m_rowById.contains(alert.id) && incoming.value(alert.id) == i)
            added.append(alert);
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_alerts.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_alerts.append(added);
        rebuildIndex();
        endInsertRows();
    }
}

const Alert* AlertTableModel::alertAt(int row) const
{
    if (row < 0 || row >= m_alerts.size())
        return nullptr;
    return &m_alerts.at(row);
}

std::optional<int> AlertTableModel::rowOf(const QString& alertId) const
{
    const auto it = m_rowById.constFind(alertId);
    if (it == m_rowById.constEnd())
        return std::nullopt;
    return *it;
}

void AlertTableModel::markPending(const QString& alertId, ActionKind kind, const QString& actionId)
{
    m_pending[alertId].append(PendingAction{actionId, kind});
    emitRowChanged(alertId);
}

void AlertTableModel::confirm(const QString& actionId, const Alert& updated)
{
    QString alertId = updated.id;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const auto removed = it->removeIf([&](const PendingAction& p) { return p.actionId == actionId; });
        if (removed == 0)
            continue;
        alertId = it.key();
        if (it->isEmpty())
            m_pending.erase(it);
        break;
    }
    m_failures.remove(alertId);
    if (const auto row = rowOf(alertId); row && updated.id == alertId)
        m_alerts[*row] = updated;
    emitRowChanged(alertId);
}

void AlertTableModel::landed(const QString& actionId, const QDateTime& at)
{
    if (const auto taken = takePending(actionId)) {
        m_landed.insert(taken->first, landedText(taken->second, at.toLocalTime()));
        m_failures.remove(taken->first);
        emitRowChanged(taken->first);
    }
}

std::optional<std::pair<QString, ActionKind>> AlertTableModel::takePending(const QString& actionId)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const auto found
            = std::find_if(it->cbegin(), it->cend(), [&](const PendingAction& p) { return p.actionId == actionId; });
        if (found == it->cend())
            continue;
        std::pair<QString, ActionKind> taken{it.key(), found->kind};
        it->erase(found);
        if (it->isEmpty())
            m_pending.erase(it);
        return taken;
    }
    return std::nullopt;
}

void AlertTableModel::updateAlert(const Alert& updated)
{
    const auto row = rowOf(updated.id);
    if (!row)
        return;
    const Alert& current = m_alerts.at(*row);
    if (current.updatedAt.isValid() && updated.updatedAt.isValid() && updated.updatedAt < current.updatedAt)
        return;
    m_alerts[*row] = updated;
    emitRowChanged(updated.id);
}

QString AlertTableModel::lastLanded(const QString& alertId) const
{
    return m_landed.value(alertId);
}

void AlertTableModel::fail(const QString& actionId, const QString& reason)
{
    if (const auto taken = takePending(actionId)) {
        m_failures.insert(taken->first, failureText(taken->second, reason));
        emitRowChanged(taken->first);
    }
}

void AlertTableModel::dismissFailure(const QString& alertId)
{
    if (m_failures.remove(alertId))
        emitRowChanged(alertId);
}

bool AlertTableModel::isPending(const QString& alertId) const
{
    return m_pending.contains(alertId);
}

bool AlertTableModel::isPendingAction(const QString& actionId) const
{
    for (const auto& list : m_pending) {
        for (const PendingAction& p : list) {
            if (p.actionId == actionId)
                return true;
        }
    }
    return false;
}

std::optional<ActionKind> AlertTableModel::pendingAction(const QString& alertId) const
{
    const auto it = m_pending.constFind(alertId);
    if (it == m_pending.constEnd() || it->isEmpty())
        return std::nullopt;
    return it->constLast().kind;
}

QString AlertTableModel::failure(const QString& alertId) const
{
    return m_failures.value(alertId);
}

void AlertTableModel::refreshAges()
{
    if (m_alerts.isEmpty())
        return;
    static_assert(LastOccurrenceColumn == AgeColumn + 1, "one range for both relative times");
    Q_EMIT dataChanged(
        index(0, AgeColumn), index(rowCount() - 1, LastOccurrenceColumn), {Qt::DisplayRole, Qt::ToolTipRole});
}

void AlertTableModel::emitRowChanged(const QString& alertId)
{
    if (const auto row = rowOf(alertId))
        Q_EMIT dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
}

void AlertTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_alerts.size());
    for (int r = 0; r < m_alerts.size(); ++r)
        m_rowById.insert(m_alerts.at(r).id, r);
}

} // namespace wk::ui
