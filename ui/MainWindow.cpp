#include "MainWindow.h"

#include "alerts/AlertListWidget.h"
#include "alerts/AlertTableModel.h"
#include "common/SourceStatusWidget.h"
#include "common/UiText.h"
#include "dashboards/DashboardWidget.h"
#include "dashboards/VariableBar.h"
#include "incidents/IncidentDesk.h"
#include "notify/AlertNotifier.h"
#include "oncall/AlertServiceNotice.h"
#include "oncall/OnCallStatus.h"
#include "runbooks/RunbookPanel.h"
#include "slo/SloTierWidget.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace wk::ui {

namespace {

constexpr qint64 closedAlertsShownMs = 24 * 3600 * 1000;

// The default workspace's tier names, so translators see them; a workspace's own titles pass through.
[[maybe_unused]] constexpr const char* defaultTierNames[] = {
    QT_TRANSLATE_NOOP("Tiers", "Health"),
    QT_TRANSLATE_NOOP("Tiers", "Quality"),
    QT_TRANSLATE_NOOP("Tiers", "Drift"),
    QT_TRANSLATE_NOOP("Tiers", "Resources"),
    QT_TRANSLATE_NOOP("Tiers", "SLOs"),
};

} // namespace

MainWindow::MainWindow(ConsoleContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(std::move(context))
{
    setWindowTitle(tr("Watchkeeper — %1").arg(m_ctx.environmentName));
    setWindowIcon(QIcon(u":/icons/watchkeeper-256.png"_s));
    resize(1400, 900);

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    for (const auto& dashboard : m_ctx.workspace.dashboards) {
        auto* widget = new DashboardWidget(
            dashboard, m_ctx.workspace.refreshSeconds, m_ctx.metrics, m_ctx.scheduler, m_ctx.clock, m_stack);
        m_stack->addWidget(widget);
        m_dashboards.append(widget);
        connect(widget, &DashboardWidget::allPanelsFilled, this, [this, widget] {
            if (!m_firstTierFilled) {
                m_firstTierFilled = true;
                Q_EMIT firstTierFilled(int(widget->panels().size()));
            }
        });
        connect(widget, &DashboardWidget::firstPaintWithData, this, [this] {
            if (!m_firstPaintSeen) {
                m_firstPaintSeen = true;
                Q_EMIT firstChartPainted();
            }
        });
    }
    if (!m_ctx.workspace.slos.isEmpty()) {
        m_sloTier = new SloTierWidget(
            m_ctx.workspace.slos, m_ctx.workspace.refreshSeconds, m_ctx.metrics, m_ctx.scheduler, m_ctx.clock, m_stack);
        m_stack->addWidget(m_sloTier);
    }
    buildIncidentsTier();
    buildToolBar();

    m_alertList = new AlertListWidget(m_ctx.alerts, m_ctx.actions, m_ctx.clock, m_ctx.user, this);
    auto* dock = new QDockWidget(tr("Alerts"), this);
    dock->setObjectName(u"alerts-dock"_s);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_alertList);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {270}, Qt::Vertical);
    m_alertList->setRuleMetrics(m_ctx.metrics.defaultBackend());
    connect(m_alertList, &AlertListWidget::alertSelected, this, &MainWindow::onAlertSelected);
    connect(m_alertList, &AlertListWidget::actionFinished, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    buildStatusBar();
    connectNotifier();
    connectIncidents();

    // The alert list polls at the workspace's pace, but never faster than the service's rate limits allow.
    const int alertRefresh = m_ctx.workspace.alerts.refreshSeconds > 0 ? m_ctx.workspace.alerts.refreshSeconds
                                                                       : m_ctx.workspace.refreshSeconds;
    const qint64 alertIntervalMs = std::max(qint64(alertRefresh) * 1000, m_ctx.alerts.minPollIntervalMs());
    m_ctx.scheduler.add(u"alerts"_s, m_ctx.alerts.sourceName(), alertIntervalMs,
        [this](polling::PollScheduler::Finished finished) { pollAlerts(finished); });
    // Variable values change rarely (a new service deploys): every five minutes is plenty. The reload answers
    // later, so this job must not speak for the source's health: it has a bookkeeping source of its own.
    m_ctx.scheduler.add(
        u"variables"_s, u"variable values"_s, 5 * 60 * 1000, [this](polling::PollScheduler::Finished finished) {
            m_variables->reload();
            finished(std::nullopt);
        });
    connect(&m_ctx.scheduler, &polling::PollScheduler::sourceHealthChanged, this, &MainWindow::refreshStatus);

    m_clockTimer = new QTimer(this);
    connect(m_clockTimer, &QTimer::timeout, this, [this] {
        refreshStatus();
        m_serviceNotice->refresh();
        m_alertList->model()->refreshAges();
    });
    m_clockTimer->start(1000);
    m_variablesReady = m_ctx.workspace.variables.isEmpty();
    // Where the user left the window, the dock and the tier; a fresh machine gets the defaults.
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_alertList->restoreHeaderState(settings.value(u"alerts/header"_s).toByteArray());
    showTier(std::clamp(settings.value(u"window/tier"_s, 0).toInt(), 0, tierCount() - 1));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"alerts/header"_s, m_alertList->saveHeaderState());
    settings.setValue(u"window/tier"_s, m_tier);
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_ctx.scheduler.remove(u"alerts"_s);
    m_ctx.scheduler.remove(u"variables"_s);
}

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Dashboards"));
    bar->setObjectName(u"dashboards-toolbar"_s);
    bar->setMovable(false);
    auto* brand = new QLabel(u"<b>Watchkeeper</b>"_s, bar);
    brand->setContentsMargins(6, 0, 12, 0);
    bar->addWidget(brand);

    m_variables = new VariableBar(m_ctx.workspace.variables, *m_ctx.metrics.defaultBackend(), bar);
    bar->addWidget(m_variables);
    connect(m_variables, &VariableBar::valuesChanged, this, [this](const QMap<QString, QString>& values) {
        for (DashboardWidget* d : std::as_const(m_dashboards))
            d->setVariables(values);
        if (m_sloTier != nullptr)
            m_sloTier->setVariables(values);
        if (!m_variablesReady) {
            m_variablesReady = true;
            showTier(m_tier);
        }
    });
    bar->addSeparator();

    m_tabs = new QTabBar(bar);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (const auto& dashboard : m_ctx.workspace.dashboards)
        m_tabs->addTab(QCoreApplication::translate("Tiers", dashboard.title.toUtf8().constData()));
    if (m_sloTier != nullptr)
        m_tabs->addTab(tr("SLOs"));
    if (m_incidentsPage != nullptr)
        m_tabs->addTab(tr("Incidents"));
    bar->addWidget(m_tabs);
    connect(m_tabs, &QTabBar::currentChanged, this, &MainWindow::showTier);
    for (int i = 0; i < tierCount() && i < 9; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    buildSavedQueries(bar);
    addReportsAction(bar);
    auto* refresh = bar->addAction(tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Poll every visible panel and the alerts now (F5)"));
    connect(refresh, &QAction::triggered, this, [this] { m_ctx.scheduler.pollAllNow(); });
}

void MainWindow::buildStatusBar()
{
    QStringList sources;
    for (const metrics::MetricsBackend* backend : m_ctx.metrics.backends())
        sources.append(backend->sourceName());
    sources.append(m_ctx.alerts.sourceName());
    sources.removeDuplicates();
    for (const QString& source : sources) {
        auto* item = new SourceStatusWidget(source, m_ctx.scheduler, m_ctx.clock, statusBar());
        statusBar()->addPermanentWidget(item);
        m_statusItems.append(item);
    }
    m_serviceNotice = new AlertServiceNotice(m_ctx.alerts, m_ctx.clock, statusBar());
    statusBar()->addPermanentWidget(m_serviceNotice);
    m_onCall = new OnCallStatus(m_ctx.alerts, m_ctx.user, statusBar());
    statusBar()->addPermanentWidget(m_onCall);
    m_onCall->setTeams(m_ctx.workspace.alerts.schedules.keys());
}

void MainWindow::buildSavedQueries(QToolBar* bar)
{
    // The workspace's saved queries, in the alert service's own syntax: the list polls what is picked.
    const auto& saved = m_ctx.workspace.alerts.savedQueries;
    if (saved.isEmpty())
        return;
    m_savedQueries = new QComboBox(bar);
    m_savedQueries->setObjectName(u"savedQueries"_s);
    m_savedQueries->setToolTip(tr("Which alerts the list reads from the alert service"));
    m_savedQueries->addItem(tr("Default query"), QString());
    for (const auto& [name, query] : saved) {
        m_savedQueries->addItem(name, query);
        m_savedQueries->setItemData(m_savedQueries->count() - 1, query, Qt::ToolTipRole);
    }
    bar->addWidget(m_savedQueries);
    connect(m_savedQueries, &QComboBox::currentIndexChanged, this, [this] {
        m_alertQuery = m_savedQueries->currentData().toString();
        m_ctx.scheduler.pollAllNow();
    });
}

void MainWindow::connectNotifier()
{
    AlertNotifier* notifier = m_ctx.notifier;
    if (notifier == nullptr)
        return;
    auto bringForward = [this] {
        showNormal();
        raise();
        activateWindow();
    };
    connect(notifier, &AlertNotifier::activated, this, [this, bringForward](const QString& alertId) {
        bringForward();
        if (!alertId.isEmpty())
            m_alertList->selectAlert(alertId);
    });
    connect(notifier, &AlertNotifier::showWindowRequested, this, bringForward);
    connect(notifier, &AlertNotifier::quitRequested, this, &QWidget::close);
    connect(notifier, &AlertNotifier::statusChanged, this, [this](const QString& text) {
        if (!text.isEmpty())
            statusBar()->showMessage(text, 15000);
    });
}

QStringList MainWindow::onCallTeams(const QList<alerts::Alert>& alerts) const
{
    // The workspace names the schedules that matter; without them, the teams of the open alerts.
    QStringList teams = m_ctx.workspace.alerts.schedules.keys();
    if (!teams.isEmpty()) {
        teams.sort();
        return teams;
    }
    for (const alerts::Alert& alert : alerts) {
        if (alert.status == alerts::AlertStatus::Closed || alert.team.isEmpty())
            continue;
        const QString first = alert.team.section(u","_s, 0, 0).trimmed();
        if (!teams.contains(first))
            teams.append(first);
    }
    teams.sort();
    return teams;
}

void MainWindow::refreshStatus()
{
    for (SourceStatusWidget* item : std::as_const(m_statusItems))
        item->refresh();
}

DashboardWidget* MainWindow::activeDashboard() const
{
    return qobject_cast<DashboardWidget*>(m_stack->currentWidget());
}

int MainWindow::tierCount() const
{
    return int(m_dashboards.size()) + (m_sloTier != nullptr ? 1 : 0) + (m_incidentsPage != nullptr ? 1 : 0);
}

void MainWindow::showTier(int index)
{
    if (index < 0 || index >= tierCount())
        return;
    m_tier = index;
    for (int i = 0; i < m_dashboards.size(); ++i)
        m_dashboards[i]->setActive(m_variablesReady && i == index);
    if (m_sloTier != nullptr)
        m_sloTier->setActive(m_variablesReady && index == m_dashboards.size());
    m_stack->setCurrentIndex(index);
    // The incident view shows the runbook of its own incident; two would only take room from the timeline.
    if (auto* dock = m_runbook != nullptr ? qobject_cast<QDockWidget*>(m_runbook->parentWidget()) : nullptr)
        dock->setVisible(m_incidentsPage == nullptr || index != tierCount() - 1);
    if (m_tabs->currentIndex() != index)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::pollAlerts(const polling::PollScheduler::Finished& finished)
{
    alerts::AlertQuery query;
    query.text = m_alertQuery;
    query.includeClosed = true;
    query.closedSince = m_ctx.clock.now().addMSecs(-closedAlertsShownMs);
    query.limit = 1000; // the list shows at most this many; the status bar says when there are more
    m_ctx.alerts.list(query, this, [this, finished](Result<alerts::AlertPage> page) {
        showAlertServiceState(page ? std::nullopt : std::optional<Error>(page.error()));
        if (page) {
            m_alertList->setAlerts(page->alerts);
            if (m_ctx.incidents != nullptr)
                m_ctx.incidents->observeAlerts(page->alerts);
            if (m_ctx.archiveAlerts)
                m_ctx.archiveAlerts(page->alerts);
            m_serviceNotice->setCounts(int(page->alerts.size()), page->total, page->more);
            m_onCall->setTeams(onCallTeams(page->alerts));
            if (m_ctx.notifier != nullptr)
                m_ctx.notifier->onAlerts(page->alerts, m_onCall->userOnCall());
        } else {
            m_serviceNotice->refresh();
        }
        finished(page ? std::nullopt : std::optional<Error>(page.error()));
    });
}

void MainWindow::showAlertServiceState(const std::optional<Error>& failure)
{
    const QDateTime now = m_ctx.clock.now();
    if (!failure) {
        m_alertsAsOf = now;
        m_alertsFailingSince = QDateTime();
        m_alertList->setStaleNotice(QString());
        return;
    }
    if (!m_alertsFailingSince.isValid())
        m_alertsFailingSince = now;
    QString text = tr("⚠ %1: the list could not be refreshed since %2 — %3.")
                       .arg(m_ctx.alerts.sourceName(), momentText(m_alertsFailingSince, now), errorText(*failure));
    text += u" "_s
        + (m_alertsAsOf.isValid() ? tr("Showing the alerts as of %1.").arg(momentText(m_alertsAsOf, now))
                                  : tr("No alerts have been read yet."));
    m_alertList->setStaleNotice(text);
}

void MainWindow::onAlertSelected(const QString& alertId, const QString& service)
{
    if (!service.isEmpty()) {
        m_variables->select(u"service"_s, service);
        return;
    }
    // Vendors' lists leave out the entity and details: read the whole alert to learn its service.
    m_ctx.alerts.get(alertId, this, [this, alertId](Result<alerts::Alert> alert) {
        if (!alert)
            return;
        m_alertList->model()->updateAlert(*alert);
        if (!alert->service.isEmpty() && m_alertList->selectedAlertId() == alertId)
            m_variables->select(u"service"_s, alert->service);
    });
}

} // namespace wk::ui
