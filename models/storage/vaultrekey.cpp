// Vault::rekey: a new data key without ever leaving a store that opens with neither key.
//   1. keyslots.json gains `pending_data_key` (atomic write)
//   2. the store is exported into pluslife.db.rekey under the new key and synced
//   3. pluslife.db.rekey is renamed over pluslife.db (atomic)
//   4. keyslots.json makes the pending key current (atomic write)
// Opening after a kill between any two steps tries the current key, then the pending one, and
// finishes or abandons the rekey accordingly (finishInterruptedRekey).
#include "vault.h"

#include "faultinjection.h"
#include "keyslotcrypto.h"
#include "migrations.h"
#include "sqlcipher/sqlcipherdriver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace pluslife::storage {
namespace {

// Data must reach the disk before the rename that makes it the store.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    // Directories need no sync on Windows (NTFS journals the rename itself).
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return QFileInfo(path).isDir();
    return file.flush() &&
           FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())));
#endif
}

StoreError rekeyFailed(const QString &detail)
{
    return StoreError::make(StoreErrorCode::IoError,
                            QCoreApplication::translate(
                                "Vault",
                                "The new key could not be applied; the store still opens with the "
                                "old one."),
                            detail);
}

QString rawKeyLiteral(const SecretBytes &key)
{
    return QStringLiteral("x'%1'").arg(QString::fromLatin1(key.rawView().toHex()));
}

} // namespace

StoreError Vault::rekey()
{
    int schemaVersion = 0;
    StoreError error = readSchemaVersion(&schemaVersion);
    if (!error.ok())
        return error;
    closeConnections();
    if (QFile::exists(m_files.wal())) {
        database();
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate("Vault",
                                        "The store is open in another program (PlusLife Desk or "
                                        "pluslife-admin). Close it and try again."));
    }

    SecretBytes newKey = SecretBytes::random(crypto::kKeyBytes);
    const int nextGeneration = m_file.dataKeyGeneration + 1;
    const crypto::SealedBox pending =
        crypto::seal(m_vaultKey, newKey, m_file.dataKeyContext(nextGeneration));
    if (error = editKeyFile([&](VaultFile &file) { file.pendingDataKey = pending; }); !error.ok())
        return error;
    crashPoint("rekey-pending-saved");

    if (error = exportCopy(m_files.rekeyScratch(), newKey, schemaVersion); !error.ok())
        return rekeyFailed(error.detail);
    crashPoint("rekey-exported");

    std::error_code fsError;
    std::filesystem::rename(std::filesystem::path(m_files.rekeyScratch().toStdWString()),
                            std::filesystem::path(m_files.database().toStdWString()), fsError);
    if (fsError) {
        QFile::remove(m_files.rekeyScratch());
        return rekeyFailed(QString::fromStdString(fsError.message()));
    }
    syncToDisk(m_files.dir);
    crashPoint("rekey-renamed");

    // From here the file needs the new key; if this write fails, the next open promotes it.
    editKeyFile([&](VaultFile &file) {
        file.dataKey = pending;
        file.dataKeyGeneration = nextGeneration;
        file.pendingDataKey.reset();
    });
    crashPoint("rekey-finished");
    m_dataKey = std::move(newKey);
    if (!database().isOpen())
        return rekeyFailed(QStringLiteral("reopen after rekey failed"));
    return StoreError::success();
}

StoreError Vault::exportCopy(const QString &path, const SecretBytes &key, int schemaVersion)
{
    QFile::remove(path);
    const QString exportName = QStringLiteral("pluslife-export");
    QSqlDatabase source;
    // With CREATE, as ATTACH takes the main connection's open flags and must make the new file
    // (the store's own file exists: it was opened a moment ago).
    if (StoreError error = openDatabase(m_dataKey, true, &source, exportName); !error.ok())
        return error;
    QSqlQuery query(source);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS exported KEY ?"));
    query.addBindValue(path);
    query.addBindValue(rawKeyLiteral(key));
    bool ok = query.exec();
    ok = ok && query.exec(QStringLiteral("PRAGMA exported.cipher_page_size = 4096"));
    ok = ok && query.exec(QStringLiteral("SELECT sqlcipher_export('exported')"));
    ok = ok && query.exec(QStringLiteral("PRAGMA exported.user_version = %1").arg(schemaVersion));
    const QString detail = query.lastError().databaseText();
    query.exec(QStringLiteral("DETACH DATABASE exported"));
    query = QSqlQuery();
    source = QSqlDatabase();
    {
        QSqlDatabase::database(exportName, false).close();
    }
    QSqlDatabase::removeDatabase(exportName);
    QMutexLocker locker(&m_connectionsMutex);
    m_connections.removeAll(exportName);
    if (!ok || !syncToDisk(path)) {
        QFile::remove(path);
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate(
                "Vault", "A copy of the store could not be written (is the disk full?)."),
            detail);
    }
    return StoreError::success();
}

StoreError Vault::exportSnapshot(const QString &path)
{
    int schemaVersion = 0;
    if (StoreError error = readSchemaVersion(&schemaVersion); !error.ok())
        return error;
    return exportCopy(path, m_dataKey, schemaVersion);
}

StoreError Vault::readSchemaVersion(int *version)
{
    if (!isUnlocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = database();
    StoreError error;
    *version = Migrations::currentVersion(db, &error);
    return error;
}

StoreError Vault::finishInterruptedRekey()
{
    if (!m_file.pendingDataKey) {
        QFile::remove(m_files.rekeyScratch());
        return StoreError::success();
    }
    const QString probeName = QStringLiteral("pluslife-rekey-probe");
    QSqlDatabase probe;
    // The rename never happened: the old key still opens the file; forget the pending key.
    if (openDatabase(m_dataKey, false, &probe, probeName).ok()) {
        probe = QSqlDatabase();
        closeConnections();
        QFile::remove(m_files.rekeyScratch());
        return editKeyFile([](VaultFile &file) { file.pendingDataKey.reset(); });
    }
    SecretBytes pendingKey = crypto::open(m_vaultKey, *m_file.pendingDataKey,
                                          m_file.dataKeyContext(m_file.dataKeyGeneration + 1));
    if (pendingKey.size() == crypto::kKeyBytes &&
        openDatabase(pendingKey, false, &probe, probeName).ok()) {
        probe = QSqlDatabase();
        closeConnections();
        const crypto::SealedBox promoted = *m_file.pendingDataKey;
        const int generation = m_file.dataKeyGeneration + 1;
        m_dataKey = std::move(pendingKey);
        return editKeyFile([&](VaultFile &file) {
            file.dataKey = promoted;
            file.dataKeyGeneration = generation;
            file.pendingDataKey.reset();
        });
    }
    return StoreError::make(StoreErrorCode::Corrupt,
                            QCoreApplication::translate(
                                "Vault",
                                "Neither the current nor the new key opens the store. Restore it "
                                "from a backup; nothing was changed."));
}

} // namespace pluslife::storage
