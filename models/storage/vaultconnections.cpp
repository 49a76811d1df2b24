// Vault: connections to the SQLCipher file, schema preparation and the key-slot edits.
#include "vault.h"

#include "keyslotcrypto.h"
#include "migrations.h"
#include "sqlcipher/sqlcipherdriver.h"
#include "sqlcipher/sqlcipherregistration.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace pluslife::storage {

QString Vault::connectionNameForThisThread() const
{
    return QStringLiteral("pluslife-%1-%2")
        .arg(quintptr(this), 0, 16)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Vault::database()
{
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db;
    if (isUnlocked())
        openDatabase(m_dataKey, false, &db, name);
    return db;
}

StoreError Vault::openDatabase(const SecretBytes &dataKey, bool create, QSqlDatabase *db,
                               const QString &connectionName)
{
    registerSqlCipherDriver();
    {
        QSqlDatabase candidate =
            QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), connectionName);
        candidate.setDatabaseName(m_files.database());
        candidate.setConnectOptions(
            create ? QStringLiteral("QSQLCIPHER_CREATE;QSQLCIPHER_BUSY_TIMEOUT=5000")
                   : QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT=5000"));
        auto *driver = static_cast<SqlCipherDriver *>(candidate.driver());
        driver->setKey(dataKey.rawView());
        if (candidate.open()) {
            QMutexLocker locker(&m_connectionsMutex);
            m_cipherSettings = driver->appliedSettings();
            m_connections.append(connectionName);
            *db = candidate;
            return StoreError::success();
        }
        const QSqlError sqlError = candidate.lastError();
        candidate = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        const QString detail = QStringLiteral("sqlite %1: %2")
                                   .arg(sqlError.nativeErrorCode(), sqlError.databaseText());
        if (sqlError.nativeErrorCode() == QLatin1String("26")) {
            return StoreError::make(
                StoreErrorCode::Corrupt,
                QCoreApplication::translate("Vault",
                                            "The key file does not open this database (they do "
                                            "not belong together, or the database is damaged). "
                                            "Nothing was changed."),
                detail);
        }
        return StoreError::make(
            StoreErrorCode::Database,
            QCoreApplication::translate("Vault", "The store cannot be opened: %1")
                .arg(sqlError.driverText()),
            detail);
    }
}

StoreError Vault::prepareSchema(QSqlDatabase &db)
{
    if (StoreError error = Migrations::migrate(db, m_clock); !error.ok())
        return error;
    recordCipherSettings(db);
    return StoreError::success();
}

// DESIGN.md §2: the cipher settings are applied on every open and recorded with the time, so a
// support person can see how a store was last opened.
void Vault::recordCipherSettings(QSqlDatabase &db)
{
    WriteTransaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO store_settings (key, value, recorded_utc) "
                                 "VALUES (?, ?, ?)"));
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    for (auto it = m_cipherSettings.cbegin(); it != m_cipherSettings.cend(); ++it) {
        query.addBindValue(QStringLiteral("open.") + it.key());
        query.addBindValue(it.value().toString());
        query.addBindValue(now);
        query.exec();
    }
    query.addBindValue(QStringLiteral("open.app_version"));
    query.addBindValue(QStringLiteral(PLUSLIFE_VERSION));
    query.addBindValue(now);
    query.exec();
    transaction.commit();
}

void Vault::releaseThreadConnection()
{
    const QString name = connectionNameForThisThread();
    {
        QMutexLocker locker(&m_connectionsMutex);
        m_connections.removeAll(name);
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void Vault::closeConnections()
{
    QMutexLocker locker(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

StoreError Vault::setPasswordSlot(const QString &username, const QString &password,
                                  const KdfParams &kdf)
{
    if (!isUnlocked())
        return StoreError::notUnlocked();
    SecretBytes deviceSecret;
    if (StoreError error = readDeviceSecret(&deviceSecret); !error.ok())
        return error;
    KeySlot slot;
    slot.id = slotIdFor(username);
    slot.kind = KeySlot::Kind::Password;
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::kSaltBytes);
    slot.createdUtc = m_clock.nowUtc();
    const SecretBytes passwordKey = crypto::deriveKey(password, slot.salt, kdf);
    if (passwordKey.isEmpty())
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate("Vault", "Not enough memory to derive the keys."));
    slot.box = crypto::seal(crypto::bindToDevice(passwordKey, deviceSecret), m_vaultKey,
                            m_file.slotContext(slot.id));
    return editKeyFile([&](VaultFile &file) { file.putSlot(slot); });
}

// Re-reads the key file first: another process (pluslife-admin beside the app) may have
// changed it since this vault opened.
StoreError Vault::editKeyFile(const std::function<void(VaultFile &)> &edit)
{
    VaultFile updated;
    StoreError error = readVaultFile(m_files.keySlots(), &updated);
    if (error.code == StoreErrorCode::NoStore)
        updated = m_file; // creating the store: the first write of the key file
    else if (!error.ok())
        return error;
    edit(updated);
    if (error = writeVaultFile(m_files.keySlots(), updated); !error.ok())
        return error;
    m_file = updated;
    return StoreError::success();
}

StoreError Vault::removePasswordSlot(const QString &username)
{
    const QString id = slotIdFor(username);
    return editKeyFile([&](VaultFile &file) { file.removeSlot(id); });
}

bool Vault::hasPasswordSlot(const QString &username) const
{
    const KeySlot *slot = m_file.slot(slotIdFor(username));
    return slot && slot->kind == KeySlot::Kind::Password;
}

} // namespace pluslife::storage
