// Documents on the wire name their file by its plain SHA-256 (sync_attachments); the local
// content address means nothing to another store.
#include "localrecords.h"

#include "storage/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pluslife::sync {

bool LocalRecords::documentAttachment(const QString &uuid, const QJsonObject &fields,
                                      QVariant *address)
{
    const QJsonValue sha = fields.value(QStringLiteral("attachment_sha256"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_downloads WHERE document_uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(q.lastError().text());
    *address = QVariant();
    if (!sha.isString() || sha.toString().isEmpty())
        return true;
    q.prepare(QStringLiteral("SELECT s.address FROM sync_attachments s JOIN attachments a ON "
                             "a.address = s.address WHERE s.sha256 = ? LIMIT 1"));
    q.addBindValue(sha.toString());
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.next()) {
        *address = q.value(0).toString();
        return true;
    }
    q.finish();
    // Not here yet: the engine downloads it and attachmentArrived() sets the address.
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_downloads (sha256, document_uuid, size, "
                             "mime_type) VALUES (?, ?, ?, ?)"));
    q.addBindValue(sha.toString());
    q.addBindValue(uuid);
    q.addBindValue(fields.value(QStringLiteral("attachment_size")).toInteger());
    q.addBindValue(storage::textValue(fields.value(QStringLiteral("attachment_mime")).toString()));
    return q.exec() || fail(q.lastError().text());
}

QStringList LocalRecords::unhashedAttachments() const
{
    QStringList addresses;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT d.attachment_address FROM documents d WHERE d.attachment_address IS "
            "NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_attachments s WHERE s.address = "
            "d.attachment_address)"))) {
        fail(q.lastError().text());
        return addresses;
    }
    while (q.next())
        addresses << q.value(0).toString();
    return addresses;
}

bool LocalRecords::attachmentArrived(const QString &sha256, const QString &address)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE documents SET attachment_address = ? WHERE uuid IN (SELECT "
                             "document_uuid FROM sync_downloads WHERE sha256 = ?)"));
    q.addBindValue(address);
    q.addBindValue(sha256);
    if (!q.exec())
        return fail(q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM sync_downloads WHERE sha256 = ?"));
    q.addBindValue(sha256);
    return q.exec() || fail(q.lastError().text());
}

} // namespace pluslife::sync
