#pragma once

#include "alerts/Alert.h"
#include "incidents/Incident.h"

#include <QWidget>

class QLabel;
class QTableView;
class QPushButton;

namespace wk::ui {

class IncidentDesk;
class IncidentListModel;
class IncidentView;

// The Incidents tier: every incident of this console on the left (unresolved first), the selected one on the
// right. Incidents are opened from alerts (the alert list's "Open incident") or from scratch here.
class IncidentsPage : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentsPage(IncidentDesk& desk, QWidget* parent = nullptr);

    IncidentListModel* model() const { return m_model; }
    QTableView* list() const { return m_list; }
    IncidentView* view() const { return m_view; }

    // Asks for title, severity and commander (filled in from the alerts), opens the incident and shows it.
    void openFromAlerts(const QList<alerts::Alert>& alerts);
    // The same without asking: what the dialog does once accepted.
    void openIncident(const incidents::NewIncident& incident, const QList<alerts::Alert>& alerts);
    void select(qint64 incidentId);

Q_SIGNALS:
    void incidentOpened(qint64 incidentId);

private:
    void refreshList();
    void selectionChanged();

    IncidentDesk& m_desk;
    IncidentListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    QPushButton* m_new = nullptr;
    IncidentView* m_view = nullptr;
    qint64 m_wanted = 0; // an incident to select once the list has it
};

} // namespace wk::ui
