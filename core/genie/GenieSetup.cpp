#include "genie/GenieSetup.h"

#include "secrets/KeychainProbe.h"

using namespace Qt::StringLiterals;

namespace wk::genie {

namespace {
constexpr int keychainProbeMs = 3000;
}

Result<GenieEndpoint> endpointFor(const workspace::AlertService& service)
{
    GenieEndpoint endpoint;
    switch (service.kind) {
    case workspace::AlertServiceKind::Opsgenie:
        endpoint.vendor = Vendor::Opsgenie;
        endpoint.baseUrl = service.apiUrl.isEmpty() ? opsgenieBaseUrl(service.eu) : service.apiUrl;
        break;
    case workspace::AlertServiceKind::Jsm:
        endpoint.vendor = Vendor::Jsm;
        endpoint.baseUrl = service.apiUrl.isEmpty() ? jsmBaseUrl() : service.apiUrl;
        if (service.cloudId.isEmpty())
            return makeError(ErrorCode::BadQuery,
                u"JSM Ops needs the site's cloud_id (https://<site>.atlassian.net/_edge/tenant_info shows it)"_s);
        if (service.email.isEmpty())
            return makeError(ErrorCode::BadQuery, u"JSM Ops needs the email of the account the API token belongs to"_s);
        break;
    case workspace::AlertServiceKind::Automatic:
        return makeError(ErrorCode::BadQuery, u"no alert service (opsgenie or jsm) is configured"_s);
    }
    endpoint.cloudId = service.cloudId;
    endpoint.email = service.email;
    endpoint.caFile = service.caFile;
    endpoint.timeoutSeconds = service.timeoutSeconds;
    return endpoint;
}

GenieOptions optionsFor(const workspace::AlertService& service)
{
    GenieOptions options;
    options.defaultQuery = service.query;
    options.schedules = service.schedules;
    options.heartbeats = service.heartbeats;
    return options;
}

void readSecret(const GenieEndpoint& endpoint, secrets::SecretStore* keychain, QObject* context,
    std::function<void(Result<QString>)> done)
{
    const QString fromEnv = qEnvironmentVariable(endpoint.secretEnvVar().toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        done(fromEnv);
        return;
    }
    const QString where
        = u"set %1, or store it in the keychain under \"%2\""_s.arg(endpoint.secretEnvVar(), endpoint.secretKey());
    const QString what = endpoint.vendor == Vendor::Opsgenie ? u"the Opsgenie API key"_s : u"the JSM Ops API token"_s;
    if (keychain == nullptr) {
        done(makeError(ErrorCode::Auth, u"%1 is not set: %2"_s.arg(what, where)));
        return;
    }
    keychain->read(endpoint.secretKey(), context,
        [keychain, context, what, where, done = std::move(done)](Result<QString> secret) {
            if (secret && !secret->isEmpty()) {
                done(*secret);
                return;
            }
            if (!secret && secret.error().code == ErrorCode::NotFound) {
                // A locked keychain answers "not found" for an entry it holds when nothing can ask to unlock it (a
                // terminal, a cron job): tell the two apart before saying there is no key.
                secrets::probeKeychain(*keychain, keychainProbeMs, context, [what, where, done](Result<void> works) {
                    const QString why = works ? u"the keychain has no entry"_s
                                              : u"the keychain cannot be used: "_s + works.error().detail;
                    done(makeError(ErrorCode::Auth, u"%1 could not be read (%2): %3"_s.arg(what, why, where)));
                });
                return;
            }
            const QString why = secret ? u"the keychain has no entry"_s : secret.error().detail;
            done(makeError(ErrorCode::Auth, u"%1 could not be read (%2): %3"_s.arg(what, why, where)));
        });
}

} // namespace wk::genie
