#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertAction.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace wk {
class Clock;
}

namespace wk::ui {

// The alerts of the last poll, one row each, plus what the user has asked for and the backend has not
// confirmed yet. A poll is applied as a diff by alert id, never as a reset, so selection and scroll survive.
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TinyIdColumn, // "#1791"
        PriorityColumn,
        StatusColumn,
        AcknowledgedColumn, // who acknowledged it
        MessageColumn,
        ServiceColumn,
        TeamColumn, // every team it is routed to
        OwnerColumn,
        TagsColumn,
        CountColumn,
        AgeColumn,
        LastOccurrenceColumn, // "3 min ago"
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values; times sort youngest first (minus the time in ms)
        AlertIdRole,
    };

    explicit AlertTableModel(const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAlerts(const QList<alerts::Alert>& alerts);
    const alerts::Alert* alertAt(int row) const;
    std::optional<int> rowOf(const QString& alertId) const;

    void markPending(const QString& alertId, alerts::ActionKind kind, const QString& actionId);
    void confirm(const QString& actionId, const alerts::Alert& updated);
    // The service confirmed the action at `at`; the alert itself arrives later through updateAlert().
    void landed(const QString& actionId, const QDateTime& at);
    // The alert as the service has it now; ignored when older than the row's copy.
    void updateAlert(const alerts::Alert& updated);
    void fail(const QString& actionId, const QString& reason);
    void dismissFailure(const QString& alertId);

    bool isPending(const QString& alertId) const;
    bool isPendingAction(const QString& actionId) const;
    std::optional<alerts::ActionKind> pendingAction(const QString& alertId) const; // the latest one
    QString failure(const QString& alertId) const;    // "Could not acknowledge: …", empty when none
    QString lastLanded(const QString& alertId) const; // "Acknowledged at 10:42:13", empty when none

    // Age and last occurrence are relative to the clock; the window's timer calls this so they keep moving.
    void refreshAges();

private:
    struct PendingAction
    {
        QString actionId;
        alerts::ActionKind kind;
    };

    QVariant displayData(const alerts::Alert& alert, int column) const;
    QVariant toolTipData(const alerts::Alert& alert, int column) const;
    QVariant foregroundData(const alerts::Alert& alert, int column) const;
    QVariant backgroundData(const alerts::Alert& alert) const;
    QVariant fontData(const alerts::Alert& alert, int column) const;
    // Removes the pending mark of the action; its alert and kind, or nothing when it was not pending.
    std::optional<std::pair<QString, alerts::ActionKind>> takePending(const QString& actionId);
    void emitRowChanged(const QString& alertId);
    void rebuildIndex();

    const Clock& m_clock;
    QList<alerts::Alert> m_alerts;
    QHash<QString, int> m_rowById;
    QHash<QString, QList<PendingAction>> m_pending; // alert id -> actions in the order they were asked for
    QHash<QString, QString> m_failures;             // alert id -> what went wrong last
    QHash<QString, QString> m_landed;               // alert id -> the last action confirmed, and when
};

} // namespace wk::ui
