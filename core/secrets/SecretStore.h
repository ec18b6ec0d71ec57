#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace wk::secrets {

// Where API keys live: the OS keychain in the app, memory in unit tests. Never a file, never settings.
// Calls are asynchronous; `done` runs on the caller's thread and not at all once `context` is gone.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual void read(const QString& key, QObject* context, std::function<void(Result<QString>)> done) = 0;
    virtual void write(
        const QString& key, const QString& secret, QObject* context, std::function<void(Result<void>)> done)
        = 0;
    virtual void remove(const QString& key, QObject* context, std::function<void(Result<void>)> done) = 0;
};

} // namespace wk::secrets
