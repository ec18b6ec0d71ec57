// The console's incident wiring: the Incidents tier, opening incidents from alerts, feeding what the console sees
// into open incidents' timelines, pinning panels, and the war room.
#include "MainWindow.h"

#include "alerts/AlertListWidget.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/PanelWidget.h"
#include "dashboards/VariableBar.h"
#include "incidents/IncidentDesk.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/WarRoomWindow.h"
#include "outbox/OutboxDispatcher.h"
#include "polling/SloBudgetBurn.h"
#include "postmortems/PostmortemEditor.h"
#include "runbooks/RunbookPanel.h"
#include "workspace/Variables.h"

#include <QAction>
#include <QDockWidget>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::ui {

void MainWindow::buildIncidentsTier()
{
    if (m_ctx.incidents == nullptr)
        return;
    m_incidentsPage = new IncidentsPage(*m_ctx.incidents, m_stack);
    m_stack->addWidget(m_incidentsPage);
    connect(m_incidentsPage->view(), &IncidentView::warRoomRequested, this, &MainWindow::openWarRoom);
}

void MainWindow::connectIncidents()
{
    IncidentDesk* desk = m_ctx.incidents;
    if (desk == nullptr)
        return;
    auto* open = new QAction(tr("Open incident…"), this);
    open->setObjectName(u"openIncidentAction"_s);
    open->setShortcut(QKeySequence(Qt::Key_I));
    open->setToolTip(tr("Open an incident from the selected alerts (I)"));
    connect(open, &QAction::triggered, this, [this]() {
        const QList<alerts::Alert> alerts = m_alertList->selectedAlerts();
        showTier(tierCount() - 1);
        m_incidentsPage->openFromAlerts(alerts);
    });
    m_alertList->addSelectionAction(open);
    auto* add = new QAction(tr("Add to incident"), this);
    add->setObjectName(u"addToIncidentAction"_s);
    add->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_I));
    add->setToolTip(tr("Link the selected alerts to the incident shown in the Incidents tier, or to the open "
                       "incident of their service (Shift+I)"));
    connect(add, &QAction::triggered, this, &MainWindow::addSelectedAlertsToIncident);
    m_alertList->addSelectionAction(add);

    connect(&m_ctx.actions, &outbox::OutboxDispatcher::recordChanged, desk, &IncidentDesk::observeAction);
    buildRunbookDock();
    connect(m_incidentsPage->view(), &IncidentView::postmortemRequested, this, &MainWindow::openPostmortem);
    connect(
        desk, &IncidentDesk::writeFailed, this, [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    for (DashboardWidget* dashboard : std::as_const(m_dashboards)) {
        connect(dashboard, &DashboardWidget::panelData, desk,
            [desk](const workspace::Panel& panel, const polling::PanelData& data,
                const QMap<QString, QString>& variables) {
                desk->observePanel(panel, data, variables.value(u"service"_s));
            });
        connect(dashboard, &DashboardWidget::pinRequested, this, &MainWindow::pinPanel);
    }
}

void MainWindow::buildRunbookDock()
{
    IncidentDesk* desk = m_ctx.incidents;
    m_runbook = new RunbookPanel(this);
    auto* dock = new QDockWidget(tr("Runbook"), this);
    dock->setObjectName(u"runbook-dock"_s);
    dock->setWidget(m_runbook);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {380}, Qt::Horizontal);
    connect(m_alertList, &AlertListWidget::alertSelected, this, &MainWindow::showRunbookFor);
    connect(m_runbook, &RunbookPanel::eventAppended, desk,
        [desk](const incidents::TimelineEvent& event) { desk->noteWritten(event.incidentId); });
    connect(desk, &IncidentDesk::timelineChanged, this, [this](qint64 id) {
        if (id == m_runbookIncident)
            refreshRunbookProgress(id);
    });
    // An incident opened (or resolved) for the shown alert changes where its progress is kept.
    connect(desk, &IncidentDesk::incidentsChanged, this, [this]() { showRunbookFor(m_alertList->selectedAlertId()); });
}

void MainWindow::showRunbookFor(const QString& alertId)
{
    IncidentDesk* desk = m_ctx.incidents;
    const QList<alerts::Alert> selected = m_alertList->selectedAlerts();
    const auto alert = std::find_if(
        selected.cbegin(), selected.cend(), [&alertId](const alerts::Alert& a) { return a.id == alertId; });
    const runbooks::Runbook* runbook = alert != selected.cend() ? desk->runbooks().forAlert(*alert) : nullptr;
    const incidents::Incident* incident = alertId.isEmpty() ? nullptr : desk->openIncidentWithAlert(alertId);
    const qint64 incidentId = incident ? incident->id : 0;
    const QString shownId = m_runbook->property("runbookId").toString();
    const QString wantedId = runbook ? runbook->id : QString();
    if (shownId == wantedId && m_runbookIncident == incidentId && m_runbook->property("alertId") == alertId)
        return;
    m_runbook->setProperty("runbookId", wantedId);
    m_runbook->setProperty("alertId", alertId);
    m_runbook->setRunbook(runbook ? std::optional<runbooks::Runbook>(*runbook) : std::nullopt);
    m_runbookIncident = incidentId;
    m_runbook->setIncident(incident ? &desk->service() : nullptr, incidentId, m_ctx.user);
    if (alert != selected.cend())
        m_runbook->setAlert(alert->id, alert->service);
    if (incidentId != 0)
        refreshRunbookProgress(incidentId);
}

void MainWindow::refreshRunbookProgress(qint64 incidentId)
{
    m_ctx.incidents->service().timeline(
        incidentId, 0, m_runbook, [this, incidentId](Result<QList<incidents::TimelineEvent>> events) {
            if (events && incidentId == m_runbookIncident)
                m_runbook->setTimeline(*events);
        });
}

void MainWindow::openPostmortem(qint64 incidentId)
{
    if (QWidget* open = m_postmortemEditors.value(incidentId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    // Where the workspace has SLOs, what the incident cost each of them comes first: a draft is made with it.
    const incidents::Incident* incident = m_ctx.incidents->incident(incidentId);
    if (incident == nullptr || incident->services.isEmpty() || m_ctx.workspace.slos.isEmpty()) {
        showPostmortemEditor(incidentId, {});
        return;
    }
    struct Burns
    {
        int waiting = 0;
        QStringList lines;
        std::optional<double> first;
        bool shown = false;
    };
    auto burns = std::make_shared<Burns>();
    auto finish = [this, incidentId, burns]() {
        if (burns->shown)
            return;
        burns->shown = true;
        std::optional<std::pair<double, QString>> budget;
        if (burns->first)
            budget = std::make_pair(*burns->first, burns->lines.join(u"; "_s));
        showPostmortemEditor(incidentId, budget);
    };
    QMap<QString, QString> variables = m_variables->values();
    variables.insert(u"service"_s, incident->services.constFirst());
    for (const workspace::Slo& slo : m_ctx.workspace.slos) {
        metrics::MetricsBackend* backend = m_ctx.metrics.backendFor(slo.source);
        if (backend == nullptr)
            continue;
        ++burns->waiting;
        const qint64 periodDays = slo.periodSeconds / 86400;
        polling::fetchBudgetBurned(*backend, slo, variables, incident->createdAt, incident->updatedAt, this,
            [burns, finish, name = slo.name, periodDays](Result<std::optional<double>> burned) {
                if (burned && *burned) {
                    if (!burns->first)
                        burns->first = **burned;
                    burns->lines.append(tr("%1: %2 % of the %3-day budget")
                                            .arg(name, QString::number(**burned * 100.0, 'f', 1))
                                            .arg(periodDays));
                }
                if (--burns->waiting == 0)
                    finish();
            });
    }
    if (burns->waiting == 0)
        finish();
    else
        QTimer::singleShot(5000, this, finish); // a slow source must not keep the editor from opening
}

void MainWindow::showPostmortemEditor(qint64 incidentId, const std::optional<std::pair<double, QString>>& budget)
{
    auto* editor = new PostmortemEditor(m_ctx.incidents->service(), incidentId, m_ctx.workspace.postmortemTemplate);
    if (budget)
        editor->setSloBudgetBurned(budget->first, budget->second);
    m_postmortemEditors.insert(incidentId, editor);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    editor->setParent(this, Qt::Window);
    editor->setWindowTitle(tr("Postmortem of incident #%1").arg(incidentId));
    editor->resize(1200, 860);
    editor->show();
}

void MainWindow::addSelectedAlertsToIncident()
{
    IncidentDesk* desk = m_ctx.incidents;
    const QList<alerts::Alert> alerts = m_alertList->selectedAlerts();
    if (alerts.isEmpty())
        return;
    // The incident on screen is the one people mean; else the newest open one of the alerts' service.
    const incidents::Incident* target = desk->incident(m_incidentsPage->view()->incidentId());
    if (target == nullptr || target->status == incidents::IncidentStatus::Resolved)
        target = desk->openIncidentFor(alerts.constFirst().service);
    if (target == nullptr) {
        statusBar()->showMessage(tr("No open incident to add the alerts to: open one with I."), 10000);
        return;
    }
    const qint64 id = target->id;
    desk->observeAlerts(alerts);
    desk->linkAlerts(id, alerts, [this, id](Result<incidents::Incident> linked) {
        if (!linked)
            return;
        statusBar()->showMessage(tr("Alerts added to incident #%1").arg(id), 8000);
        m_incidentsPage->select(id);
    });
}

QString MainWindow::currentService() const
{
    return m_variables->values().value(u"service"_s);
}

void MainWindow::pinPanel(PanelWidget* panel)
{
    IncidentDesk* desk = m_ctx.incidents;
    if (desk == nullptr || panel == nullptr)
        return;
    const QString service = currentService();
    const incidents::Incident* incident = desk->openIncidentFor(service);
    if (incident == nullptr) {
        statusBar()->showMessage(
            tr("No open incident is about %1: open one (select its alerts, press I) to pin panels to it.").arg(service),
            10000);
        return;
    }
    const QString title = workspace::expandVariables(panel->panel().title, m_variables->values());
    const qint64 id = incident->id;
    desk->pinSnapshot(id, service.isEmpty() ? title : u"%1 — %2"_s.arg(title, service), panel->grab().toImage(),
        [this, id, title](Result<incidents::TimelineEvent> pinned) {
            if (pinned)
                statusBar()->showMessage(tr("Pinned \"%1\" to incident #%2").arg(title).arg(id), 8000);
        });
}

QWidget* MainWindow::openWarRoom(qint64 incidentId)
{
    IncidentDesk* desk = m_ctx.incidents;
    const incidents::Incident* incident = desk ? desk->incident(incidentId) : nullptr;
    if (incident == nullptr)
        return nullptr;
    // The affected service's first tier, polled on its own while the war room is open.
    QWidget* charts = nullptr;
    if (!m_ctx.workspace.dashboards.isEmpty()) {
        workspace::Dashboard dashboard = m_ctx.workspace.dashboards.constFirst();
        dashboard.id = u"warroom-%1-"_s.arg(incidentId) + dashboard.id;
        auto* widget = new DashboardWidget(
            dashboard, m_ctx.workspace.refreshSeconds, m_ctx.metrics, m_ctx.scheduler, m_ctx.clock);
        QMap<QString, QString> variables = m_variables->values();
        if (!incident->services.isEmpty())
            variables.insert(u"service"_s, incident->services.constFirst());
        widget->setVariables(variables);
        widget->setActive(true);
        charts = widget;
    }
    RunbookPanel* runbook = nullptr;
    if (const runbooks::Runbook* found = desk->runbookFor(*incident)) {
        runbook = new RunbookPanel;
        runbook->setRunbook(*found);
        runbook->setIncident(&desk->service(), incidentId, m_ctx.user);
        connect(runbook, &RunbookPanel::eventAppended, desk,
            [desk](const incidents::TimelineEvent& event) { desk->noteWritten(event.incidentId); });
    }
    auto* room = new WarRoomWindow(*desk, incidentId, charts, runbook, this);
    // Without a window manager (a bare X server on a wall screen) full screen is only a flag: size it too.
    room->setGeometry(screen()->geometry());
    room->showFullScreen();
    return room;
}

} // namespace wk::ui
