#include "cli/AlertsConnection.h"

#include <array>

#include "genie/GenieSetup.h"
#include "secrets/KeychainSecretStore.h"
#include "workspace/BaseUrl.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

Error usageError(const QString& detail)
{
    return Error{ErrorCode::BadQuery, detail, std::nullopt, 0};
}

// The flags that choose where the service is; the workspace's host settings only hold for its own backend.
Result<void> applyFlags(const AlertsFlags& flags, workspace::AlertService& service)
{
    using workspace::AlertServiceKind;
    if (flags.backend) {
        AlertServiceKind kind = AlertServiceKind::Automatic;
        if (*flags.backend == u"opsgenie"_s)
            kind = AlertServiceKind::Opsgenie;
        else if (*flags.backend == u"jsm"_s)
            kind = AlertServiceKind::Jsm;
        else
            return std::unexpected(usageError(u"--backend is opsgenie or jsm, not \"%1\""_s.arg(*flags.backend)));
        if (kind != service.kind) {
            service.eu = false;
            service.apiUrl.clear();
            service.cloudId.clear();
            service.email.clear();
            service.caFile.clear();
        }
        service.kind = kind;
    }
    const bool jsm = service.kind == AlertServiceKind::Jsm;
    if (flags.region && flags.apiUrl)
        return std::unexpected(usageError(u"give --region or --api-url, not both: each one chooses the host"_s));
    if (flags.region) {
        if (jsm)
            return std::unexpected(usageError(u"--region is for Opsgenie (JSM Ops has one host)"_s));
        if (*flags.region != u"us"_s && *flags.region != u"eu"_s)
            return std::unexpected(usageError(u"--region is us or eu, not \"%1\""_s.arg(*flags.region)));
        service.eu = *flags.region == u"eu"_s;
        service.apiUrl.clear();
    }
    if (flags.apiUrl) {
        // The message never repeats the address: a wrong one may carry a key in its query.
        const auto url = workspace::parseAlertApiUrl(*flags.apiUrl);
        if (!url)
            return std::unexpected(usageError(u"--api-url "_s + url.error()));
        service.apiUrl = *url;
    }
    if ((flags.cloudId || flags.email) && !jsm)
        return std::unexpected(usageError(u"--cloud-id and --email are for --backend jsm"_s));
    if (flags.cloudId)
        service.cloudId = flags.cloudId->trimmed();
    if (flags.email)
        service.email = flags.email->trimmed();
    return {};
}

} // namespace

Result<workspace::AlertService> resolveAlertService(const AlertsFlags& flags)
{
    const QString path = workspace::workspaceFileToUse(flags.workspaceFile);
    workspace::AlertService service;
    if (!path.isEmpty()) {
        auto loaded = workspace::loadWorkspaceFile(path);
        if (!loaded)
            return std::unexpected(usageError(loaded.error().detail));
        service = loaded->alerts;
    }
    if (auto applied = applyFlags(flags, service); !applied)
        return std::unexpected(applied.error());
    if (service.kind == workspace::AlertServiceKind::Automatic) {
        const QString where = path.isEmpty() ? workspace::userWorkspacePath() : path;
        return std::unexpected(usageError(
            u"no alert service is configured: add an \"alerts:\" section to %1, or pass --backend opsgenie|jsm"_s.arg(
                where)));
    }
    return service;
}

void connectAlerts(const workspace::AlertService& service, const genie::GenieOptions& options, QObject* context,
    std::function<void(Result<AlertsConnection>)> done)
{
    auto endpoint = genie::endpointFor(service);
    if (!endpoint) {
        const QString flag = service.cloudId.isEmpty() ? u"--cloud-id"_s : u"--email"_s;
        done(std::unexpected(usageError(
            endpoint.error().detail + u" (pass "_s + flag + u", or set it in the workspace's \"alerts:\" section)"_s)));
        return;
    }
    const bool fromEnvironment = !qEnvironmentVariable(endpoint->secretEnvVar().toLatin1().constData()).isEmpty();
    const QString origin
        = fromEnvironment ? endpoint->secretEnvVar() : u"the keychain entry \"%1\""_s.arg(endpoint->secretKey());
    auto keychain = std::make_shared<secrets::KeychainSecretStore>();
    genie::readSecret(*endpoint, keychain.get(), context,
        [keychain, endpoint = *endpoint, options, origin, done = std::move(done)](Result<QString> secret) {
            if (!secret) {
                done(std::unexpected(usageError(secret.error().detail)));
                return;
            }
            AlertsConnection connection;
            connection.http = std::make_shared<net::HttpService>();
            connection.clock = std::make_shared<SystemClock>();
            connection.backend = std::make_shared<genie::GenieAlertBackend>(
                *connection.http, endpoint, *secret, *connection.clock, options);
            connection.client
                = std::make_shared<genie::GenieClient>(*connection.http, endpoint, *secret, *connection.clock);
            connection.secretOrigin = origin;
            done(std::move(connection));
        });
}

AlertsFlags AlertsFlagOptions::read(const QCommandLineParser& parser) const
{
    AlertsFlags flags;
    flags.workspaceFile = parser.value(workspace);
    const std::array<std::pair<const QCommandLineOption*, std::optional<QString>*>, 5> hostFlags{{
        {&backend, &flags.backend},
        {&region, &flags.region},
        {&apiUrl, &flags.apiUrl},
        {&cloudId, &flags.cloudId},
        {&email, &flags.email},
    }};
    for (const auto& [option, value] : hostFlags) {
        if (parser.isSet(*option))
            *value = parser.value(*option);
    }
    return flags;
}

} // namespace wk::cli
