#pragma once

#include "workspace/YamlReader.h"

namespace wk::workspace {

// What to tell someone who put a secret in a section, so the message says where it goes instead.
struct SecretAdvice
{
    QString store;         // "store it in " + store: "the keychain or in WATCHKEEPER_SOURCE_PROD_SECRET"
    QString authorization; // after "an Authorization header is not read from the workspace file; "
};

// Refuses, anywhere under `node` (nested keys too), a key that looks like a secret (token, password, api_key, ...)
// or an Authorization header, and any key that would turn TLS verification off. Messages never repeat a value.
// Checked before the keys themselves, so `token:` is refused as a secret rather than offered a spelling.
bool refuseSecretKeys(YamlReader& yaml, const YAML::Node& node, const QString& context, const SecretAdvice& advice);

// The optional `ca_file`: an absolute path to one more CA to trust.
bool readCaFile(YamlReader& yaml, const YAML::Node& node, const QString& context, QString& caFile);

} // namespace wk::workspace
