#pragma once

#include "CommandLine.h"
#include "alerts/AlertBackend.h"
#include "common/Clock.h"
#include "genie/GenieEndpoint.h"
#include "net/HttpService.h"
#include "outbox/ActionOutbox.h"
#include "outbox/OutboxDispatcher.h"
#include "polling/PollScheduler.h"
#include "secrets/KeychainProbe.h"
#include "sources/MetricsRouter.h"
#include "sources/SourceConnector.h"
#include "workspace/Workspace.h"

#include <QObject>

#include <functional>
#include <memory>

namespace wk::incidents {
class IncidentService;
}

namespace wk::archive {
class AlertArchive;
}

namespace wk::store {
template <typename Store> class StoreWorker;
}

namespace wk::ui {
class AlertNotifier;
class IncidentDesk;
class MainWindow;
} // namespace wk::ui

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
    // The alert service: Opsgenie or JSM Ops when the workspace names one, else what start() chose.
    void connectSources();
    void connectAlertService(QStringList problems);
    void askForAlertSecret(const genie::GenieEndpoint& endpoint, const QString& why, QStringList problems);
    void useAlertService(const genie::GenieEndpoint& endpoint, const QString& secret, QStringList problems);
    void openOutbox(QStringList& problems);
    // The incident store on its own thread, and the desk the window works incidents through.
    void openIncidents(const QString& user);
    // The alert archive on its own thread; every polled page of alerts is written to it.
    void openArchive();

    Options m_options;
    SystemClock m_clock;
    workspace::Workspace m_workspace;
    std::unique_ptr<net::HttpService> m_http;
    std::unique_ptr<secrets::SessionSecretStore> m_keychain;
    std::unique_ptr<sources::SourceConnector> m_connector;
    sources::MetricsRouter m_metrics;
    std::unique_ptr<alerts::AlertBackend> m_alerts;
    std::optional<outbox::ActionOutbox> m_outbox;
    std::unique_ptr<outbox::OutboxDispatcher> m_actions;
    std::unique_ptr<polling::PollScheduler> m_scheduler;
    std::unique_ptr<ui::AlertNotifier> m_notifier;
    std::unique_ptr<incidents::IncidentService> m_incidentService;
    std::unique_ptr<ui::IncidentDesk> m_incidentDesk;
    std::unique_ptr<store::StoreWorker<archive::AlertArchive>> m_archive;
    std::unique_ptr<ui::MainWindow> m_window;
    std::function<void(ui::MainWindow&)> m_ready;
    bool m_onDemo = false;
    bool m_keychainProbed = false;
    std::function<void()> m_afterProbe; // waits for the keychain probe when a secret is needed
};

} // namespace wk::app
