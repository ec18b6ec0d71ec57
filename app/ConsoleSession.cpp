#include "ConsoleSession.h"

#include "MainWindow.h"
#include "common/Logging.h"
#include "demo/DemoAlertBackend.h"
#include "demo/DemoFleet.h"
#include "demo/DemoMetricsBackend.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace wk::app {

ConsoleSession::ConsoleSession(const Options& options)
{
    auto log = logging::get("app");
    // Real backends arrive behind the same seams; until one is configured the console runs on the demo fleet.
    auto fleet = std::make_shared<const demo::DemoFleet>();
    m_metrics = std::make_unique<demo::DemoMetricsBackend>(fleet);
    m_alerts = std::make_unique<demo::DemoAlertBackend>(fleet, m_clock);
    log->info("metrics from {}, alerts from {}", m_metrics->sourceName(), m_alerts->sourceName());

    m_scheduler = std::make_unique<polling::PollScheduler>(m_clock);
    QString user = options.user;
    if (user.isEmpty())
        user = qEnvironmentVariable("USER", u"on-call"_s);
    ui::ConsoleContext context{*m_metrics, *m_alerts, *m_scheduler, m_clock, loadWorkspace(options), user,
        QCoreApplication::translate("main", "Demo fleet")};
    m_window = std::make_unique<ui::MainWindow>(std::move(context));
    m_scheduler->start();
}

ConsoleSession::~ConsoleSession()
{
    m_scheduler->stop();
    m_window.reset();
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
        log->info("workspace {} loaded: {} dashboards", path, loaded->dashboards.size());
        return *loaded;
    }
    log->error("workspace {}: {}", path, describe(loaded.error()));
    QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Workspace not loaded"),
        QCoreApplication::translate("main", "%1 could not be read:\n\n%2\n\nThe built-in workspace is shown instead.")
            .arg(path, loaded.error().detail));
    return workspace::defaultWorkspace();
}

} // namespace wk::app
