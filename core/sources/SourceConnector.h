#pragma once

#include "metrics/MetricsBackend.h"
#include "net/HttpService.h"
#include "secrets/SecretStore.h"
#include "workspace/Workspace.h"

#include <functional>
#include <map>
#include <memory>

namespace wk::sources {

// The workspace's data sources, connected: one backend per source, and what could not be set up.
struct ConnectedSources
{
    std::map<QString, std::shared_ptr<metrics::MetricsBackend>> backends;
    QString defaultName;
    QStringList problems; // "prod: no secret in WATCHKEEPER_SOURCE_PROD_SECRET or the keychain (source/prod)"
};

// Builds a client for each source, with its secret from the environment variable named for it or, failing
// that, the keychain. A source whose secret is missing still connects (without credentials) and says so.
class SourceConnector
{
public:
    SourceConnector(net::HttpService& http, secrets::SecretStore* keychain);

    void connect(
        const QList<workspace::DataSource>& sources, QObject* context, std::function<void(ConnectedSources)> done);

    // One source, for the command line.
    void connectOne(const workspace::DataSource& source, QObject* context,
        std::function<void(std::shared_ptr<metrics::MetricsBackend>, QString problem)> done);

private:
    net::HttpService& m_http;
    secrets::SecretStore* m_keychain;
};

// The Authorization header a source needs for its secret (none for auth: none or an empty secret).
std::optional<net::Header> authorizationHeader(const workspace::DataSource& source, const QString& secret);

} // namespace wk::sources
