#pragma once

#include "archive/AlertArchive.h"

#include <QAbstractTableModel>
#include <QList>

namespace wk::ui {

// Archived alerts as the history browser lists them, one row each, in the order the archive answered (newest
// first). How long each took to be acknowledged and closed is measured from its creation.
class AlertHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedColumn,
        TinyIdColumn, // "#1791"
        PriorityColumn,
        MessageColumn,
        TeamsColumn,
        ServiceColumn,
        AcknowledgedByColumn, // the first acknowledgement's author
        TimeToAckColumn,
        TimeToCloseColumn, // "open" while it is
        EscalatedColumn,
        ColumnCount,
    };

    enum Role {
        SortRole = Qt::UserRole + 1, // raw values: times in ms, durations in s (never, for a missing one, last)
        AlertIdRole,
    };

    explicit AlertHistoryModel(QObject* parent = nullptr);

    // A new answer from the archive replaces the rows.
    void setAlerts(const QList<archive::ArchivedAlert>& alerts);
    const QList<archive::ArchivedAlert>& alerts() const { return m_alerts; }
    const archive::ArchivedAlert* alertAt(int row) const;
    int rowOf(const QString& alertId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const archive::ArchivedAlert& alert, int column) const;
    QVariant sortData(const archive::ArchivedAlert& alert, int column) const;
    QVariant toolTipData(const archive::ArchivedAlert& alert, int column) const;
    QVariant foregroundData(const archive::ArchivedAlert& alert, int column) const;

    QList<archive::ArchivedAlert> m_alerts;
};

} // namespace wk::ui
