#include "vault.h"

#include "keyslotcrypto.h"
#include "migrations.h"
#include "secretstore.h"
#include "sqlcipher/sqlcipherdriver.h"
#include "sqlcipher/sqlcipherregistration.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace pluslife::storage {
namespace {

constexpr char kRecoverySlotId[] = "recovery";

StoreError wrongPassword(int retryAfter = 0)
{
    StoreError error = StoreError::make(
        StoreErrorCode::WrongPassword,
        QCoreApplication::translate("Vault", "The user name or the password is not right."));
    error.retryAfterSeconds = retryAfter;
    return error;
}

StoreError lockedOut(int seconds)
{
    StoreError error = StoreError::make(
        StoreErrorCode::LockedOut,
        QCoreApplication::translate("Vault", "Too many failed attempts. Try again in %n second(s).",
                                    nullptr, seconds));
    error.retryAfterSeconds = seconds;
    return error;
}

} // namespace

QString deviceSecretKey(const QString &vaultId)
{
    return QStringLiteral("device-secret/") + vaultId;
}

Vault::Vault(QString dataDir, SecretStore &secrets, const Clock &clock)
    : m_files{std::move(dataDir)}
    , m_secrets(secrets)
    , m_clock(clock)
    , m_guard(m_files.signInGuard(), clock)
{}

Vault::~Vault()
{
    lock();
}

QString Vault::slotIdFor(const QString &username) const
{
    return crypto::slotIdFor(m_file.vaultId, username);
}

StoreError Vault::create(const QString &username, const QString &password, QString *recoveryCode,
                         const KdfParams &kdf)
{
    if (m_files.anyExists()) {
        return StoreError::make(
            StoreErrorCode::StoreExists,
            QCoreApplication::translate(
                "Vault", "A store already exists in this folder; it was left as it is."));
    }
    if (!QDir().mkpath(m_files.dir)) {
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate("Vault", "The data folder cannot be created."));
    }
    VaultFile file;
    file.vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.createdUtc = m_clock.nowUtc();
    SecretBytes deviceSecret = SecretBytes::random(crypto::kKeyBytes);
    // The keychain goes first: without it there is nothing to create.
    if (StoreError error = m_secrets.write(deviceSecretKey(file.vaultId), deviceSecret.rawView());
        !error.ok())
        return error;

    SecretBytes vaultKey = SecretBytes::random(crypto::kKeyBytes);
    SecretBytes dataKey = SecretBytes::random(crypto::kKeyBytes);
    file.dataKey = crypto::seal(vaultKey, dataKey, file.dataKeyContext(file.dataKeyGeneration));

    const QString code = crypto::generateRecoveryCode();
    KeySlot recovery{QString::fromLatin1(kRecoverySlotId),
                     KeySlot::Kind::Recovery,
                     kdf,
                     crypto::randomBytes(crypto::kSaltBytes),
                     {},
                     file.createdUtc};
    SecretBytes recoveryKey =
        crypto::deriveKey(crypto::normalizeRecoveryCode(code), recovery.salt, kdf);
    SecretBytes payload(2 * crypto::kKeyBytes);
    memcpy(payload.data(), vaultKey.data(), crypto::kKeyBytes);
    memcpy(payload.data() + crypto::kKeyBytes, deviceSecret.data(), crypto::kKeyBytes);
    if (recoveryKey.isEmpty())
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate("Vault", "Not enough memory to derive the keys."));
    recovery.box = crypto::seal(recoveryKey, payload, file.slotContext(recovery.id));
    file.keySlots.append(recovery);
    m_file = file;

    QSqlDatabase db;
    StoreError error = openDatabase(dataKey, true, &db, connectionNameForThisThread());
    if (error.ok()) {
        m_vaultKey = std::move(vaultKey);
        m_dataKey = std::move(dataKey);
        error = prepareSchema(db);
    }
    if (error.ok())
        error = setPasswordSlot(username, password, kdf); // writes keyslots.json
    if (!error.ok()) {
        // Nothing of value exists yet: take back every file this attempt made.
        lock();
        QFile::remove(m_files.database());
        QFile::remove(m_files.wal());
        QFile::remove(m_files.shm());
        QFile::remove(m_files.keySlots());
        m_secrets.remove(deviceSecretKey(file.vaultId));
        return error;
    }
    *recoveryCode = code;
    return StoreError::success();
}

StoreError Vault::loadKeyFile()
{
    if (!m_files.anyExists())
        return StoreError::make(
            StoreErrorCode::NoStore,
            QCoreApplication::translate("Vault", "There is no store in this folder yet."));
    if (!m_files.complete()) {
        return StoreError::make(
            StoreErrorCode::IncompleteStore,
            QCoreApplication::translate(
                "Vault", "A file of the store is missing (the database or its key file). "
                         "Restore from a backup; nothing was changed."));
    }
    return readVaultFile(m_files.keySlots(), &m_file);
}

StoreError Vault::readDeviceSecret(SecretBytes *secret)
{
    QByteArray raw;
    StoreError error = m_secrets.read(deviceSecretKey(m_file.vaultId), &raw);
    if (error.ok() && raw.size() != qsizetype(crypto::kKeyBytes))
        error = StoreError::make(
            StoreErrorCode::DeviceSecretMissing,
            QCoreApplication::translate(
                "Vault", "The keychain entry of this store is damaged. Sign in with the "
                         "recovery code to bind it again."));
    if (error.ok())
        *secret = SecretBytes::copyOf(raw);
    raw.fill('\0');
    return error;
}

StoreError Vault::unlockWithPassword(const QString &username, const QString &password)
{
    lock();
    if (StoreError error = loadKeyFile(); !error.ok())
        return error;
    const QString slotId = slotIdFor(username);
    if (const int wait = m_guard.secondsUntilAllowed(slotId); wait > 0)
        return lockedOut(wait);
    const KeySlot *slot = m_file.slot(slotId);
    if (!slot || slot->kind != KeySlot::Kind::Password)
        return wrongPassword(m_guard.recordFailure(slotId));

    SecretBytes deviceSecret;
    if (StoreError error = readDeviceSecret(&deviceSecret); !error.ok())
        return error;
    const SecretBytes passwordKey = crypto::deriveKey(password, slot->salt, slot->kdf);
    SecretBytes vaultKey = crypto::open(crypto::bindToDevice(passwordKey, deviceSecret), slot->box,
                                        m_file.slotContext(slotId));
    if (vaultKey.size() != crypto::kKeyBytes)
        return wrongPassword(m_guard.recordFailure(slotId));
    m_unreported = m_guard.recordSuccess(slotId);
    return openWithVaultKey(std::move(vaultKey));
}

StoreError Vault::verifyPassword(const QString &username, const QString &password)
{
    const QString slotId = slotIdFor(username);
    if (const int wait = m_guard.secondsUntilAllowed(slotId); wait > 0)
        return lockedOut(wait);
    const KeySlot *slot = m_file.slot(slotId);
    SecretBytes deviceSecret;
    if (StoreError error = readDeviceSecret(&deviceSecret); !error.ok())
        return error;
    if (slot) {
        const SecretBytes key =
            crypto::bindToDevice(crypto::deriveKey(password, slot->salt, slot->kdf), deviceSecret);
        if (crypto::open(key, slot->box, m_file.slotContext(slotId)).size() == crypto::kKeyBytes)
            return StoreError::success();
    }
    return wrongPassword(m_guard.recordFailure(slotId));
}

StoreError Vault::unlockWithRecoveryCode(const QString &recoveryCode)
{
    lock();
    if (StoreError error = loadKeyFile(); !error.ok())
        return error;
    const QString slotId = QString::fromLatin1(kRecoverySlotId);
    if (const int wait = m_guard.secondsUntilAllowed(slotId); wait > 0)
        return lockedOut(wait);
    const KeySlot *slot = m_file.recoverySlot();
    const SecretBytes key =
        crypto::deriveKey(crypto::normalizeRecoveryCode(recoveryCode), slot->salt, slot->kdf);
    const SecretBytes payload = crypto::open(key, slot->box, m_file.slotContext(slot->id));
    if (payload.size() != 2 * crypto::kKeyBytes) {
        StoreError error = StoreError::make(
            StoreErrorCode::WrongRecoveryCode,
            QCoreApplication::translate("Vault", "The recovery code is not right."));
        error.retryAfterSeconds = m_guard.recordFailure(slotId);
        return error;
    }
    m_unreported = m_guard.recordSuccess(slotId);
    SecretBytes vaultKey = SecretBytes::copyOf(QByteArrayView(
        reinterpret_cast<const char *>(payload.data()), qsizetype(crypto::kKeyBytes)));
    const QByteArray deviceSecret =
        QByteArray::fromRawData(reinterpret_cast<const char *>(payload.data()) + crypto::kKeyBytes,
                                qsizetype(crypto::kKeyBytes));
    if (StoreError error = openWithVaultKey(std::move(vaultKey)); !error.ok())
        return error;
    // Bind this computer's keychain again, so the workers' passwords work here as before.
    if (StoreError error = m_secrets.write(deviceSecretKey(m_file.vaultId), deviceSecret);
        !error.ok()) {
        lock();
        return error;
    }
    return StoreError::success();
}

StoreError Vault::openWithVaultKey(SecretBytes vaultKey)
{
    SecretBytes dataKey =
        crypto::open(vaultKey, m_file.dataKey, m_file.dataKeyContext(m_file.dataKeyGeneration));
    if (dataKey.size() != crypto::kKeyBytes) {
        return StoreError::make(StoreErrorCode::Corrupt,
                                QCoreApplication::translate(
                                    "Vault",
                                    "The store's key file is damaged. Restore it from a backup; "
                                    "nothing was changed."),
                                QStringLiteral("data key does not open"));
    }
    m_vaultKey = std::move(vaultKey);
    m_dataKey = std::move(dataKey);
    StoreError error = finishInterruptedRekey();
    QSqlDatabase db;
    if (error.ok())
        error = openDatabase(m_dataKey, false, &db, connectionNameForThisThread());
    if (error.ok())
        error = prepareSchema(db);
    if (!error.ok())
        lock();
    return error;
}

void Vault::lock()
{
    closeConnections();
    m_vaultKey.wipe();
    m_dataKey.wipe();
    QMutexLocker locker(&m_connectionsMutex);
    m_cipherSettings.clear();
}

QList<SignInGuard::Failure> Vault::takeUnreportedFailures()
{
    return std::exchange(m_unreported, {});
}

} // namespace pluslife::storage
