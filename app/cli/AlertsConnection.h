#pragma once

#include "common/Clock.h"
#include "common/Error.h"
#include "genie/GenieAlertBackend.h"
#include "net/HttpService.h"
#include "workspace/AlertService.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

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

// The options that name the alert service (--workspace, --backend, --region, --api-url, --cloud-id, --email), for
// every command that talks to it; read() gives the flags the user set.
struct AlertsFlagOptions
{
    QCommandLineOption workspace{
        QStringLiteral("workspace"), QStringLiteral("The workspace file (default: yours)."), QStringLiteral("file")};
    QCommandLineOption backend{QStringLiteral("backend"), QStringLiteral("opsgenie or jsm (overrides the workspace)."),
        QStringLiteral("name")};
    QCommandLineOption region{
        QStringLiteral("region"), QStringLiteral("Opsgenie's region: us or eu."), QStringLiteral("region")};
    QCommandLineOption apiUrl{QStringLiteral("api-url"),
        QStringLiteral("The service's address (https; http only to loopback)."), QStringLiteral("url")};
    QCommandLineOption cloudId{
        QStringLiteral("cloud-id"), QStringLiteral("JSM: the site's cloud id."), QStringLiteral("id")};
    QCommandLineOption email{QStringLiteral("email"), QStringLiteral("JSM: the account the API token belongs to."),
        QStringLiteral("address")};

    QList<QCommandLineOption> all() const { return {workspace, backend, region, apiUrl, cloudId, email}; }
    AlertsFlags read(const QCommandLineParser& parser) const;
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
