#pragma once

#include "domain/center.h"
#include "domain/clock.h"
#include "domain/worker.h"
#include "storage/storeerror.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace pluslife::storage {
class AuditLog;
class SecretStore;
class Vault;
} // namespace pluslife::storage

namespace pluslife::services {

// One worker's time at the desk: sign-in opens the vault with that worker's key slot, lock
// closes the store and wipes the key (the same worker unlocks again with the password),
// sign-out ends it. Failed attempts slow down and lock the account out with a growing delay.
class Session : public QObject {
    Q_OBJECT
public:
    Session(QString dataDir, storage::SecretStore &secrets,
            const Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~Session() override;

    QString dataDir() const { return m_dataDir; }
    // True when the data directory holds a store (even a damaged one: never set up over it).
    bool storeExists() const;

    storage::StoreError signIn(const QString &username, const QString &password);
    // After auto-lock: the same worker's password opens the store again.
    storage::StoreError unlock(const QString &password);
    // The device secret is gone (new OS, new profile): the recovery code alone opens the vault
    // and writes the secret back into this computer's keychain. The store is locked again
    // afterwards; workers then sign in with their passwords as before.
    storage::StoreError recoverDevice(const QString &recoveryCode);
    void lock();
    void signOut();

    bool isSignedIn() const { return m_worker.id != 0; }
    bool isLocked() const;
    const domain::Worker &worker() const { return m_worker; }
    QString lockedUsername() const { return m_worker.username; }

    bool needsNdaAcceptance() const;
    storage::StoreError acceptNda();
    static QString currentNdaVersion();
    static QString ndaText(); // translated agreement text

    storage::StoreError changePassword(const QString &current, const QString &next);

    domain::CenterInfo center() const;
    storage::StoreError updateCenter(const domain::CenterInfo &center); // manager only

    // Idle time before the app locks itself; manager-configurable, default 5 minutes.
    int idleLockMinutes() const;
    storage::StoreError setIdleLockMinutes(int minutes); // manager only, 1..120

    // Valid while signed in and unlocked, on the thread that signed in.
    QSqlDatabase database() const;
    storage::AuditLog &audit();
    storage::Vault &vault();
    const Clock &clock() const { return m_clock; }

    // For services built on the session: a translated NotPermitted error unless a manager
    // is signed in.
    storage::StoreError requireManager() const;

signals:
    void signedIn();
    void locked();
    void unlocked();
    void signedOut();

private:
    storage::StoreError openAs(const QString &username, const QString &password);

    QString m_dataDir;
    storage::SecretStore &m_secrets;
    const Clock &m_clock;
    std::unique_ptr<storage::Vault> m_vault;
    std::unique_ptr<storage::AuditLog> m_audit;
    domain::Worker m_worker;
};

} // namespace pluslife::services
