#include "secrets/KeychainProbe.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace wk::secrets {

void probeKeychain(SecretStore& store, int timeoutMs, QObject* context, std::function<void(Result<void>)> done)
{
    // One answer only: the first of the probe's own end and the timeout.
    auto answer = std::make_shared<std::function<void(Result<void>)>>(std::move(done));
    auto finish = [answer](Result<void> result) {
        if (*answer) {
            auto f = std::move(*answer);
            *answer = nullptr;
            f(std::move(result));
        }
    };
    QTimer::singleShot(timeoutMs, context, [finish, timeoutMs] {
        finish(makeError(ErrorCode::Timeout,
            u"the keychain did not answer within %1 s (is a Secret Service such as gnome-keyring running and "
            u"unlocked?)"_s.arg(timeoutMs / 1000.0)));
    });
    const QString key = u"watchkeeper/canary"_s;
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    store.write(key, value, context, [&store, context, key, value, finish](Result<void> written) {
        if (!written) {
            finish(std::unexpected(written.error()));
            return;
        }
        store.read(key, context, [&store, context, key, value, finish](Result<QString> read) {
            if (!read) {
                finish(std::unexpected(read.error()));
                return;
            }
            if (*read != value) {
                finish(makeError(ErrorCode::Io, u"the keychain gave back something else than was stored"_s));
                return;
            }
            store.remove(key, context, [finish](Result<void>) { finish({}); });
        });
    });
}

SessionSecretStore::SessionSecretStore(std::unique_ptr<SecretStore> keychain)
    : m_keychain(std::move(keychain))
{ }

void SessionSecretStore::setKeychainWorks(bool works, QString why)
{
    m_works = works;
    m_whyNot = works ? QString() : std::move(why);
}

void SessionSecretStore::read(const QString& key, QObject* context, std::function<void(Result<QString>)> done)
{
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        QTimer::singleShot(0, context, [done, secret = *it] { done(secret); });
        return;
    }
    if (!m_works) {
        QTimer::singleShot(
            0, context, [done, why = m_whyNot] { done(makeError(ErrorCode::Unsupported, u"no keychain: "_s + why)); });
        return;
    }
    m_keychain->read(key, context, std::move(done));
}

void SessionSecretStore::write(
    const QString& key, const QString& secret, QObject* context, std::function<void(Result<void>)> done)
{
    m_session.insert(key, secret);
    if (!m_works) {
        QTimer::singleShot(0, context, [done, why = m_whyNot] {
            done(makeError(ErrorCode::Unsupported, u"kept for this session only: "_s + why));
        });
        return;
    }
    m_keychain->write(key, secret, context, std::move(done));
}

void SessionSecretStore::remove(const QString& key, QObject* context, std::function<void(Result<void>)> done)
{
    m_session.remove(key);
    if (!m_works) {
        QTimer::singleShot(0, context, [done] { done({}); });
        return;
    }
    m_keychain->remove(key, context, std::move(done));
}

} // namespace wk::secrets
