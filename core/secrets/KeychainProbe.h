#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

#include <memory>

namespace wk::secrets {

// At start-up: write, read back and remove a canary entry, with a timeout of its own, so a missing or locked
// keychain is known (and said) before any real secret is asked for, and never hangs the console.
void probeKeychain(SecretStore& store, int timeoutMs, QObject* context, std::function<void(Result<void>)> done);

// The keychain when it works; when it does not, secrets typed in are kept in memory for this session only
// (never written to a file). Writes report Unsupported in that case so the UI can say so.
class SessionSecretStore final : public SecretStore
{
public:
    explicit SessionSecretStore(std::unique_ptr<SecretStore> keychain);

    // Set once the probe has answered.
    void setKeychainWorks(bool works, QString why = {});
    bool keychainWorks() const { return m_works; }
    const QString& whyNot() const { return m_whyNot; }
    SecretStore& keychain() { return *m_keychain; }

    void read(const QString& key, QObject* context, std::function<void(Result<QString>)> done) override;
    void write(
        const QString& key, const QString& secret, QObject* context, std::function<void(Result<void>)> done) override;
    void remove(const QString& key, QObject* context, std::function<void(Result<void>)> done) override;

private:
    std::unique_ptr<SecretStore> m_keychain;
    QHash<QString, QString> m_session;
    bool m_works = false;
    QString m_whyNot = QStringLiteral("the keychain has not been checked yet");
};

} // namespace wk::secrets
