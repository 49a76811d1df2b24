#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace pluslife::storage {
namespace {

StoreError keychainError(QKeychain::Error error, const QString &detail)
{
    using QKeychain::Error;
    switch (error) {
    case Error::NoError:
        return StoreError::success();
    case Error::EntryNotFound:
        return StoreError::make(
            StoreErrorCode::DeviceSecretMissing,
            QCoreApplication::translate(
                "KeychainSecretStore",
                "This computer's keychain does not hold the key of this store, or the keychain "
                "is locked. Unlock the keychain (sign in to the desktop again), or use the "
                "recovery code to bind the store to this computer again."),
            detail);
    case Error::AccessDenied:
    case Error::AccessDeniedByUser:
        return StoreError::make(
            StoreErrorCode::KeychainDenied,
            QCoreApplication::translate("KeychainSecretStore",
                                        "The system keychain is locked or refused access. Unlock "
                                        "it (sign in to the desktop again) and try once more."),
            detail);
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
    case Error::OtherError:
    case Error::CouldNotDeleteEntry:
        break;
    }
    return StoreError::make(
        StoreErrorCode::KeychainUnavailable,
        QCoreApplication::translate("KeychainSecretStore",
                                    "The system keychain is not available. Start a desktop session "
                                    "with a keychain, or sign in with the recovery code."),
        detail);
}

// QtKeychain jobs report asynchronously; the vault needs an answer before it can go on, so
// each call waits in a local event loop. Jobs are short (a D-Bus round trip).
StoreError runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return keychainError(job->error(), job->errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_service(std::move(serviceName))
{}

StoreError KeychainSecretStore::read(const QString &key, QByteArray *value)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    StoreError error = runJob(&job);
    if (error.ok())
        *value = job.binaryData();
    return error;
}

StoreError KeychainSecretStore::write(const QString &key, const QByteArray &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(value);
    return runJob(&job);
}

StoreError KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    StoreError error = runJob(&job);
    if (error.code == StoreErrorCode::DeviceSecretMissing)
        return StoreError::success();
    return error;
}

StoreError MemorySecretStore::read(const QString &key, QByteArray *value)
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return keychainError(QKeychain::EntryNotFound, QStringLiteral("memory store"));
    *value = *it;
    return StoreError::success();
}

StoreError MemorySecretStore::write(const QString &key, const QByteArray &value)
{
    // A deep copy: callers may pass a view of key material that is wiped right after.
    m_values.insert(key, QByteArray(value.constData(), value.size()));
    return StoreError::success();
}

StoreError MemorySecretStore::remove(const QString &key)
{
    m_values.remove(key);
    return StoreError::success();
}

} // namespace pluslife::storage
