#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "genie/GenieAlertBackend.h"
#include "net/HttpService.h"
#include "workspace/AlertService.h"

#include <functional>
#include <memory>
#include <optional>

namespace wk::cli {

// What the command line says about the alert service; each one given overrides the workspace.
struct AlertsFlags
{
    QString workspaceFile; // empty: the user's workspace, when there is one
    std::optional<QString> backend;
    std::optional<QString> region;
    std::optional<QString> apiUrl;
    std::optional<QString> cloudId;
    std::optional<QString> email;
};

// The workspace's `alerts:` section with the flags laid over it. A BadQuery error is a usage error: the
// workspace does not load, a flag is wrong, or no service is configured at all.
Result<workspace::AlertService> resolveAlertService(const AlertsFlags& flags);

struct AlertsConnection
{
    std::shared_ptr<net::HttpService> http;
    std::shared_ptr<SystemClock> clock;
    std::shared_ptr<genie::GenieAlertBackend> backend;
    // For what the backend does not offer: Opsgenie's alert count, which its list answers leave out.
    std::shared_ptr<genie::GenieClient> client;
    QString secretOrigin; // where the secret was read: named when the service refuses it
};

// Reads the API key or token (the environment variable first, then the keychain; never a flag or a file) and
// builds the client. A BadQuery error means the setup is incomplete (a JSM cloud id, an email, the secret).
void connectAlerts(const workspace::AlertService& service, const genie::GenieOptions& options, QObject* context,
    std::function<void(Result<AlertsConnection>)> done);

} // namespace wk::cli
