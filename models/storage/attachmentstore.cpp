// AttachmentStore: construction, paths and types, the naming key, exists() and remove(), and
// the messages and helpers the other attachment*.cpp files share (attachmentformat.h). The
// design and the file format are described in attachmentstore.h.
#include "attachmentstore.h"

#include "attachmentformat.h"
#include "faultinjection.h"
#include "vault.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace pluslife::storage {

namespace attachment {

// ---- Shared messages (the "AttachmentStore" translation context) -------------------------------

StoreError damaged(const QString &detail)
{
    return StoreError::make(
        StoreErrorCode::Corrupt,
        QCoreApplication::translate("AttachmentStore",
                                    "The encrypted file of this document is damaged or was "
                                    "changed, and cannot be opened. Restore the data folder "
                                    "from a backup."),
        detail);
}

StoreError wrongType()
{
    return StoreError::make(
        StoreErrorCode::InvalidInput,
        QCoreApplication::translate("AttachmentStore",
                                    "Only PDF, JPEG, PNG and TIFF files can be attached."));
}

StoreError readFailed(const QString &detail)
{
    return StoreError::make(
        StoreErrorCode::IoError,
        QCoreApplication::translate("AttachmentStore", "The file could not be read."), detail);
}

StoreError writeFailed(const QString &detail)
{
    return StoreError::make(StoreErrorCode::IoError,
                            QCoreApplication::translate("AttachmentStore",
                                                        "The document could not be saved in the "
                                                        "attachments folder. Check that the disk "
                                                        "is not full."),
                            detail);
}

StoreError databaseError(const QSqlError &error)
{
    return StoreError::fromSql(
        QCoreApplication::translate("AttachmentStore",
                                    "The list of documents in the store could not be read or "
                                    "changed."),
        error);
}

// ---- Shared helpers -----------------------------------------------------------------------------

bool insideTransaction(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    auto *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

bool isAddress(const QString &address)
{
    if (address.size() != kAddressBytes * 2)
        return false;
    for (const QChar c : address)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

} // namespace attachment

using namespace attachment;

namespace {

constexpr char kNamingKeyName[] = "attachment-naming-key";

StoreError badAddress()
{
    return StoreError::make(StoreErrorCode::InvalidInput,
                            QCoreApplication::translate(
                                "AttachmentStore", "This is not a valid reference to a document."));
}

} // namespace

AttachmentStore::AttachmentStore(Vault &vault, const Clock &clock)
    : m_vault(vault)
    , m_clock(clock)
{}

AttachmentStore::~AttachmentStore() = default;

QString AttachmentStore::attachmentsDir() const
{
    return QDir(m_vault.files().dir).filePath(QStringLiteral("attachments"));
}

QString AttachmentStore::pathFor(const QString &address) const
{
    return attachmentsDir() + QLatin1Char('/') + address.left(2) + QLatin1Char('/') +
           address.mid(2);
}

QString AttachmentStore::mimeTypeFor(const QString &fileName, StoreError *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    QString type;
    if (suffix == QLatin1String("pdf"))
        type = QStringLiteral("application/pdf");
    else if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg") ||
             suffix == QLatin1String("jpe") || suffix == QLatin1String("jfif"))
        type = QStringLiteral("image/jpeg");
    else if (suffix == QLatin1String("png"))
        type = QStringLiteral("image/png");
    else if (suffix == QLatin1String("tif") || suffix == QLatin1String("tiff"))
        type = QStringLiteral("image/tiff");
    if (error)
        *error = type.isEmpty() ? wrongType() : StoreError::success();
    return type;
}

bool AttachmentStore::isAcceptedMimeType(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") ||
           mimeType == QLatin1String("image/jpeg") || mimeType == QLatin1String("image/png") ||
           mimeType == QLatin1String("image/tiff");
}

StoreError AttachmentStore::checkReady(const QString &address) const
{
    if (!m_vault.isUnlocked())
        return StoreError::notUnlocked();
    if (!address.isNull() && !isAddress(address))
        return badAddress();
    return StoreError::success();
}

// Read on every put, never cached: a store restored from a backup under this object has its own.
StoreError AttachmentStore::loadNamingKey(SecretBytes *key)
{
    if (!m_vault.isUnlocked())
        return StoreError::notUnlocked();
    QSqlDatabase db = m_vault.database();
    // Under the write lock, so two processes making the key at once agree on one.
    WriteTransaction tx(db);
    if (!tx.isActive())
        return databaseError(tx.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM store_secrets WHERE name = ?"));
    q.addBindValue(QString::fromLatin1(kNamingKeyName));
    if (!q.exec())
        return databaseError(q.lastError());
    if (q.next()) {
        QByteArray raw = q.value(0).toByteArray();
        q.finish();
        if (raw.size() != kAddressBytes)
            return damaged(QStringLiteral("attachment naming key has %1 bytes").arg(raw.size()));
        *key = SecretBytes::copyOf(raw);
        sodium_memzero(raw.data(), size_t(raw.size()));
        return StoreError::success();
    }
    SecretBytes fresh = SecretBytes::random(kAddressBytes);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO store_secrets (name, value) VALUES (?, ?)"));
    insert.addBindValue(QString::fromLatin1(kNamingKeyName));
    insert.addBindValue(QByteArray(fresh.rawView()));
    if (!insert.exec())
        return databaseError(insert.lastError());
    if (!tx.commit())
        return databaseError(tx.error());
    *key = std::move(fresh);
    return StoreError::success();
}

bool AttachmentStore::exists(const QString &address) const
{
    if (!checkReady(address).ok())
        return false;
    QSqlQuery q(m_vault.database());
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE address = ?"));
    q.addBindValue(address);
    return q.exec() && q.next();
}

StoreError AttachmentStore::remove(const QString &address)
{
    StoreError error = checkReady(address);
    if (!error.ok())
        return error;
    QSqlDatabase db = m_vault.database();
    const bool joined = insideTransaction(db);
    {
        WriteTransaction tx(db);
        if (!tx.isActive())
            return databaseError(tx.error());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM attachments WHERE address = ?"));
        q.addBindValue(address);
        if (!q.exec())
            return databaseError(q.lastError());
        if (!tx.commit())
            return databaseError(tx.error());
    }
    if (joined)
        return StoreError::success(); // the file goes with collectGarbage(), after the commit
    crashPoint("attachment-remove-after-commit");
    // The file goes under the write lock and only while no row names it: a put of the same
    // document in another process cannot have put a new file there in between.
    WriteTransaction lock(db);
    if (!lock.isActive())
        return databaseError(lock.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM attachments WHERE address = ?"));
    q.addBindValue(address);
    if (!q.exec())
        return databaseError(q.lastError());
    if (q.next())
        return StoreError::success();
    const QString path = pathFor(address);
    if (QFile::exists(path) && !QFile::remove(path))
        return writeFailed(QStringLiteral("cannot delete the encrypted file (left as an orphan)"));
    return StoreError::success();
}

} // namespace pluslife::storage
