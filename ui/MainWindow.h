#pragma once

#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "polling/PollScheduler.h"
#include "reports/ReportTables.h"
#include "sources/MetricsRouter.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>

#include <QPointer>
#include <functional>

class QStackedWidget;
class QComboBox;
class QTabBar;
class QToolBar;
class QTimer;

namespace wk::outbox {
class OutboxDispatcher;
}

namespace wk::archive {
class AlertArchive;
}

namespace wk::store {
template <typename Store> class StoreWorker;
}

namespace wk::ui {

class AlertListWidget;
class AlertNotifier;
class AlertServiceNotice;
class OnCallStatus;
class DashboardWidget;
class IncidentDesk;
class IncidentsPage;
class PanelWidget;
class ReportsWindow;
class RunbookPanel;
class SloTierWidget;
class SourceStatusWidget;
class VariableBar;

struct ConsoleContext
{
    const sources::MetricsRouter& metrics;
    alerts::AlertBackend& alerts;
    outbox::OutboxDispatcher& actions; // every action on an alert goes through the durable outbox
    polling::PollScheduler& scheduler;
    const Clock& clock;
    workspace::Workspace workspace;
    QString user;
    QString environmentName;           // "Demo fleet", "prod-eu"
    AlertNotifier* notifier = nullptr; // desktop notifications and the tray; none in most tests
    IncidentDesk* incidents = nullptr; // the incident store's desk; none: no Incidents tier
    // Every alert page the console polled, for the archive that reports read; none in most tests.
    std::function<void(const QList<alerts::Alert>&)> archiveAlerts = {};
    // The archive the Reports window reads, on its own thread; none: the window says there is no archive.
    store::StoreWorker<archive::AlertArchive>* archive = nullptr;
};

// The console: variable pickers and tier tabs on top, the active tier's panels, the alert list docked
// below, and the per-source status in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    QList<DashboardWidget*> dashboards() const { return m_dashboards; }
    DashboardWidget* activeDashboard() const;
    // The SLOs tier, after the dashboards; nullptr when the workspace declares no SLOs.
    SloTierWidget* sloTier() const { return m_sloTier; }
    // The Incidents tier, last; nullptr without an incident desk.
    IncidentsPage* incidentsPage() const { return m_incidentsPage; }
    // The selected alert's runbook beside the charts; nullptr without an incident desk.
    RunbookPanel* runbookPanel() const { return m_runbook; }
    // Opens the war room of the incident full screen; returns it for tests.
    QWidget* openWarRoom(qint64 incidentId);
    // Opens (or raises) the Reports window over the alert archive; returns it for tests.
    ReportsWindow* openReports();
    void showTier(int index);
    AlertListWidget* alertList() const { return m_alertList; }
    VariableBar* variableBar() const { return m_variables; }
    QTabBar* tierTabs() const { return m_tabs; }

Q_SIGNALS:
    void firstChartPainted();
    // The first tier shown has every panel filled: what "the console is up" means to a person.
    void firstTierFilled(int panels);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildToolBar();
    void buildStatusBar();
    void pollAlerts(const polling::PollScheduler::Finished& finished);
    // The line above the alert list: empty while the service answers, since when and why while it fails.
    void showAlertServiceState(const std::optional<Error>& failure);
    void onAlertSelected(const QString& alertId, const QString& service);
    void connectNotifier();
    void buildSavedQueries(QToolBar* bar);
    QStringList onCallTeams(const QList<alerts::Alert>& alerts) const;
    void refreshStatus();
    // MainWindowIncidents.cpp
    void buildIncidentsTier();
    void connectIncidents();
    void pinPanel(PanelWidget* panel);
    void addSelectedAlertsToIncident();
    void buildRunbookDock();
    void showRunbookFor(const QString& alertId);
    void refreshRunbookProgress(qint64 incidentId);
    void openPostmortem(qint64 incidentId);
    void addReportsAction(QToolBar* bar);
    // The workspace's SLOs over a span, for the report: each asked of its own source.
    void fetchSloCompliance(const QDateTime& from, const QDateTime& to, const QString& service, QObject* context,
        std::function<void(QList<reports::SloCompliance>)> done);
    void showPostmortemEditor(qint64 incidentId, const std::optional<std::pair<double, QString>>& budget);
    QString currentService() const;

    ConsoleContext m_ctx;
    QTabBar* m_tabs = nullptr;
    QStackedWidget* m_stack = nullptr;
    QList<DashboardWidget*> m_dashboards;
    SloTierWidget* m_sloTier = nullptr;
    IncidentsPage* m_incidentsPage = nullptr;
    RunbookPanel* m_runbook = nullptr; // beside the charts: the selected alert's runbook
    qint64 m_runbookIncident = 0;      // the incident that keeps its progress; 0: none
    QPointer<ReportsWindow> m_reports;
    QHash<qint64, QPointer<QWidget>> m_postmortemEditors; // one per incident: two would overwrite each other
    int tierCount() const;
    AlertListWidget* m_alertList = nullptr;
    VariableBar* m_variables = nullptr;
    QList<SourceStatusWidget*> m_statusItems;
    OnCallStatus* m_onCall = nullptr;
    QComboBox* m_savedQueries = nullptr;
    QString m_alertQuery; // a saved query picked in the toolbar; empty: the workspace's default
    AlertServiceNotice* m_serviceNotice = nullptr;
    QDateTime m_alertsAsOf;         // the last poll of the alert service that answered
    QDateTime m_alertsFailingSince; // the first of the polls that failed since; invalid while it answers
    QTimer* m_clockTimer = nullptr;
    bool m_firstPaintSeen = false;
    bool m_firstTierFilled = false;
    bool m_variablesReady = false; // panels wait for their $variables before the first poll
    int m_tier = 0;
};

} // namespace wk::ui
