#pragma once

#include "domain/clock.h"
#include "kdfparams.h"
#include "secretbytes.h"
#include "signinguard.h"
#include "storeerror.h"
#include "storefiles.h"
#include "vaultfile.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace pluslife::storage {

class SecretStore;

// The encrypted store and its keys (DESIGN.md §2). A random data key encrypts the SQLCipher
// file; the vault key wraps the data key; key slots wrap the vault key: one per worker
// password (usable only together with this device's secret from the OS keychain) and one
// recovery slot. Opening never creates anything over an existing or half-present store.
class Vault {
public:
    Vault(QString dataDir, SecretStore &secrets, const Clock &clock);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    const StoreFiles &files() const { return m_files; }
    bool storeExists() const { return m_files.anyExists(); }

    // New store with its first password slot; returns the recovery code, to be shown once.
    // Leaves the vault unlocked and the schema migrated.
    StoreError create(const QString &username, const QString &password, QString *recoveryCode,
                      const KdfParams &kdf = KdfParams::interactive());

    StoreError unlockWithPassword(const QString &username, const QString &password);
    // Opens with the recovery code alone and writes the device secret back into the keychain.
    StoreError unlockWithRecoveryCode(const QString &recoveryCode);
    bool isUnlocked() const { return !m_dataKey.isEmpty(); }
    // Closes every connection this vault opened and wipes the keys from memory.
    void lock();

    // This thread's connection to the unlocked store (opened on first use). Any thread may ask
    // (the sync thread does); a thread that ends must release its connection first.
    QSqlDatabase database();
    // Closes and forgets the calling thread's connection (a worker thread before it ends).
    void releaseThreadConnection();

    // Slots. Adding needs the vault unlocked and this device's secret.
    StoreError setPasswordSlot(const QString &username, const QString &password,
                               const KdfParams &kdf = KdfParams::interactive());
    StoreError removePasswordSlot(const QString &username);
    bool hasPasswordSlot(const QString &username) const;
    // Checks a password against its slot without changing what is unlocked.
    StoreError verifyPassword(const QString &username, const QString &password);

    // Replaces the data key and re-encrypts the file; a kill at any point leaves a store that
    // opens with the old or the new key.
    StoreError rekey();

    // A consistent copy of the store, encrypted with the same data key (for backups).
    StoreError exportSnapshot(const QString &path);

    QString vaultId() const { return m_file.vaultId; }
    const VaultFile &keyFile() const { return m_file; }
    QVariantMap cipherSettings() const
    {
        QMutexLocker locker(&m_connectionsMutex);
        return m_cipherSettings;
    }
    // Failed sign-ins recorded since the last success; the session writes them to the audit log.
    QList<SignInGuard::Failure> takeUnreportedFailures();
    QString slotIdFor(const QString &username) const;

private:
    StoreError loadKeyFile();
    StoreError readDeviceSecret(SecretBytes *secret);
    StoreError openWithVaultKey(SecretBytes vaultKey);
    StoreError openDatabase(const SecretBytes &dataKey, bool create, QSqlDatabase *db,
                            const QString &connectionName);
    StoreError prepareSchema(QSqlDatabase &db);
    void recordCipherSettings(QSqlDatabase &db);
    void closeConnections();
    QString connectionNameForThisThread() const;
    StoreError finishInterruptedRekey();
    StoreError readSchemaVersion(int *version);
    StoreError exportCopy(const QString &path, const SecretBytes &key, int schemaVersion);
    StoreError editKeyFile(const std::function<void(VaultFile &)> &edit);

    StoreFiles m_files;
    SecretStore &m_secrets;
    const Clock &m_clock;
    SignInGuard m_guard;
    VaultFile m_file;
    SecretBytes m_vaultKey;
    SecretBytes m_dataKey;
    QStringList m_connections;    // guarded by m_connectionsMutex
    QVariantMap m_cipherSettings; // guarded by m_connectionsMutex
    mutable QMutex m_connectionsMutex;
    QList<SignInGuard::Failure> m_unreported;
};

// Keychain entry name of a store's device secret.
QString deviceSecretKey(const QString &vaultId);

} // namespace pluslife::storage
