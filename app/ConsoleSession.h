#pragma once

#include "CommandLine.h"
#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "net/HttpService.h"
#include "polling/PollScheduler.h"
#include "secrets/SecretStore.h"
#include "sources/MetricsRouter.h"
#include "sources/SourceConnector.h"
#include "workspace/Workspace.h"

#include <QObject>

#include <functional>
#include <memory>

namespace wk::ui {
class MainWindow;
}

namespace wk::app {

// The composition root: loads the workspace, connects its sources (the demo fleet when it declares none, or
// with --demo), and builds the window once the sources are ready. Owns everything for the console's lifetime.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(const Options& options);
    ~ConsoleSession() override;

    // Calls `ready` with the window once it exists (after any keychain reads the sources need).
    void start(std::function<void(ui::MainWindow&)> ready);

private:
    workspace::Workspace loadWorkspace(const Options& options);
    void useDemoFleet();
    void buildWindow(const QStringList& problems);

    Options m_options;
    SystemClock m_clock;
    workspace::Workspace m_workspace;
    std::unique_ptr<net::HttpService> m_http;
    std::unique_ptr<secrets::SecretStore> m_keychain;
    std::unique_ptr<sources::SourceConnector> m_connector;
    sources::MetricsRouter m_metrics;
    std::unique_ptr<alerts::AlertBackend> m_alerts;
    std::unique_ptr<polling::PollScheduler> m_scheduler;
    std::unique_ptr<ui::MainWindow> m_window;
    std::function<void(ui::MainWindow&)> m_ready;
    bool m_onDemo = false;
};

} // namespace wk::app
