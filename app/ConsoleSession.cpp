#include "ConsoleSession.h"

#include "MainWindow.h"
#include "common/Logging.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "prometheus/PrometheusAlertBackend.h"
#include "prometheus/PrometheusClient.h"
#include "secrets/KeychainSecretStore.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace wk::app {

ConsoleSession::ConsoleSession(const Options& options)
    : m_options(options)
    , m_http(std::make_unique<net::HttpService>())
    , m_keychain(std::make_unique<secrets::KeychainSecretStore>())
{
    m_workspace = loadWorkspace(options);
    m_scheduler = std::make_unique<polling::PollScheduler>(m_clock);
}

ConsoleSession::~ConsoleSession()
{
    m_scheduler->stop();
    m_window.reset();
}

void ConsoleSession::start(std::function<void(ui::MainWindow&)> ready)
{
    m_ready = std::move(ready);
    if (m_options.demo || m_workspace.sources.isEmpty()) {
        useDemoFleet();
        buildWindow({});
        return;
    }
    m_connector = std::make_unique<sources::SourceConnector>(*m_http, m_keychain.get());
    m_connector->connect(m_workspace.sources, this, [this](sources::ConnectedSources connected) {
        for (auto& [name, backend] : connected.backends)
            m_metrics.add(name, backend);
        m_metrics.setDefault(connected.defaultName);
        // Until an alert service is configured, the default source's own alerts fill the list, read-only.
        auto* client = dynamic_cast<prometheus::PrometheusClient*>(m_metrics.defaultBackend());
        if (client)
            m_alerts = std::make_unique<prometheus::PrometheusAlertBackend>(*client);
        else
            m_alerts = std::make_unique<demo::DemoAlertBackend>(std::make_shared<const demo::DemoFleet>(), m_clock);
        buildWindow(connected.problems);
    });
}

void ConsoleSession::useDemoFleet()
{
    // The demo answers the default workspace's panels, whatever sources a workspace names.
    m_onDemo = true;
    auto fleet = std::make_shared<const demo::DemoFleet>();
    m_metrics.add(u"demo"_s, std::make_shared<demo::DemoMetricsBackend>(fleet));
    m_alerts = std::make_unique<demo::DemoAlertBackend>(fleet, m_clock);
    if (m_options.demo && !m_workspace.sources.isEmpty()) {
        for (auto& dashboard : m_workspace.dashboards) {
            for (auto& panel : dashboard.panels)
                panel.source.clear();
        }
    }
}

void ConsoleSession::buildWindow(const QStringList& problems)
{
    auto log = logging::get("app");
    for (const QString& problem : problems)
        log->warn("{}", problem);
    QString user = m_options.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", u"on-call"_s);
    const QString environment = m_onDemo ? QCoreApplication::translate("main", "Demo fleet") : m_workspace.name;
    log->info("metrics from {}, alerts from {}", m_metrics.defaultBackend()->sourceName(), m_alerts->sourceName());
    ui::ConsoleContext context{m_metrics, *m_alerts, *m_scheduler, m_clock, m_workspace, user, environment};
    m_window = std::make_unique<ui::MainWindow>(std::move(context));
    m_scheduler->start();
    if (!problems.isEmpty()) {
        QMessageBox::warning(m_window.get(), QCoreApplication::translate("main", "Sources without credentials"),
            problems.join(u"\n\n"_s));
    }
    if (m_ready)
        m_ready(*m_window);
}

workspace::Workspace ConsoleSession::loadWorkspace(const Options& options)
{
    auto log = logging::get("app");
    const QString path = workspace::workspaceFileToUse(options.workspaceFile);
    if (path.isEmpty()) {
        log->info("using the built-in workspace");
        return workspace::defaultWorkspace();
    }
    auto loaded = workspace::loadWorkspaceFile(path);
    if (loaded) {
        log->info(
            "workspace {} loaded: {} dashboards, {} sources", path, loaded->dashboards.size(), loaded->sources.size());
        return *loaded;
    }
    log->error("workspace {}: {}", path, describe(loaded.error()));
    QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Workspace not loaded"),
        QCoreApplication::translate("main", "%1 could not be read:\n\n%2\n\nThe built-in workspace is shown instead.")
            .arg(path, loaded.error().detail));
    return workspace::defaultWorkspace();
}

} // namespace wk::app
