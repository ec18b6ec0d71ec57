#pragma once

#include "incidents/Incident.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace wk::ui {

// The incidents of this console, unresolved first: id, title, severity, status, commander, age, alerts.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Title, Severity, Status, Commander, Age, Alerts, ColumnCount };
    static constexpr int IncidentIdRole = Qt::UserRole + 1;

    explicit IncidentListModel(std::function<QDateTime()> now, QObject* parent = nullptr);

    // Keeps rows that stay (by id) in place so a selection survives a refresh.
    void setIncidents(const QList<incidents::Incident>& incidents);
    const QList<incidents::Incident>& incidents() const { return m_incidents; }
    int rowOf(qint64 incidentId) const; // -1 when absent
    // The ages moved on: repaint that column.
    void tick();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<QDateTime()> m_now;
    QList<incidents::Incident> m_incidents;
};

} // namespace wk::ui
