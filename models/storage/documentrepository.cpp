#include "documentrepository.h"

#include "sqlvalues.h"

#include <QSqlQuery>
#include <QUuid>

namespace pluslife::storage {
namespace {

QString utcText(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime utcFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

DocumentRepository::DocumentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

bool DocumentRepository::insert(domain::Document *document)
{
    if (document->uuid.isEmpty())
        document->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO documents (uuid, household_id, person_id, type_code, attachment_address, "
        "original_name, added_by, added_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(document->uuid);
    q.addBindValue(document->householdId);
    q.addBindValue(document->personId > 0 ? QVariant(document->personId) : QVariant());
    q.addBindValue(document->typeCode);
    q.addBindValue(document->attachmentAddress);
    q.addBindValue(textValue(document->originalName));
    q.addBindValue(document->addedBy);
    q.addBindValue(utcText(document->addedUtc));
    if (!q.exec()) {
        m_lastError = q.lastError();
        return false;
    }
    document->id = q.lastInsertId().toLongLong();
    return true;
}

bool DocumentRepository::stamp(const QString &sql, qint64 documentId, qint64 workerId,
                               const QDateTime &nowUtc)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    q.addBindValue(workerId);
    q.addBindValue(utcText(nowUtc));
    q.addBindValue(documentId);
    if (q.exec() && q.numRowsAffected() == 1)
        return true;
    m_lastError = q.lastError();
    return false;
}

bool DocumentRepository::markChecked(qint64 documentId, qint64 workerId, const QDateTime &nowUtc)
{
    return stamp(QStringLiteral("UPDATE documents SET checked_by = ?, checked_utc = ? "
                                "WHERE id = ? AND checked_by IS NULL"),
                 documentId, workerId, nowUtc);
}

bool DocumentRepository::markVerified(qint64 documentId, qint64 workerId, const QDateTime &nowUtc)
{
    return stamp(QStringLiteral("UPDATE documents SET verified_by = ?, verified_utc = ? "
                                "WHERE id = ? AND checked_by IS NOT NULL AND verified_by IS NULL"),
                 documentId, workerId, nowUtc);
}

QList<domain::Document> DocumentRepository::select(const QString &where, const QVariant &bind) const
{
    QList<domain::Document> documents;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT d.id, d.uuid, d.household_id, coalesce(d.person_id, 0), d.type_code, "
                  "coalesce(d.attachment_address, ''), d.original_name, "
                  "coalesce(a.mime_type, ''), coalesce(a.plain_size, 0), "
                  "d.added_by, coalesce(wa.display_name, ''), d.added_utc, "
                  "coalesce(d.checked_by, 0), coalesce(wc.display_name, ''), d.checked_utc, "
                  "coalesce(d.verified_by, 0), coalesce(wv.display_name, ''), d.verified_utc "
                  "FROM documents d "
                  "LEFT JOIN attachments a ON a.address = d.attachment_address "
                  "LEFT JOIN workers wa ON wa.id = d.added_by "
                  "LEFT JOIN workers wc ON wc.id = d.checked_by "
                  "LEFT JOIN workers wv ON wv.id = d.verified_by "
                  "WHERE %1 ORDER BY d.added_utc, d.id")
                  .arg(where));
    q.addBindValue(bind);
    if (!q.exec()) {
        m_lastError = q.lastError();
        return documents;
    }
    while (q.next()) {
        domain::Document d;
        d.id = q.value(0).toLongLong();
        d.uuid = q.value(1).toString();
        d.householdId = q.value(2).toLongLong();
        d.personId = q.value(3).toLongLong();
        d.typeCode = q.value(4).toString();
        d.attachmentAddress = q.value(5).toString();
        d.originalName = q.value(6).toString();
        d.mimeType = q.value(7).toString();
        d.size = q.value(8).toLongLong();
        d.addedBy = q.value(9).toLongLong();
        d.addedByName = q.value(10).toString();
        d.addedUtc = utcFrom(q.value(11));
        d.checkedBy = q.value(12).toLongLong();
        d.checkedByName = q.value(13).toString();
        d.checkedUtc = utcFrom(q.value(14));
        d.verifiedBy = q.value(15).toLongLong();
        d.verifiedByName = q.value(16).toString();
        d.verifiedUtc = utcFrom(q.value(17));
        documents.append(d);
    }
    return documents;
}

std::optional<domain::Document> DocumentRepository::document(qint64 id) const
{
    const auto found = select(QStringLiteral("d.id = ?"), id);
    return found.isEmpty() ? std::nullopt : std::optional<domain::Document>(found.first());
}

QList<domain::Document> DocumentRepository::ofHousehold(qint64 householdId) const
{
    return select(QStringLiteral("d.household_id = ?"), householdId);
}

bool DocumentRepository::holdsAttachment(qint64 householdId, const QString &address) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM documents WHERE household_id = ? AND attachment_address = ? LIMIT 1"));
    q.addBindValue(householdId);
    q.addBindValue(address);
    if (!q.exec())
        m_lastError = q.lastError();
    return q.next();
}

} // namespace pluslife::storage
