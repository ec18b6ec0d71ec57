#include "secrets/KeychainSecretStore.h"

#include "common/Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace wk::secrets {

namespace {

Error keychainError(const QKeychain::Job& job)
{
    ErrorCode code = ErrorCode::Io;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        code = ErrorCode::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        code = ErrorCode::Auth;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        code = ErrorCode::Unsupported;
        break;
    default:
        break;
    }
    return Error{code, u"keychain: "_s + job.errorString(), std::nullopt, 0};
}

// Answers on the next turn of the event loop, never from inside QtKeychain's finished handler, so a caller
// may start another keychain job from its callback.
template <typename T> void answerLater(QObject* context, std::function<void(T)> done, T value)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guard, done = std::move(done), value = std::move(value)]() mutable {
        if (guard)
            done(std::move(value));
    });
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString& key, QObject* context, std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [context, key, done](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() != QKeychain::NoError) {
            logging::get("store")->warn("keychain read of {} failed: {}", key, j->errorString());
            answerLater<Result<QString>>(context, done, std::unexpected(keychainError(*j)));
            return;
        }
        answerLater<Result<QString>>(context, done, readJob->textData());
    });
    job->start();
}

void KeychainSecretStore::write(
    const QString& key, const QString& secret, QObject* context, std::function<void(Result<void>)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [context, key, done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            logging::get("store")->warn("keychain write of {} failed: {}", key, j->errorString());
            answerLater<Result<void>>(context, done, std::unexpected(keychainError(*j)));
            return;
        }
        answerLater<Result<void>>(context, done, {});
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, std::function<void(Result<void>)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [context, done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            answerLater<Result<void>>(context, done, std::unexpected(keychainError(*j)));
            return;
        }
        answerLater<Result<void>>(context, done, {});
    });
    job->start();
}

} // namespace wk::secrets
