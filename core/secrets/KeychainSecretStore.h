#pragma once

#include "secrets/SecretStore.h"

namespace wk::secrets {

// The OS keychain through QtKeychain (Secret Service on Linux). There is no plaintext fallback: without a
// keychain, calls fail with ErrorCode::Unsupported and the UI says so.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("watchkeeper"));

    void read(const QString& key, QObject* context, std::function<void(Result<QString>)> done) override;
    void write(
        const QString& key, const QString& secret, QObject* context, std::function<void(Result<void>)> done) override;
    void remove(const QString& key, QObject* context, std::function<void(Result<void>)> done) override;

private:
    QString m_service;
};

} // namespace wk::secrets
