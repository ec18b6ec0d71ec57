#include "sources/SourceConnector.h"

#include "common/Logging.h"
#include "prometheus/PrometheusClient.h"

using namespace Qt::StringLiterals;

namespace wk::sources {

namespace {

std::shared_ptr<metrics::MetricsBackend> makeClient(
    net::HttpService& http, const workspace::DataSource& source, const QString& secret)
{
    prometheus::ClientConfig config;
    config.name = source.name;
    config.baseUrl = source.url;
    config.caFile = source.caFile;
    config.timeoutMs = source.timeoutSeconds * 1000;
    for (const auto& [name, value] : source.headers)
        config.headers.append({name.toLatin1(), value.toUtf8()});
    if (auto auth = authorizationHeader(source, secret))
        config.headers.append(*auth);
    return std::make_shared<prometheus::PrometheusClient>(http, std::move(config));
}

} // namespace

std::optional<net::Header> authorizationHeader(const workspace::DataSource& source, const QString& secret)
{
    if (secret.isEmpty())
        return std::nullopt;
    switch (source.auth) {
    case workspace::SourceAuth::None:
        return std::nullopt;
    case workspace::SourceAuth::Bearer:
        return net::Header{"Authorization", "Bearer " + secret.toUtf8()};
    case workspace::SourceAuth::Basic:
        return net::Header{"Authorization", "Basic " + (source.username + u':' + secret).toUtf8().toBase64()};
    }
    return std::nullopt;
}

SourceConnector::SourceConnector(net::HttpService& http, secrets::SecretStore* keychain)
    : m_http(http)
    , m_keychain(keychain)
{ }

void SourceConnector::connectOne(const workspace::DataSource& source, QObject* context,
    std::function<void(std::shared_ptr<metrics::MetricsBackend>, QString)> done)
{
    if (source.auth == workspace::SourceAuth::None) {
        done(makeClient(m_http, source, {}), {});
        return;
    }
    const QString envName = workspace::secretEnvVarFor(source);
    const QString fromEnv = qEnvironmentVariable(envName.toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        done(makeClient(m_http, source, fromEnv), {});
        return;
    }
    const QString missing = u"%1: no secret in %2 or the keychain (%3); requests go without credentials"_s.arg(
        source.name, envName, workspace::secretKeyFor(source));
    if (!m_keychain) {
        done(makeClient(m_http, source, {}), missing);
        return;
    }
    m_keychain->read(workspace::secretKeyFor(source), context,
        [this, source, missing, done = std::move(done)](Result<QString> secret) {
            if (!secret) {
                logging::get("store")->warn("{} ({})", missing, describe(secret.error()));
                done(makeClient(m_http, source, {}), missing);
                return;
            }
            done(makeClient(m_http, source, *secret), {});
        });
}

void SourceConnector::connect(
    const QList<workspace::DataSource>& sources, QObject* context, std::function<void(ConnectedSources)> done)
{
    auto result = std::make_shared<ConnectedSources>();
    if (!sources.isEmpty())
        result->defaultName = sources.front().name;
    for (const auto& s : sources) {
        if (s.isDefault)
            result->defaultName = s.name;
    }
    auto remaining = std::make_shared<int>(int(sources.size()));
    if (*remaining == 0) {
        done(std::move(*result));
        return;
    }
    // Keychain jobs one after another: QtKeychain does not like several at once on the same service.
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, sources, context, result, remaining, next, done](int index) {
        connectOne(sources[index], context,
            [result, remaining, next, done, index, name = sources[index].name](
                std::shared_ptr<metrics::MetricsBackend> backend, QString problem) {
                result->backends[name] = std::move(backend);
                if (!problem.isEmpty())
                    result->problems.append(problem);
                if (--*remaining == 0) {
                    done(std::move(*result));
                    *next = nullptr; // break the self-reference
                    return;
                }
                (*next)(index + 1);
            });
    };
    (*next)(0);
}

} // namespace wk::sources
