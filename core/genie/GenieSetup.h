#pragma once

#include "common/Error.h"
#include "genie/GenieAlertBackend.h"
#include "genie/GenieEndpoint.h"
#include "secrets/SecretStore.h"
#include "workspace/AlertService.h"

#include <QObject>

#include <functional>

namespace wk::genie {

// From the workspace's `alerts:` section to a client: the host (region or api_url), JSM's cloud id and
// email, and the options. Errors name the missing setting.
Result<GenieEndpoint> endpointFor(const workspace::AlertService& service);
GenieOptions optionsFor(const workspace::AlertService& service);

// The API key or token: the environment variable first (headless use), then the keychain. Never a file, never a
// flag. The error says both places.
void readSecret(const GenieEndpoint& endpoint, secrets::SecretStore* keychain, QObject* context,
    std::function<void(Result<QString>)> done);

} // namespace wk::genie
