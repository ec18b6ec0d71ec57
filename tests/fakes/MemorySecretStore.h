#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace wk::fakes {

// Unit tests only: the app has no in-memory or plaintext secret store.
class MemorySecretStore final : public secrets::SecretStore
{
public:
    QHash<QString, QString> secrets;

    void read(const QString& key, QObject*, std::function<void(Result<QString>)> done) override
    {
        if (!secrets.contains(key))
            return done(makeError(ErrorCode::NotFound, QStringLiteral("no secret ") + key));
        done(secrets.value(key));
    }
    void write(const QString& key, const QString& secret, QObject*, std::function<void(Result<void>)> done) override
    {
        secrets.insert(key, secret);
        done({});
    }
    void remove(const QString& key, QObject*, std::function<void(Result<void>)> done) override
    {
        secrets.remove(key);
        done({});
    }
};

} // namespace wk::fakes
