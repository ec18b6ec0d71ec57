#include "cli/CliSources.h"

#include "prometheus/PrometheusClient.h"
#include "secrets/KeychainSecretStore.h"
#include "sources/SourceConnector.h"
#include "workspace/WorkspaceLoader.h"
#include "workspace/WorkspaceLocation.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace wk::cli {

namespace {

Result<ConnectedSource> fromUrl(const SourceRequest& request)
{
    const QUrl url(request.url, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return makeError(
            ErrorCode::BadQuery, u"--url must be an http or https URL with a host, not \"%1\""_s.arg(request.url));
    if (!url.userInfo().isEmpty())
        return makeError(ErrorCode::BadQuery, u"credentials do not go in the URL; set WATCHKEEPER_PROMETHEUS_TOKEN"_s);
    ConnectedSource out;
    out.http = std::make_shared<net::HttpService>();
    prometheus::ClientConfig config;
    config.name = url.host();
    config.baseUrl = url;
    config.timeoutMs = request.timeoutSeconds * 1000;
    const QByteArray token = qgetenv("WATCHKEEPER_PROMETHEUS_TOKEN");
    if (!token.isEmpty())
        config.headers.append({"Authorization", "Bearer " + token});
    out.backend = std::make_shared<prometheus::PrometheusClient>(*out.http, std::move(config));
    return out;
}

} // namespace

void connectSource(const SourceRequest& request, QObject* context, std::function<void(Result<ConnectedSource>)> done)
{
    if (!request.url.isEmpty()) {
        done(fromUrl(request));
        return;
    }
    const QString path = workspace::workspaceFileToUse(request.workspaceFile);
    if (path.isEmpty()) {
        done(makeError(ErrorCode::BadQuery,
            u"--source needs a workspace that declares it: pass --workspace FILE or create %1"_s.arg(
                workspace::userWorkspacePath())));
        return;
    }
    auto loaded = workspace::loadWorkspaceFile(path);
    if (!loaded) {
        done(std::unexpected(Error{ErrorCode::BadQuery, loaded.error().detail, std::nullopt, 0}));
        return;
    }
    const workspace::DataSource* found = nullptr;
    QStringList names;
    for (const auto& s : loaded->sources) {
        names.append(s.name);
        if (s.name == request.sourceName)
            found = &s;
    }
    if (!found) {
        done(makeError(ErrorCode::BadQuery,
            u"%1 declares no source \"%2\" (it has: %3)"_s.arg(
                path, request.sourceName, names.isEmpty() ? u"none"_s : names.join(u", "_s))));
        return;
    }
    workspace::DataSource source = *found;
    source.timeoutSeconds = std::min(source.timeoutSeconds, request.timeoutSeconds);
    auto http = std::make_shared<net::HttpService>();
    auto keychain = std::make_shared<secrets::KeychainSecretStore>();
    auto connector = std::make_shared<sources::SourceConnector>(*http, keychain.get());
    connector->connectOne(source, context,
        [http, keychain, connector, done](std::shared_ptr<metrics::MetricsBackend> backend, QString problem) {
            if (!problem.isEmpty())
                std::fprintf(stderr, "warning: %s\n", qPrintable(problem));
            done(ConnectedSource{http, std::move(backend)});
        });
}

} // namespace wk::cli
